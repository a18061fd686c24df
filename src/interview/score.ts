// The interview's outcome: a pure function of the answers and the condition table.
import type { Answers, Condition, Question } from './questions.js';

export interface ConditionMatch {
  id: string;
  name: string;
  score: number;
  /** The answers that pointed to it, in the interview's words. */
  because: string[];
  recovery: string;
  helps: string;
}

export interface Outcome {
  redFlags: string[];
  load: 'stop' | 'cut' | 'continue';
  loadAdvice: string;
  /** The rule book's own advice for this outcome (pain-during, pain-24h, pain-timing). */
  ruleBookAdvice: string[];
  selfTestScore: number;
  selfTestAdvice: string;
  leaning: { muscle: string[]; joint: string[]; summary: string };
  conditions: ConditionMatch[];
  seeProfessional: 'none' | 'physio' | 'doctor';
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
  if (question.kind === 'confirmEach') return question.items.find((item) => item.id === value)?.message ?? key;
  if (question.kind === 'number') return key;
  const name = question.choices.find((choice) => choice.value === value)?.name;
  return name ? name[0]!.toLowerCase() + name.slice(1) : key;
}

/** Advice lines of the pain rules, by rule id, from rules/<id>.yaml. */
export type RuleAdvice = Record<string, string[]>;

export function scoreInterview(answers: Answers, questions: Question[], conditions: Condition[], ruleAdvice: RuleAdvice = {}): Outcome {
  const keys = answerKeys(answers);
  const redFlagQuestion = questions.find((question) => question.id === 'redFlags');
  const redFlags = redFlagQuestion?.kind === 'confirmEach' ? redFlagQuestion.items.filter((item) => keys.has(`redFlags.${item.id}`)).map((item) => item.message) : [];
  const painLastRun = Number(answers.painLastRun ?? 0);
  const painMorningAfter = Number(answers.painMorningAfter ?? 0);
  const painNow = Number(answers.painNow ?? 0);
  const builds = keys.has('duringRun.builds');
  const unsettled = keys.has('afterRun.nextMorning') || painMorningAfter > painNow;

  let load: Outcome['load'];
  let loadAdvice: string;
  if (redFlags.length > 0 || builds || painLastRun >= 6 || unsettled) {
    load = 'stop';
    loadAdvice = builds
      ? 'Stop running for now: pain that builds the longer you run can be a bone stress injury. See a doctor.'
      : 'Stop running for now: pain during the run was above 5/10 or had not settled by the next morning. Cross-train only where it is pain-free (swimming, cycling, rowing, deep-water running).';
  } else if (painLastRun >= 4) {
    load = 'cut';
    loadAdvice = 'Cut your running by 30–50% this week: pain at 4–5/10 is the edge. Keep pain during runs below 4/10, avoid hills, and recheck in a week.';
  } else {
    load = 'continue';
    loadAdvice = 'You can keep running at this amount: pain below 4/10 that settles by the next morning. Build up gradually (at most ~10% a week).';
  }

  const adviceOf = (id: string) => ruleAdvice[id] ?? [];
  const ruleBookAdvice = [
    ...(builds ? adviceOf('pain-timing') : []),
    ...(load !== 'continue' && painLastRun >= 4 ? adviceOf('pain-during') : []),
    ...(unsettled ? adviceOf('pain-24h') : []),
  ];
  const selfTestScore = [...keys].filter((key) => key.startsWith('selfTest.')).length;
  const selfTestAdvice = selfTestScore >= 3 ? `${selfTestScore} of 6: scale back your training and consider a professional opinion.` : `${selfTestScore} of 6: below the 3 that suggest scaling back.`;
  const muscle = Object.entries(MUSCLE_SIGNS).filter(([key]) => keys.has(key)).map(([, words]) => words);
  const joint = Object.entries(JOINT_SIGNS).filter(([key]) => keys.has(key)).map(([, words]) => words);
  const summary = muscle.length > joint.length ? 'leans muscle-type' : joint.length > muscle.length ? 'leans joint-type' : 'no clear lean between muscle-type and joint-type';

  const matches = conditions
    .map((condition) => {
      const because = Object.keys(condition.weights).filter((key) => keys.has(key));
      return { id: condition.id, name: condition.name, score: because.reduce((sum, key) => sum + condition.weights[key]!, 0), because: because.map((key) => describe(key, questions)), recovery: condition.recovery, helps: condition.helps };
    })
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 3);

  const seeProfessional = redFlags.length > 0 || builds ? 'doctor' : load === 'stop' || selfTestScore >= 3 || Number(answers.daysAgo ?? 0) > 10 ? 'physio' : 'none';
  return {
    redFlags, load, loadAdvice, ruleBookAdvice, selfTestScore, selfTestAdvice,
    leaning: { muscle, joint, summary },
    conditions: matches,
    seeProfessional,
    toLog: ['pain during each run (0–10), and at its start and end', 'pain the next morning', 'terrain, distance and run type', 'what you changed (shoes, hills, speed work)'],
    disclaimer: 'This interview points to typical patterns; it is not a diagnosis. See a professional if the pain persists or worsens.',
  };
}
