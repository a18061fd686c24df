// `hipcheck plan`: the report of the shared pipeline plus the log's entries → the way back, day
// by day. Pure: given the report, the entries, the baseline and the first day of the plan.
import { addDaysTo } from '../analysis/calendar.js';
import { isRunning, type Entry } from '../model/log.js';
import type { Report } from '../model/report.js';
import { distanceText } from '../util/units.js';
import { findProgress, SETTLED_MORNINGS, type Progress } from './comeback.js';
import { standingRedFlag } from './redFlags.js';
import { comebackDays, conditional, type LogHints } from './schedule.js';
import type { Plan, PlanDay, PlanMode } from './types.js';
import { weekBasis, weekDays, weekTargetKm } from './week.js';

export interface PlanInput {
  report: Report;
  /** Every entry of the log (entries after as-of are left out here, as in the report). */
  entries: Entry[];
  /** The runner's baseline pain, as the pipeline settled it. */
  baseline: number;
  /** The first day of the plan: --as-of, else today. */
  startDay: string;
  /** The log's path as the runner gave it, for the commands the plan shows. */
  file: string;
}

const COMEBACK_SOURCES = [
  'Return test (jog 10 min, walk 5, jog 10; watch the hip for 24 h; not ready if the pain rises or does not fade): the running-injury blog.',
  'Pain ≤ 3 during and back to baseline by the next morning before moving up: the pain-monitoring model (Silbernagel et al., Am J Sports Med 2007) and the sports-physio clinic guide; pain-free cross-training after a red: the clinic guide and the running-injury blog.',
  'Stage lengths, two settled mornings before the test, one session every other day: project defaults.',
];

const WEEK_SOURCES = [
  'Two rest days a week: Ristolainen et al., J Sports Med Phys Fitness 2014 (fewer went with more overuse injuries; elite athletes).',
  'At most 10% more a week (a coaching guideline; Buist et al. 2008 found it did not prevent injuries on its own) and no run beyond 110% of the 30-day longest (Frandsen et al., Br J Sports Med 2025).',
];

/** Only an amber week cuts back and avoids hills: the green week does not cite it. */
const AMBER_SOURCE = 'Amber: hold or cut back and avoid hills (the running coach\'s blog); a cut week aims at the middle of the range analyze advises, and the number of runs is your recent habit (project defaults).';

const STAGE_RULES = [
  'A session is passed when you log a run at least as long as it, with pain 3/10 or less during it, and the next morning at your baseline.',
  'Pain 4–5 during it, or a morning above your baseline: repeat the session. Pain above 5: two stages back. After a failed 10–5–10 test: cross-train until settled, then test again.',
  'A red flag (cannot bear weight, swelling, fever, night pain that keeps getting worse) stops the plan: see a doctor.',
];

export function buildPlan(input: PlanInput): Plan {
  const { report } = input;
  const entries = input.entries.filter((entry) => entry.date <= report.asOf);
  const hints: LogHints = { file: input.file, baseline: input.baseline, morningLoggedOnStart: entries.some((entry) => entry.date === input.startDay && !isRunning(entry) && entry.pain !== undefined) };
  const base = {
    schemaVersion: 1 as const,
    athlete: report.athlete,
    asOf: report.asOf,
    startDay: input.startDay,
    units: report.advice.units,
    status: report.status,
    statusReasons: report.statusReasons,
  };
  const flag = standingRedFlag(report, entries);
  if (flag) {
    return {
      ...base, mode: 'red-flag', stage: null, since: flag.date, history: [],
      headline: `No running plan: a red flag was logged on ${flag.date}. See a doctor before running again.`,
      days: [{
        date: input.startDay, kind: 'see a doctor', title: 'No running: see a doctor about the red flag', details: [flag.message],
        log: [`when a doctor or physiotherapist clears you to run, record it: hipcheck add ${hints.file} --cleared "who, and what they said"; then run hipcheck plan again`, 'meanwhile, each morning\'s hip pain: hipcheck add ' + hints.file + ' --morning N'],
      }],
      rules: ['An urgent red flag stands until the log records that a professional cleared you (a cleared entry on or after its day). No running plan is given until then.'],
      sources: ['Red flags: Injurymap, "Hip pain after running" (after Mayo Clinic guidance).'],
    };
  }
  const progress = findProgress({ report, entries, baseline: input.baseline, startDay: input.startDay });
  const amber = report.status !== 'green';
  const week = () => weekDays({ report, entries, startDay: input.startDay, hints, amber });
  if (!progress || progress.phase === 'done') {
    const mode: PlanMode = amber ? 'amber' : 'green';
    const usual = progress?.mode === 'comeback' ? usualWeekKm(entries, progress.since) : 0;
    const finished = progress?.doneOn
      ? ` You finished the way back on ${progress.doneOn}.${usual > 0 ? ` Build back toward your usual ${distanceText(usual, report.advice.units)} a week (the 4 weeks before ${progress.since}) at this rate.` : ''}`
      : '';
    return {
      ...base, mode, stage: null, since: progress?.since ?? null, history: progress?.history ?? [], days: week(),
      headline: weekHeadline(report, entries, amber) + finished,
      rules: amber
        ? ['Recheck in a week, or sooner if pain during a run passes 3/10 or a morning is above your baseline.']
        : ['Progress gradually: at most 10% more a week, no run beyond 110% of your 30-day longest.'],
      sources: amber ? [...WEEK_SOURCES, AMBER_SOURCE] : WEEK_SOURCES,
    };
  }
  const after = afterPathDay(week());
  return {
    ...base,
    mode: progress.mode,
    stage: progress.phase === 'settle' ? null : { number: progress.index + 1, of: progress.path.length, name: progress.path[progress.index]!.name },
    since: progress.since,
    history: progress.history,
    headline: headlineOf(progress, input.baseline),
    days: comebackDays(progress, input.startDay, hints, after),
    rules: STAGE_RULES,
    sources: COMEBACK_SOURCES,
  };
}

