// What a YAML run log's keys mean, shared by both readers of it (yamlFast.ts and yaml.ts):
// they differ in how they find values and positions, never in what they make of them.
import type { Athlete, InputProblem, UnusableRow } from '../model/log.js';
import type { ColumnMeaning } from './columns.js';
import type { RawCell, RawRow } from './rawRow.js';
import { DISTANCE_UNIT_WORDS, parseDistanceUnit } from '../util/units.js';
import { isRejection, parsePain } from './values.js';

export interface YamlLog {
  athlete: Athlete;
  rows: RawRow[];
  problems: InputProblem[];
  /** List items that were not runs. */
  skippedRows: number;
  /** Values that were lists or maps where one value belongs. */
  droppedFields: number;
  /** Items that were not runs but carry text, for the red-flag check. */
  unusableRows: UnusableRow[];
}

export interface Position {
  line: number;
  col: number;
}

/** A scalar's value as the YAML 1.2 core schema reads it. */
export type ScalarValue = RawCell['value'];

/** A run's `key: value`: the cell it fills (a later key for the same field wins). */
export function runCell(key: string, meaning: ColumnMeaning, value: ScalarValue, line: number, col: number): RawCell {
  const cell: RawCell = { value, line, col, header: key };
  if (meaning.unit) cell.unit = meaning.unit;
  return cell;
}

/** A list or map where a run field's one value belongs: dropped, with a warning (counted as a dropped field). */
export function droppedValue(key: string, pos: Position, file: string): InputProblem {
  return { file, ...pos, severity: 'warning', message: `${key}: a list or map where one value belongs; value dropped` };
}

/** `name`, `units` and `baseline_pain` under `athlete:` (spelled any way: `Baseline Pain`). */
export function athleteKey(key: string): 'name' | 'units' | 'baselinepain' | undefined {
  const normalised = key.toLowerCase().replace(/[^a-z]/g, '');
  return normalised === 'name' || normalised === 'units' || normalised === 'baselinepain' ? normalised : undefined;
}

export function readAthleteField(key: 'name' | 'units' | 'baselinepain', value: ScalarValue, pos: Position, athlete: Athlete, file: string, problems: InputProblem[]): void {
  if (key === 'name' && value !== null) athlete.name = String(value);
  if (key === 'units') readUnits(value, pos, athlete, file, problems);
  if (key === 'baselinepain') {
    // `baseline_pain: yes` is a boolean to YAML: not a score, and never a crash.
    const pain = value === null ? undefined : parsePain(typeof value === 'boolean' ? String(value) : value, { decimalComma: false });
    if (pain !== undefined && !isRejection(pain)) athlete.baselinePain = pain;
    else problems.push({ file, ...pos, severity: 'error', message: 'athlete.baseline_pain: not a pain score; ignored', got: JSON.stringify(value), expected: 'a number from 0 to 10' });
  }
}

export function readUnits(value: ScalarValue, pos: Position, athlete: Athlete, file: string, problems: InputProblem[]): void {
  const units = parseDistanceUnit(String(value));
  if (units) athlete.units = units;
  else problems.push({ file, ...pos, severity: 'error', message: 'units: unknown distance unit; km assumed', got: JSON.stringify(value), expected: DISTANCE_UNIT_WORDS });
}
