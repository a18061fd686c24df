import { addDaysTo } from '../analysis/calendar.js';
import { round1, type Check } from './types.js';

const RECENT_DAYS = 28;

export const check: Check<{ minSpm: number; recentRuns: number }> = (context, options) => {
  const from = addDaysTo(context.asOf, -(RECENT_DAYS - 1));
  const recent = context.runs.filter((run) => run.cadenceSpm !== undefined && run.date >= from).slice(-options.recentRuns);
  if (recent.length === 0) return { findings: [], tooLittleData: `no cadence logged in the last ${RECENT_DAYS} days` };
  const average = recent.reduce((sum, run) => sum + run.cadenceSpm!, 0) / recent.length;
  if (average >= options.minSpm) return { findings: [] };
  return {
    findings: [{
      messageId: 'low', from: recent[0]!.date, to: recent.at(-1)!.date,
      data: { average: Math.round(average), runs: recent.length, minSpm: options.minSpm, targetLow: Math.round(average * 1.05), targetHigh: Math.round(average * 1.1) },
      evidence: { averageSpm: round1(average), runs: recent.length },
    }],
  };
};
