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
}

export function cellText(cell: RawCell): string {
  return cell.value === null ? '' : String(cell.value).trim();
}
