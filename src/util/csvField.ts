// CSV output through csv-stringify (csv-parse's sibling from the same project): fields quoted
// only when they hold the delimiter, a quote or a line break, as spreadsheets expect.
import { stringify } from 'csv-stringify/sync';

/** One CSV record without its line ending. */
export function csvRow(values: string[], delimiter = ','): string {
  // A lone CR is a line break to many readers: quote it too (csv-stringify quotes only \n).
  return stringify([values], { delimiter, record_delimiter: '\n', quoted_match: /\r/ }).replace(/\n$/, '');
}
