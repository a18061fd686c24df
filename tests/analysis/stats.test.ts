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
  it('Benjamini–Hochberg matches the textbook example', () => {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005]).map((p) => Math.round(p * 1000) / 1000)).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
});
