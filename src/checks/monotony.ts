import { isOver, type Check, type RawFinding } from './types.js';

export const check: Check<{ limit: number }> = (context, options) => {
  const complete = context.weeks.filter((week) => week.complete);
  if (complete.length === 0) return { findings: [], tooLittleData: 'needs a calendar week the log fully covers' };
  const findings: RawFinding[] = [];
  for (const week of complete) {
    const daily = week.daily.map((day) => day.distanceKm);
    const mean = daily.reduce((sum, km) => sum + km, 0) / daily.length;
    if (mean <= 0) continue;
    const sd = Math.sqrt(daily.reduce((sum, km) => sum + (km - mean) ** 2, 0) / daily.length);
    const base = { weekStart: week.weekStart, mean: context.distance(mean), limit: options.limit };
    if (sd < 1e-9) {
      findings.push({ messageId: 'constant', from: week.weekStart, to: week.weekEnd, data: base, evidence: { monotony: null, meanDailyKm: mean, sdDailyKm: 0 } });
      continue;
    }
    const monotony = mean / sd;
    if (isOver(monotony, options.limit)) {
      findings.push({
        messageId: 'high', from: week.weekStart, to: week.weekEnd,
        data: { ...base, monotony: monotony.toFixed(2), sd: context.distance(sd) },
        evidence: { monotony: Math.round(monotony * 100) / 100, meanDailyKm: mean, sdDailyKm: sd },
      });
    }
  }
  return { findings };
};
