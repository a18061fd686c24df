import { addDaysTo } from '../analysis/calendar.js';
import { distanceBetweenKm } from '../analysis/context.js';
import type { Entry } from '../model/log.js';
import { isOver, round1, type Check, type RawFinding } from './types.js';

type Options = { breakDays: number; usualGapFactor: number; usualGapRuns: number; firstRunMaxMin: number; firstRunMaxKm: number; firstWeekMaxPct: number };

/** Days between running days (runs on the same day are one). */
function gapsBetween(runs: Entry[], dayIndex: (date: string) => number): number[] {
  const days = [...new Set(runs.map((run) => dayIndex(run.date)))];
  return days.slice(1).map((day, index) => day - days[index]!);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const check: Check<Options> = (context, options) => {
  const findings: RawFinding[] = [];
  context.runs.forEach((run, index) => {
    const previous = context.runs[index - 1];
    if (!previous || previous.date === run.date) return;
    const gapDays = context.dayIndex(run.date) - context.dayIndex(previous.date);
    const daysOff = gapDays - 1;
    if (daysOff < options.breakDays) return;
    // A break is clearly longer than the runner's own rhythm: someone who runs every 9 days is not "back".
    const before = context.runs.slice(0, index).slice(-(options.usualGapRuns + 1));
    const gaps = gapsBetween(before, context.dayIndex);
    // Without a usual gap yet (fewer than three running days before), no gap is "clearly longer".
    if (gaps.length < 2) return;
    const usualGap = median(gaps);
    if (gapDays < usualGap * options.usualGapFactor) return;
    const common = { date: run.date, breakDays: daysOff, usualGap: `${round1(usualGap)} day${usualGap === 1 ? '' : 's'}` };
    const tooLong = run.durationMin !== undefined ? isOver(run.durationMin, options.firstRunMaxMin) : isOver(run.distanceKm, options.firstRunMaxKm);
    if (tooLong) {
      const firstRun = run.durationMin !== undefined ? `${Math.round(run.durationMin)} min` : context.distance(run.distanceKm);
      const limit = run.durationMin !== undefined ? `${options.firstRunMaxMin} min` : context.distance(options.firstRunMaxKm);
      findings.push({ messageId: 'firstRun', date: run.date, data: { ...common, firstRun, limit }, evidence: { daysOff, usualGapDays: usualGap, firstRunMin: run.durationMin ?? null, firstRunKm: run.distanceKm } });
    }
    const beforeWeekKm = distanceBetweenKm(context, addDaysTo(previous.date, -27), previous.date) / 4;
    const firstWeekKm = distanceBetweenKm(context, run.date, addDaysTo(run.date, 6));
    if (beforeWeekKm > 0 && isOver(firstWeekKm / beforeWeekKm * 100, options.firstWeekMaxPct)) {
      const pct = round1(firstWeekKm / beforeWeekKm * 100);
      findings.push({
        messageId: 'firstWeek', info: true, from: run.date, to: addDaysTo(run.date, 6) < context.asOf ? addDaysTo(run.date, 6) : context.asOf,
        data: { ...common, firstWeek: context.distance(firstWeekKm), before: context.distance(beforeWeekKm), pct, firstWeekMaxPct: options.firstWeekMaxPct },
        evidence: { daysOff, firstWeekKm, averageWeekBeforeKm: beforeWeekKm, pct },
      });
    }
  });
  return { findings };
};
