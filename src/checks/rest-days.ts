import { plural, type Check } from './types.js';

export const check: Check<{ minPerWeek: number }> = (context, options) => {
  const complete = context.weeks.filter((week) => week.complete);
  if (complete.length === 0) return { findings: [], tooLittleData: 'needs a calendar week the log fully covers' };
  return {
    findings: complete
      .filter((week) => week.restDays < options.minPerWeek)
      .map((week) => ({
        messageId: 'few',
        from: week.weekStart,
        to: week.weekEnd,
        data: { weekStart: week.weekStart, restDays: week.restDays, restPlural: plural(week.restDays), minPerWeek: options.minPerWeek },
        evidence: { restDays: week.restDays, minPerWeek: options.minPerWeek },
      })),
  };
};
