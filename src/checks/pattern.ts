import { findPatterns, MEASURE_PHRASE, type PatternOptions } from '../analysis/patterns.js';
import type { Check } from './types.js';


const one = (value: number) => value.toFixed(1);
const SPEED_TYPES = new Set(['intervals', 'tempo', 'hills', 'race']);

/** Advice that fits the value: road camber, speed work, long runs, or the factor's own. */
function messageIdOf(factor: string, value: string): string {
  if (factor === 'terrain' && value === 'road') return 'terrainRoad';
  if (factor !== 'type') return factor;
  return SPEED_TYPES.has(value) ? 'typeSpeed' : value === 'long' ? 'typeLong' : 'type';
}

export const check: Check<PatternOptions> = (context, options) => {
  const search = findPatterns(context, options);
  if (search.tooLittleData) return { findings: [], tooLittleData: search.tooLittleData };
  return {
    findings: search.patterns.map((pattern) => ({
      messageId: messageIdOf(pattern.factor, pattern.value),
      from: pattern.from,
      to: pattern.to,
      data: {
        measure: MEASURE_PHRASE[pattern.painMeasure].replace(/^./, (first) => first.toUpperCase()),
        meanWith: one(pattern.meanPainWith), meanWithout: one(pattern.meanPainWithout),
        description: pattern.description + (pattern.alsoDescribedAs.length > 0 ? ` (the same runs are also the ${pattern.alsoDescribedAs.join(' and the ')})` : ''), runsWithout: pattern.runsWithout, pValue: pattern.adjustedP.toPrecision(2),
      },
      evidence: {
        factor: pattern.factor, value: pattern.value, painMeasure: pattern.painMeasure,
        runsWith: pattern.runsWith, runsWithout: pattern.runsWithout,
        meanPainWith: Math.round(pattern.meanPainWith * 100) / 100, meanPainWithout: Math.round(pattern.meanPainWithout * 100) / 100,
        difference: Math.round(pattern.difference * 100) / 100, pValue: Number(pattern.adjustedP.toPrecision(3)),
        alsoDescribedAs: pattern.alsoDescribedAs,
        comparisonsMade: search.comparisons.length,
      },
    })),
  };
};
