import { addDaysTo } from '../analysis/calendar.js';
import { distanceBetweenKm } from '../analysis/context.js';
import { isOver, round1, type Check, type RawFinding } from './types.js';

export const check: Check<{ breakDays: number; firstRunMaxMin: number; firstRunMaxKm: number; firstWeekMaxPct: number }> = (context, options) => {
  const findings: RawFinding[] = [];
  context.runs.forEach((run, index) => {
    const previous = context.runs[index - 1];
    if (!previous) return;
    const daysOff = context.dayIndex(run.date) - context.dayIndex(previous.date) - 1;
    if (daysOff < options.breakDays) return;
    const common = { date: run.date, breakDays: daysOff };
    const tooLong = run.durationMin !== undefined ? isOver(run.durationMin, options.firstRunMaxMin) : isOver(run.distanceKm, options.firstRunMaxKm);
    if (tooLong) {
      const firstRun = run.durationMin !== undefined ? `${Math.round(run.durationMin)} min` : context.distance(run.distanceKm);
      const limit = run.durationMin !== undefined ? `${options.firstRunMaxMin} min` : context.distance(options.firstRunMaxKm);
      findings.push({ messageId: 'firstRun', date: run.date, data: { ...common, firstRun, limit }, evidence: { daysOff, firstRunMin: run.durationMin ?? null, firstRunKm: run.distanceKm } });
    }
    const beforeWeekKm = distanceBetweenKm(context, addDaysTo(previous.date, -27), previous.date) / 4;
    const firstWeekKm = distanceBetweenKm(context, run.date, addDaysTo(run.date, 6));
    if (beforeWeekKm > 0 && isOver(firstWeekKm / beforeWeekKm * 100, options.firstWeekMaxPct)) {
      const pct = round1(firstWeekKm / beforeWeekKm * 100);
      findings.push({
        messageId: 'firstWeek', from: run.date, to: addDaysTo(run.date, 6) < context.asOf ? addDaysTo(run.date, 6) : context.asOf,
        data: { ...common, firstWeek: context.distance(firstWeekKm), before: context.distance(beforeWeekKm), pct, firstWeekMaxPct: options.firstWeekMaxPct },
        evidence: { daysOff, firstWeekKm, averageWeekBeforeKm: beforeWeekKm, pct },
      });
    }
  });
  return { findings };
};
