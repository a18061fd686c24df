import { isOver, round1, type Check, type RawFinding } from './types.js';

export const check: Check<{ infoKm: number; warnKm: number }> = (context, options) => {
  const totals = new Map<string, { km: number; lastUsed: string }>();
  for (const run of context.runs) {
    if (!run.shoes) continue;
    const shoe = totals.get(run.shoes) ?? { km: 0, lastUsed: run.date };
    shoe.km += run.distanceKm;
    shoe.lastUsed = run.date;
    totals.set(run.shoes, shoe);
  }
  if (totals.size === 0) return { findings: [], tooLittleData: 'no shoes logged' };
  const findings: RawFinding[] = [];
  for (const [shoes, { km, lastUsed }] of totals) {
    if (!isOver(km, options.infoKm)) continue;
    const worn = isOver(km, options.warnKm);
    const limitKm = worn ? options.warnKm : options.infoKm;
    findings.push({
      messageId: worn ? 'worn' : 'check', date: lastUsed,
      data: { shoes, total: context.distance(km), limit: context.distance(limitKm), date: lastUsed },
      evidence: { shoes, totalKm: round1(km), limitKm },
    });
  }
  return { findings };
};
