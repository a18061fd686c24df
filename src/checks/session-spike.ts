import { addDaysTo } from '../analysis/calendar.js';
import { longestRunBetweenKm } from '../analysis/context.js';
import { isOver, round1, type Check, type RawFinding } from './types.js';

/** Bands and hazard ratios from the study, against runs up to 10% longer. */
export function spikeBand(pctLonger: number): { band: string; hazardRatio: number | null } {
  if (pctLonger <= 10) return { band: 'up to 10%', hazardRatio: null };
  if (pctLonger <= 30) return { band: '10–30%', hazardRatio: 1.64 };
  if (pctLonger <= 100) return { band: '30–100%', hazardRatio: 1.52 };
  return { band: 'over 100%', hazardRatio: 2.28 };
}

export const check: Check<{ limitPct: number; windowDays: number }> = (context, options) => {
  const judged = context.runs.filter((run) => context.dayIndex(run.date) >= options.windowDays);
  if (judged.length === 0) return { findings: [], tooLittleData: `needs ${options.windowDays} days of log before a run` };
  const findings: RawFinding[] = [];
  // Runs come in date order, and runs of one day share their window: it is measured once a day.
  let windowDate: string | undefined;
  let longest = 0;
  for (const run of judged) {
    if (run.date !== windowDate) {
      windowDate = run.date;
      longest = longestRunBetweenKm(context, addDaysTo(run.date, -options.windowDays), addDaysTo(run.date, -1));
    }
    if (longest <= 0 || !isOver(run.distanceKm / longest * 100, options.limitPct)) continue;
    const pctLonger = (run.distanceKm / longest - 1) * 100;
    const { band, hazardRatio } = spikeBand(pctLonger);
    findings.push({
      messageId: 'spike',
      date: run.date,
      data: { date: run.date, distance: context.distance(run.distanceKm), longest: context.distance(longest), pctLonger: round1(pctLonger), band, hazardRatio: hazardRatio ?? 'n/a' },
      evidence: { runKm: run.distanceKm, longestPrevious30DaysKm: longest, pctLonger: round1(pctLonger), band, hazardRatio },
    });
  }
  return { findings };
};
