// CSV output through csv-stringify (csv-parse's sibling from the same project): fields quoted
// only when they hold the delimiter, a quote or a line break, as spreadsheets expect.
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './formula.js';

/** One CSV record without its line ending. */
export function csvRow(values: string[], delimiter = ','): string {
  // A lone CR is a line break to many readers: quote it too (csv-stringify quotes only \n).
  return stringify([values], { delimiter, record_delimiter: '\n', quoted_match: /\r/ }).replace(/\n$/, '');
}

/** A record a spreadsheet shows as text even where a cell starts like a formula (see formula.ts). */
export function spreadsheetSafeRow(values: string[], delimiter = ','): string {
  return csvRow(values.map(neutraliseFormula), delimiter);
}
