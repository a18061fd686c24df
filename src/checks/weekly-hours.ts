import { isOver, round1, type Check } from './types.js';

export const check: Check<{ maxHours: number }> = (context, options) => {
  if (!context.runs.some((run) => run.durationMin !== undefined)) return { findings: [], tooLittleData: 'no durations logged' };
  return {
    findings: context.weeks
      .filter((week) => isOver(week.hours, options.maxHours))
      .map((week) => ({
        messageId: 'over',
        from: week.weekStart,
        to: week.weekEnd < context.asOf ? week.weekEnd : context.asOf,
        data: { weekStart: week.weekStart, hours: round1(week.hours), maxHours: options.maxHours },
        evidence: { hours: round1(week.hours), maxHours: options.maxHours },
      })),
  };
};
