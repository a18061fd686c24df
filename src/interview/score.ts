// The interview's outcome: a pure function of the answers and the condition table.
import type { DirectedLine } from '../advice/direction.js';
import type { LineDirection, LoadDirection } from '../model/report.js';
import type { Answers, Condition, Question } from './questions.js';

export interface ConditionMatch {
  id: string;
  name: string;
  score: number;
  /** The answers that pointed to it, in the interview's words. */
  because: string[];
  recovery: string;
  helps: string;
  /** Which way "what helps" moves the load; the verdict leaves it out under a headline going another way. */
  helpsDirection?: LineDirection;
}

/** A red flag answered yes: the question, how soon to see a doctor, and the words the log keeps. */
export interface RedFlag {
  id: string;
  message: string;
  when: 'today' | 'within days';
  logAs: string;
  /** Raised by a pain score of 8+, not by a red-flag question answered yes. */
  fromScore?: boolean;
}

export interface Outcome {
  /** The red-flag questions answered yes, in the interview's words. */
  redFlags: string[];
  redFlagDetails: RedFlag[];
  /** How soon to see a doctor: today (same day or urgent care) or within days; null without a red flag. */
  urgency: 'today' | 'within days' | null;
  /** The interview's verdict on the status scale `analyze` uses. */
  status: 'red' | 'amber' | 'green';
  /** Why, in a few words that follow "your answers say": "yes to a red flag (fever)". */
  because: string;
  load: 'stop' | 'cut' | 'continue';
  /** What to do this week (never why: that is `because`; never who to see: that is `seeText`). */
  loadAdvice: string;
  /** The rule book's own advice for this outcome (pain-during, pain-24h, pain-timing). */
  ruleBookAdvice: string[];
  /** `loadAdvice` then `ruleBookAdvice`, each with the way it moves the load: what the verdict's one list is made from. */
  advice: DirectedLine[];
  selfTestScore: number;
  selfTestAdvice: string;
  leaning: { muscle: string[]; joint: string[]; summary: string };
  conditions: ConditionMatch[];
  /** Whether the questions patterns are read from were asked (not after an early stop). */
  patternsAsked: boolean;
  seeProfessional: 'none' | 'physio' | 'doctor';
  /** Who to see and how soon, in words; empty when nobody needs to be seen yet. */
  seeText: string;
  toLog: string[];
  disclaimer: string;
}

const MUSCLE_SIGNS: Record<string, string> = { 'feels.dull': 'dull ache or tightness', 'onset.gradual': 'came on gradually', 'duringRun.eases': 'eases as the run goes on', 'where.outside': 'outside of the hip', 'where.outerThigh': 'outer thigh' };
const JOINT_SIGNS: Record<string, string> = { 'feels.sharp': 'sharp or stabbing', 'feels.pinching': 'pinching in the socket', 'feels.clicking': 'clicking, catching or locking', 'where.joint': 'deep inside the joint', 'where.front': 'front of the hip / groin', 'feels.stiffness': 'stiffness' };

/** Every answer as `question.value` keys: "where.outside", "redFlags.intensePain", "onset.gradual". */
export function answerKeys(answers: Answers): Set<string> {
  const keys = new Set<string>();
  for (const [id, value] of Object.entries(answers)) {
    if (Array.isArray(value)) for (const item of value) keys.add(`${id}.${item}`);
    else if (typeof value === 'string') keys.add(`${id}.${value}`);
    else if (typeof value === 'object' && value !== null) for (const [item, yes] of Object.entries(value)) if (yes) keys.add(`${id}.${item}`);
  }
  return keys;
}

function describe(key: string, questions: Question[]): string {
  const [id, value] = key.split('.') as [string, string];
  const question = questions.find((candidate) => candidate.id === id);
  if (!question) return key;
  if (question.kind === 'confirmEach') {
    const message = question.items.find((item) => item.id === value)?.message;
    return message ? message[0]!.toLowerCase() + message.slice(1).replace(/\?$/, '') : key;
  }
  if (question.kind === 'number') return key;
  const name = question.choices.find((choice) => choice.value === value)?.name;
  return name ? name[0]!.toLowerCase() + name.slice(1) : key;
}

/** Advice lines of the pain rules, by rule id, from rules/<id>.yaml. */
export type RuleAdvice = Record<string, string[]>;

/** Which way each rule's advice moves the load (rules/<id>.yaml adviceDirection), by rule id. */
export type RuleDirections = Record<string, LineDirection | undefined>;

/** The way each outcome moves the load: "keep running" is a gradual build-up (DOMAIN § 4, green). */
export const LOAD_DIRECTION: Record<Outcome['load'], LoadDirection> = { stop: 'stop', cut: 'cut', continue: 'build' };

/** Intense pain is a red flag from its score as well as from the question (≥ 8/10, DOMAIN § 5). */
export const INTENSE_PAIN_SCORE = 8;

