import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRow } from '../../src/util/csvField.js';

describe('csvRow', () => {
  it('quotes only what needs it, and reads back to the same values', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'lone\rreturn', '', ' spaced '];
    const row = csvRow(values);
    expect(row.startsWith('plain,"a,b","say ""hi""","two\nlines","lone\rreturn",, spaced ')).toBe(true);
    expect(parse(`${row}\n`)).toEqual([values]);
  });

  it('uses the given delimiter', () => {
    expect(csvRow(['5,2', 'x'], ';')).toBe('5,2;x');
    expect(csvRow(['a;b', 'x'], ';')).toBe('"a;b";x');
  });
});
