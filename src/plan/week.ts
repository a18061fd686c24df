// Amber and green: the week `analyze` advises, spelled out day by day. The totals and the
// long-run cap are the report's own advice (one verdict); this only places them on days:
// - two rest days a week or more (DOMAIN § 2, Ristolainen et al. 2014: fewer than 2 went with
//   more overuse injuries), never the day after the long run;
// - the long run capped (amber: under the 30-day longest; green: at most 110% of it);
// - amber: flat ground, no hills (the coach's blog for the bursitis picture; DOMAIN § 4).
// How many runs a week is the runner's own recent habit, 2 to 5 (project default).
import { addDaysTo } from '../analysis/calendar.js';
import { isRunning, type Entry } from '../model/log.js';
import type { Report } from '../model/report.js';
import { round } from '../util/numbers.js';
import { distanceText, KM_PER_MILE } from '../util/units.js';
import { morningLog, runLog, type LogHints } from './schedule.js';
import type { PlanDay } from './types.js';

/** Which of the 7 days are runs (R), the long run (L) or rest (-), by runs per week. */
const PATTERNS: Record<number, string> = {
  2: 'R---L--',
  3: 'R--R-L-',
  4: 'R-R-L-R',
  5: 'RR-RL-R',
};

/** The runner's habit: runs in the last 14 days, halved, kept to 2–5 a week. */
export function runsPerWeek(entries: Entry[], asOf: string): number {
  const from = addDaysTo(asOf, -13);
  const recent = entries.filter((entry) => isRunning(entry) && entry.date >= from && entry.date <= asOf && entry.distanceKm > 0).length;
  return Math.min(5, Math.max(2, Math.round(recent / 2)));
}

export interface WeekInput {
  report: Report;
  entries: Entry[];
  startDay: string;
  hints: LogHints;
  /** Amber cuts and avoids hills; green builds. */
  amber: boolean;
}

/** The week's target: the middle of amber's cut range (project default), green's upper limit. */
export function weekTargetKm(report: Report, amber: boolean): number {
  const { nextWeekMinKm, nextWeekMaxKm } = report.advice;
  return amber && nextWeekMinKm > 0 ? (nextWeekMinKm + nextWeekMaxKm) / 2 : nextWeekMaxKm;
}

export function weekDays({ report, entries, startDay, hints, amber }: WeekInput): PlanDay[] {
  const units = report.advice.units;
  const runs = runsPerWeek(entries, report.asOf);
  const pattern = PATTERNS[runs]!;
  const weekKm = weekTargetKm(report, amber);
  const longCapKm = report.advice.longestRunMaxKm > 0 ? report.advice.longestRunMaxKm : weekKm;
  // The long run takes about a third of the week, within its cap; the others share the rest.
  const longKm = Math.min(longCapKm, weekKm * (runs === 2 ? 0.5 : 0.35));
  const easyKm = Math.min(longKm, (weekKm - longKm) / (runs - 1));
  const inUnits = (km: number) => round(units === 'mi' ? km / KM_PER_MILE : km, 1);
  return [...pattern].map((slot, offset) => {
    const date = addDaysTo(startDay, offset);
    if (slot === '-') {
      return { date, kind: 'rest', title: 'Rest day', details: ['or easy cross-training, pain-free'], log: [morningLog(hints)] };
    }
    const km = slot === 'L' ? longKm : easyKm;
    const details = amber
      ? ['on flat ground (road, track, grass): no hills for now', 'stop and walk if pain passes 3/10']
      : ['easy pace; keep pain at 3/10 or less'];
    if (slot === 'L') details.unshift(amber ? `your longest run this week: keep it under your 30-day longest (${distanceText(longCapKm, units)})` : `your longest run this week: at most ${distanceText(longCapKm, units)} (110% of your 30-day longest)`);
    return {
      date,
      kind: slot === 'L' ? 'long run' : 'run',
      title: `${slot === 'L' ? 'Long run' : 'Easy run'}: ${distanceText(km, units)}`,
      details,
      distanceKm: round(km, 2),
      distance: inUnits(km),
      log: [morningLog(hints), runLog(hints)],
    };
  });
}
