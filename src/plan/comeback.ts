// Where the runner stands on the way back, read from what the log shows since it started.
// The plan keeps no state of its own: each run replays the log, so logging a run and the next
// morning's pain, then running `hipcheck plan` again, moves it on (or back).
//
// It starts at the first stop finding of the last 8 weeks (a red), or at a clearance after a
// red flag; without one, after a break of 7 days or more (the return-after-break rule's
// threshold) that ended in the last 3 weeks or is still going on. The 8 and 3 weeks are project
// defaults: long enough for the build-up, short enough that an old red does not bind forever.
import { addDaysTo, daysBetween } from '../analysis/calendar.js';
import { nextDayPainByDate } from '../checks/pain-24h.js';
import { worstPain } from '../checks/painScores.js';
import { isRunning, type Entry } from '../model/log.js';
import type { Report } from '../model/report.js';
import { clearedFlagDays, dayOf } from './redFlags.js';
import { COMEBACK_PATH, judgeRun, RETURN_PATH, type Judgement, type Session } from './stages.js';
import type { StageEvent } from './types.js';

export const LOOKBACK_DAYS = 56;
export const RETURN_LOOKBACK_DAYS = 21;
export const BREAK_DAYS = 7;
/** Mornings at baseline before the return test (project default: two, so one good day is not luck). */
export const SETTLED_MORNINGS = 2;

/** Stops these rules raise about a run on the way back are that run's judgement, not a new start. */
const JUDGED_RULES = new Set(['pain-during', 'pain-24h']);

export interface Progress {
  mode: 'comeback' | 'return';
  /** The day the way back started from: the red, the clearance, or the last run before the break. */
  since: string;
  /** The latest (re)start of the way back: the day, and what it was (a rule id, or "cleared"). */
  startedBy: { date: string; rule: string };
  path: Session[];
  /** settle: cross-training until the hip is settled; session: path[index] is next; done: finished. */
  phase: 'settle' | 'session' | 'done';
  index: number;
  settledMornings: number;
  /** The day of the last session run, so the next one comes a day later. */
  lastSessionDay?: string;
  /** The last session is waiting for its next-morning score. */
  waiting: boolean;
  /** The day the path was finished. */
  doneOn?: string;
  /** Days since the last run, when the runner is on a break now. */
  breakDays?: number;
  history: StageEvent[];
}

export interface ProgressInput {
  report: Report;
  /** The log's entries up to the as-of day. */
  entries: Entry[];
  baseline: number;
  startDay: string;
}

export function findProgress({ report, entries, baseline, startDay }: ProgressInput): Progress | undefined {
  const from = addDaysTo(startDay, -LOOKBACK_DAYS);
  const anchors = [
    ...report.findings.filter((finding) => finding.severity === 'stop' && finding.rule !== 'red-flag').map((finding) => ({ date: dayOf(finding), rule: finding.rule })),
    ...clearedFlagDays(report, entries).map((date) => ({ date, rule: 'cleared' })),
  ].filter((anchor) => anchor.date >= from && anchor.date <= report.asOf).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (anchors.length > 0) {
    const first = anchors[0]!;
    const progress = start('comeback', COMEBACK_PATH, first.date, 'settle');
    progress.startedBy = first;
    progress.history.push({ date: first.date, session: 'way back', outcome: 'start', reason: startReason(first.rule) });
    return replay(progress, addDaysTo(first.date, 1), { entries, baseline, asOf: report.asOf, anchors });
  }
  const runs = entries.filter(isRunning);
  const last = runs.at(-1);
  if (!last || daysBetween(last.date, startDay) >= BREAK_DAYS) {
    const progress = start('return', RETURN_PATH, last?.date ?? startDay, 'session');
    if (last) progress.breakDays = daysBetween(last.date, startDay);
    return progress;
  }
  for (let i = runs.length - 1; i > 0 && runs[i]!.date >= addDaysTo(startDay, -RETURN_LOOKBACK_DAYS); i--) {
    if (daysBetween(runs[i - 1]!.date, runs[i]!.date) < BREAK_DAYS) continue;
    const progress = start('return', RETURN_PATH, runs[i - 1]!.date, 'session');
    return replay(progress, runs[i]!.date, { entries, baseline, asOf: report.asOf, anchors: [] });
  }
  return undefined;
}

function start(mode: Progress['mode'], path: Session[], since: string, phase: Progress['phase']): Progress {
  return { mode, since, startedBy: { date: since, rule: mode === 'return' ? 'break' : 'stop' }, path, phase, index: 0, settledMornings: 0, waiting: false, history: [] };
}

function startReason(rule: string): string {
  return rule === 'cleared' ? 'a professional\'s clearance after a red flag: start again with pain-free cross-training' : `a red (${rule}): stop running; pain-free cross-training until the hip is settled`;
}

