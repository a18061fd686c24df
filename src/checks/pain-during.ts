import type { Check } from './types.js';

export const check: Check<{ edge: number; stopAt: number }> = (context, options) => {
  const scored = context.runs.filter((run) => run.pain !== undefined);
  if (scored.length === 0) return { findings: [], tooLittleData: 'no pain scores logged' };
  return {
    findings: scored
      .filter((run) => run.pain! >= options.edge)
      .map((run) => {
        const over = run.pain! >= options.stopAt;
        return {
          messageId: over ? 'over' : 'edge',
          escalate: over,
          date: run.date,
          data: { pain: run.pain!, date: run.date, distance: context.distance(run.distanceKm), edge: options.edge, edgeTop: options.stopAt - 1 },
          evidence: { pain: run.pain!, distanceKm: run.distanceKm, edge: options.edge, stopAt: options.stopAt },
        };
      }),
  };
};
