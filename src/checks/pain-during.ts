import type { Entry } from '../model/log.js';
import { isOver, type Check, type RawFinding } from './types.js';

const PERSISTING = { who: 'physiotherapist', when: 'if it persists' } as const;

const DURING_MEASURES = [['pain', ''], ['painStart', ', at the start'], ['painEnd', ', at the end']] as const;

/**
 * Pain during a run: the highest of pain, pain_start and pain_end, so a warm-up pattern (6
 * easing to 2) is still a 6. Undefined when the run has none of them.
 */
export function painDuring(run: Entry): { pain: number; measure: string } | undefined {
  let worst: { pain: number; measure: string } | undefined;
  for (const [field, measure] of DURING_MEASURES) {
    const pain = run[field];
    if (pain !== undefined && (worst === undefined || pain > worst.pain)) worst = { pain, measure };
  }
  return worst;
}

export const check: Check<{ safeMax: number; edgeMax: number }> = (context, options) => {
  // One pass, no object per run: a long log has a million runs and a finding for many of them.
  const findings: RawFinding[] = [];
  let scored = 0;
  for (const run of context.runs) {
    const during = painDuring(run);
    if (during === undefined) continue;
    scored += 1;
    if (!isOver(during.pain, options.safeMax)) continue;
    const over = isOver(during.pain, options.edgeMax);
    findings.push({
      messageId: over ? 'over' : 'edge',
      escalate: over,
      ...(over ? { refer: PERSISTING } : {}),
      date: run.date,
      data: { pain: during.pain, date: run.date, distance: context.distance(run.distanceKm), measure: during.measure, safeMax: options.safeMax, edgeMax: options.edgeMax },
      evidence: { pain: during.pain, measure: during.measure.replace(', ', '') || 'during', distanceKm: run.distanceKm, safeMax: options.safeMax, edgeMax: options.edgeMax },
    });
  }
  return scored === 0 ? { findings, tooLittleData: 'no pain scores during runs logged' } : { findings };
};