/** The pain scores asked, in words, for a red flag raised by a score rather than a yes. */
const PAIN_SCORE_WORDS: Record<string, string> = { painNow: 'right now', painLastRun: 'during the last run', painMorningAfter: 'the morning after the last run' };

function redFlagsOf(answers: Answers, questions: Question[], keys: Set<string>): RedFlag[] {
  const question = questions.find((candidate) => candidate.id === 'redFlags');
  const items = question?.kind === 'confirmEach' ? question.items : [];
  const flags: RedFlag[] = items.filter((item) => keys.has(`redFlags.${item.id}`)).map((item) => ({ id: item.id, message: item.message, when: item.when ?? 'today', logAs: item.logAs ?? item.message }));
  const scores = Object.entries(PAIN_SCORE_WORDS).map(([id, words]) => ({ words, score: Number(answers[id] ?? 0) }));
  const worst = scores.reduce((a, b) => (b.score > a.score ? b : a));
  if (worst.score >= INTENSE_PAIN_SCORE && !flags.some((flag) => flag.id === 'intensePain')) {
    flags.push({ id: 'intensePainScore', message: `Pain of ${worst.score}/10 ${worst.words}: intense pain (${INTENSE_PAIN_SCORE} or more)`, when: 'today', logAs: 'severe pain', fromScore: true });
  }
  return flags;
}

/** What a cut-back week means; the pain limit during runs comes from the pain-during rule. */
const CUT_ADVICE = 'Run 30–50% less this week than last, avoid hills, and recheck in a week.';

export const SEE_DOCTOR = { today: 'see a doctor today: same day, or urgent care', 'within days': 'see a doctor within the next few days' } as const;

