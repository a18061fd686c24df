import { isOver, round1, type Check, type RawFinding } from './types.js';

export const check: Check<{ infoPct: number; warnPct: number; minPreviousKm: number }> = (context, options) => {
  const findings: RawFinding[] = [];
  let compared = 0;
  context.weeks.forEach((week, index) => {
    const previous = context.weeks[index - 1];
    // A partial first week understates its distance, so it is never the base of a ramp.
    if (!previous?.complete || previous.distanceKm < options.minPreviousKm) return;
    compared += 1;
    const pct = (week.distanceKm / previous.distanceKm - 1) * 100;
    if (!isOver(pct, options.infoPct)) return;
    const overWarn = isOver(pct, options.warnPct);
    findings.push({
      messageId: overWarn ? 'overWarn' : 'overInfo',
      escalate: overWarn,
      from: week.weekStart,
      to: week.weekEnd < context.asOf ? week.weekEnd : context.asOf,
      data: { weekStart: week.weekStart, distance: context.distance(week.distanceKm), previous: context.distance(previous.distanceKm), pct: round1(pct), infoPct: options.infoPct, warnPct: options.warnPct },
      evidence: { weekKm: week.distanceKm, previousWeekKm: previous.distanceKm, increasePct: round1(pct), weekComplete: week.complete },
    });
  });
  return compared === 0 ? { findings, tooLittleData: `needs a complete week of at least ${options.minPreviousKm} km before another` } : { findings };
};
