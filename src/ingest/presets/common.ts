// Helpers for reading app exports: columns by name and occurrence, never by position.
import type { RawCell, RawRow } from '../rawRow.js';
import type { Field } from '../columns.js';

/** Where each header name stands: `Distance` → [6, 17] when it appears twice. */
export function columnIndex(header: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  header.forEach((name, position) => {
    const key = name.trim().toLowerCase();
    index.set(key, [...(index.get(key) ?? []), position]);
  });
  return index;
}

/** Values apps write for "nothing here". */
const MISSING = new Set(['', '--', '--:--:--', '--:--', 'nan', '00:nan:nan', 'null']);

export function isMissing(value: string | undefined): boolean {
  return value === undefined || MISSING.has(value.trim().toLowerCase());
}

export class RowBuilder {
  readonly cells: RawRow['cells'] = {};

  constructor(readonly record: string[], readonly header: string[], readonly line: number) {}

  /** Sets a field from the column at `position`, with a value already in canonical units. */
  set(field: Field, position: number | undefined, value: string | number | undefined, unit?: RawCell['unit']): void {
    if (value === undefined || (typeof value === 'string' && isMissing(value))) return;
    const cell: RawCell = { value, line: this.line, col: (position ?? 0) + 1, header: position === undefined ? field : this.header[position]!.trim() };
    if (unit) cell.unit = unit;
    this.cells[field] = cell;
  }

  raw(position: number | undefined): string | undefined {
    if (position === undefined) return undefined;
    const value = this.record[position];
    return isMissing(value) ? undefined : value!.trim();
  }

  /** Notes from several columns (pain scores in them are read with every log's notes). */
  notes(positions: (number | undefined)[]): void {
    const parts = positions.map((position) => this.raw(position)).filter((part): part is string => part !== undefined && part !== '' && part.toUpperCase() !== 'FALSE');
    if (parts.length === 0) return;
    this.set('notes', positions.find((position) => this.raw(position) !== undefined), parts.join(' — '));
  }
}
