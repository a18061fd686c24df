import { acuteChronic } from '../analysis/load.js';
import { isOver, type Check } from './types.js';

export const check: Check<{ limit: number }> = (context, options) => {
  const load = acuteChronic(context);
  if (!load) return { findings: [], tooLittleData: 'needs 28 days of log with some running' };
  const ratio = Math.round(load.ratio * 100) / 100;
  if (!isOver(load.ratio, options.limit)) return { findings: [] };
  return {
    findings: [{
      messageId: 'high',
      date: context.asOf,
      data: { ratio: ratio.toFixed(2), date: context.asOf, acute: context.distance(load.acuteKm), chronic: context.distance(load.chronicWeekKm), limit: options.limit },
      evidence: { ratio, acuteKm: load.acuteKm, chronicWeekKm: load.chronicWeekKm, formula: 'last 7 days ÷ (last 28 days ÷ 4)' },
    }],
  };
};
