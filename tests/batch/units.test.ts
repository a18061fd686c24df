import { describe, expect, it } from 'vitest';
import { orderedEmitter } from '../../src/batch/pool.js';
import { neutraliseFormula } from '../../src/util/formula.js';

describe('orderedEmitter', () => {
  it('hands results on in job order whatever order they finish in', () => {
    const seen: number[] = [];
    const emit = orderedEmitter<string>((index) => seen.push(index));
    for (const index of [2, 0, 3, 1, 4]) emit(index, `job ${index}`);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('CSV formula neutralisation', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1+2', "'+1+2"],
    ['-2+cmd|calc', "'-2+cmd|calc"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('%j is neutralised', (cell, safe) => expect(neutraliseFormula(cell)).toBe(safe));
  it.each(['-12.5', '-0.2', '92.9', 'Ana Silva', ''])('%j is left alone', (cell) => expect(neutraliseFormula(cell)).toBe(cell));
});