/** The week's headline in the advice's own terms: green builds, amber holds or cuts back. */
function weekHeadline(report: Report, entries: Entry[], amber: boolean): string {
  const { advice } = report;
  const d = (km: number) => distanceText(km, advice.units);
  if (advice.nextWeekMaxKm <= 0) {
    // No range from analyze (no running in the last 7 days): the week is sized from the log.
    const { weekKm } = weekBasis(report, entries, amber);
    return weekKm > 0
      ? `No running in the last 7 days: a first week back of about ${d(weekKm)} (half your usual week before), with two rest days and the long run capped.`
      : 'No runs in your log yet to size a week from: easy 20-minute runs with two rest days; log each one.';
  }
  if (!amber) return `Status green: next week up to ${d(advice.nextWeekMaxKm)}, within the progression limits.`;
  const rest = 'with two rest days, the long run capped and no hills';
  if (advice.mode === 'hold') return `Status amber: hold at up to ${d(advice.nextWeekMaxKm)} this week (no more than the last 7 days), ${rest}.`;
  const range = advice.nextWeekMinKm > 0 ? `${d(advice.nextWeekMinKm)}–${d(advice.nextWeekMaxKm)} (about ${d(weekTargetKm(report, amber))})` : `up to ${d(advice.nextWeekMaxKm)}`;
  return `Status amber: a reduced week of ${range}, ${rest}.`;
}

/** The runner's usual week before the way back started: the 4 weeks before it, averaged. */
function usualWeekKm(entries: Entry[], since: string): number {
  const from = addDaysTo(since, -28);
  return entries.filter((entry) => isRunning(entry) && entry.date >= from && entry.date < since).reduce((sum, entry) => sum + entry.distanceKm, 0) / 4;
}

/** Once the path is finished: back toward the previous volume at the green rate, if the last session passed. */
function afterPathDay(week: PlanDay[]): (date: string) => PlanDay {
  return (date) => {
    const same = week.find((day) => day.date === date) ?? week[0]!;
    if (same.kind === 'rest') return { ...same, date };
    return conditional({ ...same, date, details: ['back toward your usual running at most 10% more a week', ...same.details] }, 'if the last session passed');
  };
}

function headlineOf(progress: Progress, baseline: number): string {
  const session = progress.path[progress.index]!;
  if (progress.mode === 'return' && progress.breakDays !== undefined) {
    return `Back after a break of ${progress.breakDays} days (last run ${progress.since}): start with the 10–5–10 test, then build up gradually.`;
  }
  if (progress.phase === 'settle') {
    const after = progress.startedBy.rule === 'cleared' ? `After your clearance on ${progress.startedBy.date}` : `After a red on ${progress.startedBy.date}`;
    return `${after}: no running yet. Pain-free cross-training until ${SETTLED_MORNINGS} pain records in a row are at your baseline of ${baseline} (${progress.settledMornings} so far), then the 10–5–10 test.`;
  }
  const where = `stage ${progress.index + 1} of ${progress.path.length}, ${session.name}${session.id === 'test' ? '' : `: ${session.how}`}`;
  const start = progress.mode === 'return' ? `Back after a break (last run before it ${progress.since})` : `The way back after ${progress.startedBy.rule === 'cleared' ? 'your clearance' : 'a red'} on ${progress.startedBy.date}`;
  const waiting = progress.waiting ? ` done on ${progress.lastSessionDay}: log the next morning's pain so it can be judged` : '';
  return `${start}: ${where}${waiting}.`;
}

