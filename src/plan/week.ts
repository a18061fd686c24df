// Amber and green: the week `analyze` advises, spelled out day by day. The totals and the
// long-run cap are the report's own advice (one verdict); this only places them on days:
// - two rest days a week or more (DOMAIN § 2, Ristolainen et al. 2014: fewer than 2 went with
//   more overuse injuries), never the day after the long run;
// - the long run capped (amber: under the 30-day longest; green: at most 110% of it);
// - amber: flat ground, no hills (the coach's blog for the bursitis picture; DOMAIN § 4).
// How many runs a week is the runner's own recent habit, 2 to 5 (project default).
// Day distances are rounded down to the 0.1 they are shown in, so the days never add up to
// more than the limit the headline gives, and every easy run is shorter than the long run.
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

/** The long run's share of the week, by runs per week (project default: a bit over the others). */
const LONG_SHARE: Record<number, number> = { 2: 0.6, 3: 0.4, 4: 0.35, 5: 0.3 };

/** An easy run is at most this share of the long run, so the long run stays the longest (project default). */
const EASY_MAX_OF_LONG = 0.9;

/**
 * The first week back after a break, without a range from analyze (no running in the last 7
 * days): at most half the average week before the break, the return-after-break rule's limit
 * (firstWeekMaxPct, a project default).
 */
const FIRST_WEEK_BACK_SHARE = 0.5;

/** A run of this length stands in for distances when the log has no runs to size a week from. */
const EASY_MINUTES_WITHOUT_HISTORY = 20;

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

/** The week's target: the middle of amber's cut range (project default), else the upper limit. */
export function weekTargetKm(report: Report, amber: boolean): number {
  const { nextWeekMinKm, nextWeekMaxKm } = report.advice;
  return amber && nextWeekMinKm > 0 ? (nextWeekMinKm + nextWeekMaxKm) / 2 : nextWeekMaxKm;
}

/** What the week is sized from: the advice's range, or (with none) the log before the break. */
export interface WeekBasis {
  weekKm: number;
  longCapKm: number;
  /** Why the long run is capped there, after "at most 10.0 km". */
  capReason: string;
}

/**
 * The advice's range when it gives one. Without one (no running in the last 7 days, so the
 * runner is coming back from a break): half the average week of the 4 weeks before the last
 * run, and the long run within the longest of the 30 days up to it. Zero when the log has no
 * runs at all: then the days are given in minutes.
 */
export function weekBasis(report: Report, entries: Entry[], amber: boolean): WeekBasis {
  const { advice } = report;
  if (advice.nextWeekMaxKm > 0) {
    const weekKm = weekTargetKm(report, amber);
    const longCapKm = advice.longestRunMaxKm > 0 ? advice.longestRunMaxKm : weekKm;
    return { weekKm, longCapKm, capReason: amber ? 'no longer than your 30-day longest' : 'no more than 110% of your 30-day longest' };
  }
  const runs = entries.filter((entry) => isRunning(entry) && entry.distanceKm > 0 && entry.date <= report.asOf);
  const last = runs.at(-1);
  if (!last) return { weekKm: 0, longCapKm: 0, capReason: '' };
  const between = (from: string) => runs.filter((run) => run.date >= from && run.date <= last.date);
  const usualWeekKm = between(addDaysTo(last.date, -27)).reduce((sum, run) => sum + run.distanceKm, 0) / 4;
  const longestKm = Math.max(...between(addDaysTo(last.date, -29)).map((run) => run.distanceKm));
  return { weekKm: usualWeekKm * FIRST_WEEK_BACK_SHARE, longCapKm: longestKm, capReason: `your longest in the 30 days up to your last run, on ${last.date}` };
}

/** A distance rounded down to the 0.1 it is shown in, in the runner's units; and back in km. */
function shownDown(km: number, units: 'km' | 'mi'): { distance: number; distanceKm: number } {
  const inUnits = units === 'mi' ? km / KM_PER_MILE : km;
  const distance = Math.floor(inUnits * 10 + 1e-9) / 10;
  return { distance, distanceKm: round(units === 'mi' ? distance * KM_PER_MILE : distance, 2) };
}

function restDay(date: string, hints: LogHints): PlanDay {
  return { date, kind: 'rest', title: 'Rest day', details: ['or easy cross-training, pain-free'], log: [morningLog(hints)] };
}

export function weekDays({ report, entries, startDay, hints, amber }: WeekInput): PlanDay[] {
  const units = report.advice.units;
  const runs = runsPerWeek(entries, report.asOf);
  const pattern = PATTERNS[runs]!;
  const basis = weekBasis(report, entries, amber);
  // The long run takes its share of the week, within its cap; the others share the rest.
  const longKm = Math.min(basis.longCapKm, basis.weekKm * LONG_SHARE[runs]!);
  const easyKm = Math.min(longKm * EASY_MAX_OF_LONG, (basis.weekKm - longKm) / (runs - 1));
  const terrain = amber
    ? ['on flat ground (road, track, grass): no hills for now', 'stop and walk if pain passes 3/10']
    : ['easy pace; keep pain at 3/10 or less'];
  return [...pattern].map((slot, offset) => {
    const date = addDaysTo(startDay, offset);
    if (slot === '-') return restDay(date, hints);
    if (basis.weekKm <= 0) {
      return {
        date, kind: 'run', title: `Easy run: ${EASY_MINUTES_WITHOUT_HISTORY} min`, durationMin: EASY_MINUTES_WITHOUT_HISTORY,
        details: ['no distances yet: your log has no runs to size a week from; log each run and the next plan will', ...terrain],
        log: [morningLog(hints), runLog(hints)],
      };
    }
    const { distance, distanceKm } = shownDown(slot === 'L' ? longKm : easyKm, units);
    // A week too small to share out leaves a day with nothing to run: it is a rest day.
    if (distance <= 0) return restDay(date, hints);
    const details = [...terrain];
    if (slot === 'L') details.unshift(`your longest run this week: at most ${distanceText(basis.longCapKm, units)} (${basis.capReason})`);
    return {
      date,
      kind: slot === 'L' ? 'long run' : 'run',
      title: `${slot === 'L' ? 'Long run' : 'Easy run'}: ${distance.toFixed(1)} ${units}`,
      details,
      distanceKm,
      distance,
      log: [morningLog(hints), runLog(hints)],
    };
  });
}