export function scoreInterview(answers: Answers, questions: Question[], conditions: Condition[], ruleAdvice: RuleAdvice = {}, ruleDirections: RuleDirections = {}): Outcome {
  const keys = answerKeys(answers);
  const redFlagDetails = redFlagsOf(answers, questions, keys);
  const redFlags = redFlagDetails.map((flag) => flag.message);
  const urgency = redFlagDetails.length === 0 ? null : redFlagDetails.some((flag) => flag.when === 'today') ? 'today' : 'within days';
  const painLastRun = Number(answers.painLastRun ?? 0);
  const painMorningAfter = Number(answers.painMorningAfter ?? 0);
  const painNow = Number(answers.painNow ?? 0);
  const builds = keys.has('duringRun.builds');
  const unsettled = keys.has('afterRun.nextMorning') || painMorningAfter > painNow;

  // Each reason is said only when it is true: a red flag alone never reads as "pain above 5".
  // DOMAIN § 4: a morning not back to baseline means the last load was a bit too much (cut
  // back, not stop); a morning at 6 or more is red.
  const stopReasons = [
    ...(painLastRun >= 6 ? [`pain during your last run was ${painLastRun}/10 (6 or more)`] : []),
    ...(painMorningAfter >= 6 ? [`pain the morning after your last run was ${painMorningAfter}/10 (6 or more)`] : []),
    ...(painNow >= 5 ? [`pain right now, at rest, is ${painNow}/10: pain that does not settle may be serious`] : []),
  ];
  const cutReasons = [
    ...(painLastRun >= 4 ? [`pain during your last run was ${painLastRun}/10 (4–5 is the edge)`] : []),
    ...(unsettled ? ['the pain had not settled by the next morning: the last run was a bit too much'] : []),
    ...(painNow >= 3 ? [`pain at rest is ${painNow}/10`] : []),
  ];
  const crossTrain = 'Cross-train only where it is pain-free (swimming, cycling, rowing, deep-water running).';
  // `because` says why (it follows "your answers say" in the verdict); `loadAdvice` says what to
  // do. Neither repeats the other, and who to see is said once, in `seeText`.
  let load: Outcome['load'];
  let loadAdvice: string;
  let because: string;
  if (urgency) {
    load = 'stop';
    // A score of 8+ is said as the score it is, never as a question answered yes.
    const answered = redFlagDetails.filter((flag) => !flag.fromScore);
    because = [
      ...(answered.length > 0 ? [`yes to a red flag (${answered.map((flag) => flag.logAs).join(', ')})`] : []),
      ...redFlagDetails.filter((flag) => flag.fromScore).map((flag) => flag.message[0]!.toLowerCase() + flag.message.slice(1)),
    ].join('; ');
    loadAdvice = 'Rest the hip until a doctor has seen you; no cross-training until then.';
  } else if (builds) {
    load = 'stop';
    because = 'pain builds the longer you run, which can be a bone stress injury';
    loadAdvice = 'Do not run through it: rest the hip until a doctor has seen you.';
  } else if (stopReasons.length > 0) {
    load = 'stop';
    because = stopReasons.join('; ');
    loadAdvice = crossTrain;
  } else if (cutReasons.length > 0) {
    load = 'cut';
    because = cutReasons.join('; ');
    loadAdvice = CUT_ADVICE;
  } else {
    load = 'continue';
    because = 'pain below 4/10 that settles by the next morning';
    loadAdvice = 'Build up gradually: at most ~10% more a week.';
  }

  const selfTestScore = [...keys].filter((key) => key.startsWith('selfTest.')).length;
  // One verdict: a self-test of 3+ never sits beside "keep running"; it moves the outcome to cut.
  if (load === 'continue' && selfTestScore >= 3) {
    load = 'cut';
    because = `${selfTestScore} of 6 self-test answers were yes (3 or more means scale back)`;
    loadAdvice = CUT_ADVICE;
  }
  const adviceOf = (id: string) => (ruleAdvice[id] ?? []).map((text) => ({ text, direction: ruleDirections[id] }));
  // The pain rules' run advice only where a pain rule (not a red flag) decided the outcome: "shorten
  // the run" never follows "stop running and see a doctor". Any cut-back keeps the pain limit.
  const ruleBookLines = [
    ...(builds ? adviceOf('pain-timing') : []),
    ...(!urgency && (load === 'cut' || (load === 'stop' && painLastRun >= 4)) ? adviceOf('pain-during') : []),
    ...(!urgency && unsettled ? adviceOf('pain-24h') : []),
  ];
  const advice: DirectedLine[] = [{ text: loadAdvice, direction: LOAD_DIRECTION[load] }, ...ruleBookLines];
  // An interview stopped at a red flag asked neither the self-test nor the hip's details: said
  // so, never as "0 of 6", "no clear lean" or "none stands out".
  // Beside a stop, "scale back" would be a second, milder instruction: the count is said as a fact.
  const selfTestAdvice = answers.selfTest === undefined ? NOT_ASKED
    : selfTestScore < 3 ? `${selfTestScore} of 6: below the 3 that suggest scaling back.`
      : load === 'stop' ? `${selfTestScore} of 6: 3 or more suggest scaling back; the stop above comes first.`
        : `${selfTestScore} of 6: scale back your training and consider a professional opinion.`;
  const muscle = Object.entries(MUSCLE_SIGNS).filter(([key]) => keys.has(key)).map(([, words]) => words);
  const joint = Object.entries(JOINT_SIGNS).filter(([key]) => keys.has(key)).map(([, words]) => words);
  const detailsAsked = ['where', 'feels', 'onset', 'duringRun'].some((id) => answers[id] !== undefined);
  const summary = !detailsAsked ? NOT_ASKED : muscle.length > joint.length ? 'leans muscle-type' : joint.length > muscle.length ? 'leans joint-type' : 'no clear lean between muscle-type and joint-type';

  const matches = conditions
    .map((condition) => {
      const because = Object.keys(condition.weights).filter((key) => keys.has(key));
      const direction = condition.helpsDirection ? { helpsDirection: condition.helpsDirection } : {};
      return { id: condition.id, name: condition.name, score: because.reduce((sum, key) => sum + condition.weights[key]!, 0), because: because.map((key) => describe(key, questions)), recovery: condition.recovery, helps: condition.helps, ...direction };
    })
    // A pattern needs more than one generic answer ("gradually" alone points nowhere).
    .filter((match) => match.score >= MIN_PATTERN_SCORE)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 3);

  const seeProfessional = urgency || builds ? 'doctor' : load === 'stop' || selfTestScore >= 3 || Number(answers.daysAgo ?? 0) > 10 ? 'physio' : 'none';
  const seeText = urgency ? SEE_DOCTOR[urgency] : builds ? SEE_DOCTOR['within days'] : seeProfessional === 'physio' ? 'see a physiotherapist this week or next' : '';
  return {
    redFlags, redFlagDetails, urgency, status: load === 'stop' ? 'red' : load === 'cut' ? 'amber' : 'green', because,
    load, loadAdvice, ruleBookAdvice: ruleBookLines.map((line) => line.text), advice, selfTestScore, selfTestAdvice,
    leaning: { muscle, joint, summary },
    conditions: matches,
    patternsAsked: detailsAsked,
    seeProfessional,
    seeText,
    toLog: ['pain during each run (0–10), and at its start and end', 'pain the next morning', 'terrain, distance and run type', 'what you changed (shoes, hills, speed work)'],
    disclaimer: 'This interview points to typical patterns; it is not a diagnosis. See a professional if the pain persists or worsens.',
  };
}

/** What an interview stopped early says for what it did not ask. */
export const NOT_ASKED = 'not asked (the interview stopped at the red flag)';

/** The least score for a pattern to be shown (weights in rules/conditions.yaml). */
export const MIN_PATTERN_SCORE = 3;
