import { addDaysTo } from '../analysis/calendar.js';
import { round1, type Check } from './types.js';

export const check: Check<{ maxSharePct: number; minRunsWithTerrain: number; windowDays: number }> = (context, options) => {
  const from = addDaysTo(context.asOf, -(options.windowDays - 1));
  const recent = context.runs.filter((run) => run.date >= from && run.terrain !== undefined);
  if (recent.length < options.minRunsWithTerrain) return { findings: [], tooLittleData: `needs terrain on ${options.minRunsWithTerrain} runs in the last ${options.windowDays} days` };
  const byTerrain = new Map<string, number>();
  for (const run of recent) byTerrain.set(run.terrain!, (byTerrain.get(run.terrain!) ?? 0) + run.distanceKm);
  const totalKm = [...byTerrain.values()].reduce((sum, km) => sum + km, 0);
  const [terrain, km] = [...byTerrain].sort((a, b) => b[1] - a[1])[0]!;
  const sharePct = totalKm > 0 ? (km / totalKm) * 100 : 0;
  if (sharePct < options.maxSharePct - 1e-9) return { findings: [] };
  return {
    findings: [{
      messageId: terrain === 'road' ? 'road' : 'oneSurface',
      from, to: context.asOf,
      data: { windowDays: options.windowDays, sharePct: round1(sharePct), total: context.distance(totalKm), terrain },
      evidence: { terrain, sharePct: round1(sharePct), runs: recent.length },
    }],
  };
};
