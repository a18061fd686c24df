import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, mannWhitneyP, percentile } from '../../src/analysis/stats.js';

describe('statistics', () => {
  it('percentile interpolates like numpy', () => {
    expect(percentile([1, 2, 3, 4], 75)).toBe(3.25);
    expect(percentile([10], 75)).toBe(10);
  });
  it('Mann–Whitney: clearly separated groups give a small p, identical groups p = 1', () => {
    // By hand: the tied 5s share rank 6.5, so U = 56.5 − 21 = 35.5 against a mean of 18;
    // tie-corrected variance 3 × (13 − 6/132) = 38.86; z = (17.5 − 0.5) / 6.234 = 2.727; p = 0.0064.
    expect(mannWhitneyP([5, 6, 7, 8, 9, 10], [0, 1, 2, 3, 4, 5])).toBeCloseTo(0.0064, 4);
    expect(mannWhitneyP([2, 2, 2, 2, 2], [2, 2, 2, 2, 2])).toBe(1);
    expect(mannWhitneyP([1, 2, 3, 4, 5], [1, 2, 3, 4, 5])).toBe(1);
  });
  it('Mann–Whitney gives the textbook mid-rank answer on unsorted, interleaved, fractional scores', () => {
    // Every score ranked in one list, ties sharing their mean rank, recomputed the slow way.
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 20 }).map((half) => half / 2), { minLength: 2, maxLength: 40 }),
      fc.array(fc.integer({ min: 0, max: 20 }).map((half) => half / 2), { minLength: 2, maxLength: 40 }),
      (a, b) => {
        expect(mannWhitneyP(a, b)).toBeCloseTo(referenceMannWhitneyP(a, b), 12);
      },
    ), { numRuns: 300, seed: 20261123 });
  });
  it('Benjamini–Hochberg matches the textbook example', () => {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005]).map((p) => Math.round(p * 1000) / 1000)).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
});

/** The definition, written for clarity: rank everything together, ties get their mean rank. */
function referenceMannWhitneyP(a: number[], b: number[]): number {
  const all = [...a.map((value) => ({ value, inA: true })), ...b.map((value) => ({ value, inA: false }))].sort((x, y) => x.value - y.value);
  const rankOf = (value: number) => {
    const first = all.findIndex((item) => item.value === value);
    const count = all.filter((item) => item.value === value).length;
    return first + (count + 1) / 2;
  };
  const n = all.length;
  const rankSumA = a.reduce((sum, value) => sum + rankOf(value), 0);
  const tieTerm = [...new Set(all.map((item) => item.value))].reduce((sum, value) => {
    const ties = all.filter((item) => item.value === value).length;
    return sum + ties ** 3 - ties;
  }, 0);
  const u = rankSumA - (a.length * (a.length + 1)) / 2;
  const variance = ((a.length * b.length) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (Math.abs(u - (a.length * b.length) / 2) - 0.5) / Math.sqrt(variance);
  if (z <= 0) return 1;
  // Same normal tail as the library (Abramowitz–Stegun 26.2.17).
  const t = 1 / (1 + 0.2316419 * z);
  const tail = (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return Math.min(1, 2 * tail);
}
