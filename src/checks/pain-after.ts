import { isOver, type Check } from './types.js';

export const check: Check<{ max: number }> = (context, options) => {
  const scored = context.runs.filter((run) => run.painAfter !== undefined);
  if (scored.length === 0) return { findings: [], tooLittleData: 'no pain after runs logged (pain_after)' };
  return {
    findings: scored
      .filter((run) => isOver(run.painAfter!, options.max))
      .map((run) => ({
        messageId: 'over',
        date: run.date,
        data: { painAfter: run.painAfter!, date: run.date, distance: context.distance(run.distanceKm), max: options.max },
        evidence: { painAfter: run.painAfter!, distanceKm: run.distanceKm, max: options.max },
      })),
  };
};
