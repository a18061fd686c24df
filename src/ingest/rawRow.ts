import type { Field, HeaderUnit } from './columns.js';

/** One cell as a reader found it, before any meaning is given to it. */
export interface RawCell {
  value: string | number | boolean | null;
  line: number;
  col: number;
  /** The header or key the value came from, for messages. */
  header: string;
  /** Unit named by the header (`distance_mi`), if any. */
  unit?: HeaderUnit;
}

/** One row/list item: the canonical fields it has. */
export interface RawRow {
  line: number;
  cells: Partial<Record<Field, RawCell>>;
  /** More note columns after the first ("Notes" and "Symptoms"): read as part of the notes. */
  moreNotes?: RawCell[];
  /** Free text in columns hipcheck does not know: read for red flags only. */
  otherText?: RawCell[];
}

/** Text with words in it (not a number, a date or a code): what a runner writes. */
export function isFreeText(value: RawCell['value']): boolean {
  return typeof value === 'string' && /\p{L}{2}/u.test(value);
}

/** A spreadsheet's name for a column: A, B, …, Z, AA, AB, … */
export function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellText(cell: RawCell): string {
  return cell.value === null ? '' : String(cell.value).trim();
}
