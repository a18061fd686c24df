import { weekStartOf } from '../analysis/calendar.js';
import { plural, type Check } from './types.js';

export const check: Check<{ minPerWeek: number }> = (context, options) => {
  const firstStrength = context.entries.find((entry) => entry.type === 'strength');
  if (!firstStrength) return { findings: [], tooLittleData: 'no strength sessions logged' };
  // Weeks before the runner started logging strength work say nothing about it.
  const since = weekStartOf(firstStrength.date);
  return {
    findings: context.weeks
      .filter((week) => week.complete && week.weekStart >= since && week.strengthSessions < options.minPerWeek)
      .map((week) => ({
        messageId: 'few', from: week.weekStart, to: week.weekEnd,
        data: { weekStart: week.weekStart, sessions: week.strengthSessions, sessionPlural: plural(week.strengthSessions), minPerWeek: options.minPerWeek },
        evidence: { sessions: week.strengthSessions, minPerWeek: options.minPerWeek },
      })),
  };
};
