// The advice lines, most important first; the plan keeps the first six. Each cause gets its
// own words (docs/CLINICAL.md, Advice): a spike shortens the long run, a ramp returns to last week's volume,
// an unsettled morning reduces the next runs, a red flag sends you to a doctor first.
import type { AnalysisContext } from '../analysis/context.js';
import type { Advice, Finding } from '../model/report.js';
import type { RuleSet } from '../rulebook/types.js';
import type { Causes, Limits, LoadNow } from './plan.js';
import { agreeingLines, directionOfMode } from './direction.js';
import { inWindow, staleSentence, type StatusDecision } from './status.js';

export interface LineInput {
  context: AnalysisContext;
  decision: StatusDecision;
  causes: Causes;
  limits: Limits;
  load: LoadNow;
  see: Advice['see'];
  findings: Finding[];
  ruleSet: RuleSet;
}

const TEST = 'the 10–5–10 test (jog 10 min, walk 5, jog 10) and watch the hip for 24 h';
const CROSS_TRAINING = 'Keep fit with pain-free cross-training: swimming, cycling, rowing, elliptical, deep-water running.';

/** Why running stops, by the rule that says so. */
const STOP_REASONS: Record<string, string> = {
  'pain-during': 'pain during a run was above the edge',
  'pain-24h': 'the hip was far from settled in the morning',
  'pain-builds': 'pain built up within a run (the bone-stress pattern)',
  'pain-persistent': 'pain at rest is not improving',
};

export function actionLines(input: LineInput): string[] {
  switch (input.limits.mode) {
    case 'see a doctor': return doctorFirst(input);
    case 'stop': return stopLines(input);
    case 'stale': return [staleLine(input), ...(input.see ? [input.see.text] : [])];
    default: return [...runningLines(input), ...followUp(input)];
  }
}

function doctorFirst({ see }: LineInput): string[] {
  return [
    see!.text,
    'Do not run, and rest the hip until you have been seen; ask the doctor before any cross-training.',
    `Once a doctor or physiotherapist has cleared you, log it (a cleared column, or a note such as "cleared to run by the physio"); then come back with ${TEST}.`,
  ];
}

function stopLines({ causes, see, ruleSet }: LineInput): string[] {
  const reasons = [...new Set(causes.stop.map((finding) => STOP_REASONS[finding.rule] ?? finding.message))];
  const safeMax = ruleSet.byId.get('pain-during')?.options.safeMax ?? 3;
  const wayBack = `The way back: once mornings are back at your baseline, do ${TEST}; then build up with walk–run, moving up only when pain stays at ${safeMax}/10 or below during and is settled by the next morning.`;
  const doctor = see?.who === 'doctor';
  return [
    `Stop running for now: ${reasons.join('; ')}.`,
    ...(doctor ? [see!.text] : []),
    CROSS_TRAINING,
    wayBack,
    ...(see && !doctor ? [see.text] : []),
  ];
}

function staleLine({ decision }: LineInput): string {
  const why = staleSentence(decision.detail.lastEntry, decision.referenceDay);
  return `${why.charAt(0).toUpperCase()}${why.slice(1)}: log your runs and pain again; until then this status rests on old data.`;
}

function runningLines(input: LineInput): string[] {
  const { limits, load, context, causes, see, ruleSet } = input;
  const d = context.distance;
  if (limits.mode === 'no recent running') {
    return [
      `No running logged in the last 7 days, so there is no recent load to base a range on: come back with ${TEST}, then build up gradually.`,
      ...(see ? [see.text] : []),
    ];
  }
  if (limits.mode === 'build') {
    const cap = load.averageWeekKm !== undefined ? `, and within 1.3 × your average week of ${d(load.averageWeekKm)}` : '';
    const capped = limits.longestKm < load.longest30DaysKm * 1.1 - 1e-9 ? ', kept within the week\'s limit' : '';
    return [
      `Keep running: next 7 days up to ${d(limits.maxKm)} (at most +10% on the last 7 days' ${d(load.last7DaysKm)}${cap}).`,
      `Longest run up to ${d(limits.longestKm)} (110% of your longest in the last 30 days, ${d(load.longest30DaysKm)}${capped}).`,
    ];
  }
  const safeMax = ruleSet.byId.get('pain-during')?.options.safeMax ?? 3;
  const lines = [volumeLine(input, safeMax)];
  if (see) lines.push(see.text);
  if (causes.spike) {
    // The sum shown in full: the longest itself, 110% of it, and the week's limit when that is lower.
    const longestBefore = causes.spike.evidence.longestPrevious30DaysKm as number;
    const allowed = longestBefore * 1.1;
    const weekLower = limits.longestKm < allowed - 1e-9 ? `; the week's limit of ${d(limits.maxKm)} is lower` : '';
    lines.push(`Do not repeat that long run: keep every run within ${d(limits.longestKm)} (your longest in the 30 days before ${causes.spike.date} was ${d(longestBefore)}; 110% of it is ${d(allowed)}${weekLower}).`);
  } else {
    const why = limits.longestKm < load.longest30DaysKm - 1e-9 ? 'the whole week\'s limit' : 'no longer than your longest of the last 30 days';
    lines.push(`Keep every run within ${d(limits.longestKm)} (${why}).`);
  }
  if (causes.rushedReturn) lines.push(`Back from a break: do ${TEST} first, then build up with walk–run.`);
  return lines;
}

function volumeLine({ limits, load, context, causes }: LineInput, safeMax: number | string | boolean): string {
  const d = context.distance;
  const rampKm = causes.ramp?.evidence.previousWeekKm;
  if (typeof rampKm === 'number' && Math.abs(limits.maxKm - rampKm) < 1e-9) {
    return `Return to last week's volume: next 7 days up to ${d(limits.maxKm)} (the week before the jump of ${causes.ramp!.from}).`;
  }
  if (causes.unsettled && causes.bursaPicture) {
    return `Cut back by 30–50%: next 7 days ${d(limits.minKm)}–${d(limits.maxKm)} (the last 7 days: ${d(load.last7DaysKm)}), and avoid hills for now: pain that lasts hours after runs fits the bursa picture.`;
  }
  if (causes.unsettled) {
    return `Reduce: next 7 days up to ${d(limits.maxKm)} (about 20% less than the last 7 days' ${d(load.last7DaysKm)}), at a level that leaves the hip back at your baseline by the next morning.`;
  }
  const progress = causes.edge ? `; do not progress until pain during runs stays at ${safeMax}/10 or below` : '';
  return `Hold: next 7 days up to ${d(limits.maxKm)}, no more than the last 7 days${progress}.`;
}

/**
 * After the main advice: what to log, then the information-only rules' own advice, where it goes
 * the way this week's load goes ("let the next one be lighter" never follows a build-up).
 */
function followUp({ decision, findings, ruleSet, limits }: LineInput): string[] {
  const lines: string[] = [];
  if (!decision.detail.painData) lines.push('Log hip pain during each run (0–10) and the next morning: without it hipcheck judges on load alone.');
  const fired = new Set(findings.filter((finding) => inWindow(finding.date ?? finding.to ?? '', decision.judgedAsOf)).map((finding) => finding.rule));
  const headline = directionOfMode(limits.mode);
  for (const rule of ruleSet.rules) {
    if (rule.informationOnly && fired.has(rule.id)) lines.push(...agreeingLines(rule.advice.map((text) => ({ text, direction: rule.adviceDirection })), headline));
  }
  return lines;
}
