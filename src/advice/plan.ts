// Next week's numbers and what to do, from the status and its cause (docs/CLINICAL.md: advice follows
// the cause, at most six lines). Never a 0.0 km range: with no recent running it says so.
import { addDaysTo } from '../analysis/calendar.js';
import { distanceBetweenKm, longestRunBetweenKm, type AnalysisContext } from '../analysis/context.js';
import { round } from '../util/numbers.js';
import type { Advice, AdviceMode, Finding } from '../model/report.js';
import type { RuleSet } from '../rulebook/types.js';
import { referralOf, seeProfessionalOf } from './referral.js';
import { inWindow, type StatusDecision } from './status.js';
import { actionLines } from './lines.js';

export const DISCLAIMER = 'This is guidance drawn from your log and published rules, not a diagnosis.';
export const MAX_ACTIONS = 6;

/** Green: at most +10% on the last 7 days (the classic guideline) … */
const BUILD_FACTOR = 1.1;
/** … and within 1.3 × the average week of the last 4 (project default, after Gabbett's 1.3). */
const AVERAGE_WEEK_CAP = 1.3;
/** No run beyond 110% of the 30-day longest (Frandsen 2025). */
const LONG_RUN_FACTOR = 1.1;
/** An unsettled morning or rising pain: about 20% less (project default, docs/CLINICAL.md). */
const REDUCE_FACTOR = 0.8;
/** The bursitis picture: the coach's 30–50% cut. */
const BURSA_CUT = { min: 0.5, max: 0.7 };

export interface LoadNow {
  last7DaysKm: number;
  /** Average week of the last 28 days; undefined with less than 28 days of log. */
  averageWeekKm: number | undefined;
  longest30DaysKm: number;
}

export function loadNow(context: AnalysisContext): LoadNow {
  const { asOf } = context;
  return {
    last7DaysKm: distanceBetweenKm(context, addDaysTo(asOf, -6), asOf),
    averageWeekKm: context.dayIndex(asOf) >= 27 ? distanceBetweenKm(context, addDaysTo(asOf, -27), asOf) / 4 : undefined,
    longest30DaysKm: longestRunBetweenKm(context, addDaysTo(asOf, -29), asOf),
  };
}

/** What the deciding findings say about the cause. */
export interface Causes {
  urgent: Finding[];
  stop: Finding[];
  edge: boolean;
  /** Unsettled mornings, pain after runs, rising pain, rest pain, building pain, a clinician sign. */
  unsettled: boolean;
  /** Pain lasting hours after runs (pain-timing's bursa-like picture) in the window. */
  bursaPicture: boolean;
  ramp?: Finding;
  spike?: Finding;
  rushedReturn: boolean;
}

const UNSETTLED_RULES = new Set(['pain-24h', 'pain-after', 'pain-trend', 'pain-persistent', 'pain-builds', 'see-clinician']);

function causesOf(decision: StatusDecision, findings: Finding[]): Causes {
  const warn = decision.deciding.filter((finding) => finding.severity === 'warn');
  const latest = (rule: string) => warn.filter((finding) => finding.rule === rule)[0];
  return {
    urgent: decision.deciding.filter((finding) => finding.urgent),
    stop: decision.deciding.filter((finding) => finding.severity === 'stop'),
    edge: warn.some((finding) => finding.rule === 'pain-during'),
    unsettled: warn.some((finding) => UNSETTLED_RULES.has(finding.rule)),
    bursaPicture: findings.some((finding) => finding.rule === 'pain-timing' && finding.evidence.pattern === 'lasts after runs' && inWindow(finding.to ?? '', decision.judgedAsOf)),
    ramp: latest('weekly-ramp'),
    spike: latest('session-spike'),
    rushedReturn: warn.some((finding) => finding.rule === 'return-after-break'),
  };
}

export interface Limits {
  mode: AdviceMode;
  minKm: number;
  maxKm: number;
  longestKm: number;
}

/** The numbers for the next 7 days; zero (and a mode that says why) when there is no range to give. */
export function limitsFor(decision: StatusDecision, causes: Causes, load: LoadNow): Limits {
  const none = (mode: AdviceMode): Limits => ({ mode, minKm: 0, maxKm: 0, longestKm: 0 });
  if (causes.urgent.length > 0) return none('see a doctor');
  if (decision.status === 'red') return none('stop');
  if (decision.detail.stale) return none('stale');
  if (load.last7DaysKm <= 0) return none('no recent running');
  if (decision.status === 'green') {
    let maxKm = load.last7DaysKm * BUILD_FACTOR;
    if (load.averageWeekKm !== undefined) maxKm = Math.min(maxKm, load.averageWeekKm * AVERAGE_WEEK_CAP);
    return { mode: 'build', minKm: 0, maxKm, longestKm: Math.min(load.longest30DaysKm * LONG_RUN_FACTOR, maxKm) };
  }
  let minKm = 0;
  let maxKm = load.last7DaysKm;
  if (causes.unsettled && causes.bursaPicture) {
    minKm = load.last7DaysKm * BURSA_CUT.min;
    maxKm = load.last7DaysKm * BURSA_CUT.max;
  } else if (causes.unsettled) maxKm = load.last7DaysKm * REDUCE_FACTOR;
  const previousWeekKm = causes.ramp?.evidence.previousWeekKm;
  if (typeof previousWeekKm === 'number') maxKm = Math.min(maxKm, previousWeekKm);
  minKm = Math.min(minKm, maxKm);
  let longestKm = load.longest30DaysKm;
  const beforeSpikeKm = causes.spike?.evidence.longestPrevious30DaysKm;
  if (typeof beforeSpikeKm === 'number') longestKm = Math.min(longestKm, beforeSpikeKm * LONG_RUN_FACTOR);
  return { mode: causes.unsettled || causes.ramp ? 'reduce' : 'hold', minKm, maxKm, longestKm: Math.min(longestKm, maxKm) };
}

export function planNextWeek(context: AnalysisContext, decision: StatusDecision, findings: Finding[], ruleSet: RuleSet): Advice {
  const load = loadNow(context);
  const causes = causesOf(decision, findings);
  const limits = limitsFor(decision, causes, load);
  const see = referralOf(decision.deciding);
  const lines = actionLines({ context, decision, causes, limits, load, see, findings, ruleSet });
  return {
    nextWeekMaxKm: round(limits.maxKm, 1),
    nextWeekMinKm: round(limits.minKm, 1),
    longestRunMaxKm: round(limits.longestKm, 1),
    units: context.units,
    nextWeekMax: context.inUnits(limits.maxKm),
    longestRunMax: context.inUnits(limits.longestKm),
    actions: [...[...new Set(lines)].slice(0, MAX_ACTIONS), DISCLAIMER],
    seeProfessional: seeProfessionalOf(see),
    mode: limits.mode,
    see,
  };
}