interface ReplayInput {
  entries: Entry[];
  baseline: number;
  asOf: string;
  anchors: { date: string; rule: string }[];
}

/** Walks the days from `first` to as-of, judging each run against the session it was. */
function replay(progress: Progress, first: string, { entries, baseline, asOf, anchors }: ReplayInput): Progress {
  const runsByDay = new Map<string, Entry[]>();
  for (const entry of entries) if (isRunning(entry)) runsByDay.set(entry.date, [...(runsByDay.get(entry.date) ?? []), entry]);
  const nextMorning = nextDayPainByDate(entries);
  const morningOf = (day: string) => {
    const scores = entries.filter((entry) => entry.date === day && !isRunning(entry)).map((entry) => worstPain(entry)?.pain).concat((runsByDay.get(addDaysTo(day, -1)) ?? []).map((run) => run.painNextDay));
    const known = scores.filter((score): score is number => score !== undefined);
    return known.length === 0 ? undefined : Math.max(...known);
  };
  for (let day = first; day <= asOf; day = addDaysTo(day, 1)) {
    const stops = anchors.filter((anchor) => anchor.date === day && day > progress.since);
    const runs = runsByDay.get(day) ?? [];
    if (stops.some((stop) => !JUDGED_RULES.has(stop.rule)) || (stops.length > 0 && (progress.phase === 'done' || runs.length === 0))) {
      Object.assign(progress, { phase: 'settle', index: 0, settledMornings: 0, waiting: false, startedBy: stops[0]! });
      progress.history.push({ date: day, session: 'way back', outcome: 'restart', reason: startReason(stops[0]!.rule) });
      continue;
    }
    // The morning comes before the day's run: a second settled morning makes that run the test.
    if (progress.phase === 'settle') settleDay(progress, day, morningOf(day), baseline);
    for (const run of runs) judgeDay(progress, run, nextMorning.get(day), addDaysTo(day, 1) <= asOf, baseline);
  }
  return progress;
}

function settleDay(progress: Progress, day: string, morning: number | undefined, baseline: number): void {
  if (morning === undefined) return;
  if (morning > baseline + 1e-9) {
    if (progress.settledMornings > 0) progress.history.push({ date: day, session: 'cross-training', outcome: 'unsettled', reason: `pain ${morning}, above your baseline of ${baseline}: not settled yet` });
    progress.settledMornings = 0;
    return;
  }
  progress.settledMornings += 1;
  if (progress.settledMornings >= SETTLED_MORNINGS) {
    progress.phase = 'session';
    progress.history.push({ date: day, session: 'cross-training', outcome: 'settled', reason: `${SETTLED_MORNINGS} pain records at your baseline of ${baseline}: ready for the 10–5–10 test` });
  }
}

function judgeDay(progress: Progress, run: Entry, morning: number | undefined, morningDue: boolean, baseline: number): void {
  if (progress.phase === 'done') return;
  const early = progress.phase === 'settle';
  if (early) Object.assign(progress, { phase: 'session', index: 0 });
  const session = progress.path[progress.index]!;
  const judgement = judgeRun(run, session, morning, morningDue, baseline);
  progress.history.push(early ? earlyRunEvent(run, session, judgement) : { date: run.date, session: session.name, outcome: judgement.outcome, reason: judgement.reason });
  progress.lastSessionDay = run.date;
  progress.waiting = judgement.outcome === 'waiting';
  if (judgement.outcome === 'passed') {
    progress.index += 1;
    if (progress.index === progress.path.length) Object.assign(progress, { phase: 'done', doneOn: run.date });
  } else if (judgement.outcome === 'back') progress.index = Math.max(0, progress.index - 2);
  else if (judgement.outcome === 'not ready') Object.assign(progress, { phase: 'settle', index: 0, settledMornings: 0 });
}

/**
 * A run logged while the hip was still settling (before enough mornings at baseline) is judged as the 10–5–10 test would be: one that went well counts as the test; one that did
 * not is named for what it was, a run too soon, not a test the runner never meant to take.
 */
function earlyRunEvent(run: Entry, session: Session, judgement: Judgement): StageEvent {
  const what = `you ran before ${SETTLED_MORNINGS} mornings in a row were at your baseline`;
  if (judgement.outcome === 'not ready') {
    return { date: run.date, session: 'a run before the hip had settled', outcome: 'not ready', reason: `${what}; ${judgement.reason}: keep cross-training, and take the 10–5–10 test once ${SETTLED_MORNINGS} mornings are at your baseline` };
  }
  return { date: run.date, session: session.name, outcome: judgement.outcome, reason: `${what}, so it counts as the test: ${judgement.reason}` };
}
