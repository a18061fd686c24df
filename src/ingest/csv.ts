// CSV/TSV reader: finds the delimiter, maps the header, and hands rows on with their
// physical line numbers. The header is read by hand so no column is silently dropped.
import { parse } from 'csv-parse/sync';
import { UserError } from '../model/errors.js';
import type { DistanceUnit, InputProblem } from '../model/log.js';
import { garminRows, isGarminHeader } from './presets/garmin.js';
import { isStravaHeader, stravaRows } from './presets/strava.js';
import { acceptedHeaders, columnMeaning, type ColumnMeaning } from './columns.js';
import type { RawCell, RawRow } from './rawRow.js';

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  delimiter: Delimiter;
  rows: RawRow[];
  problems: InputProblem[];
  /** Unit named by the distance column's header (or found for an app export), if any. */
  distanceHeaderUnit?: 'km' | 'mi';
  /** A hand-kept log, or the app whose export this is. */
  source: 'log' | 'strava' | 'garmin';
}

/** The delimiter that splits the header line into the most fields (quotes respected). */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts: [Delimiter, number][] = [',', ';', '\t'].map((d) => [d as Delimiter, unquoted.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

interface ParsedRecord {
  record: string[];
  info: { lines: number; empty_lines: number };
}

export function readCsvTable(text: string, file: string, delimiter: Delimiter = detectDelimiter(text), units?: DistanceUnit, timeZone?: string, required: ('date' | 'distance')[] = ['date', 'distance']): CsvTable {
  const problems: InputProblem[] = [];
  const records = parse(text, {
    delimiter,
    info: true,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { code?: string; message: string; lines?: number } | undefined) => {
      if (error) problems.push({ file, line: error.lines, severity: 'error', message: `${describeCsvError(error)}; row skipped` });
    },
  }) as unknown as ParsedRecord[];
  if (records.length === 0) throw new UserError({ file, severity: 'error', message: 'the file has no rows', expected: 'a header line and one row per run' });

  const [header, ...body] = records;
  const numbered: { record: string[]; line: number }[] = [];
  let previousEnd = header!.info.lines;
  let previousEmpty = header!.info.empty_lines;
  for (const { record, info } of body) {
    // csv-parse reports where a record ends; it starts after the previous one and any blank lines.
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    if (record.length === 1 && record[0]!.trim() === '') continue;
    numbered.push({ record, line });
  }

  // App exports are recognised by their header and read by their own rules.
  if (isStravaHeader(header!.record)) return { delimiter, rows: stravaRows(header!.record, numbered, file, problems, timeZone), problems, source: 'strava' };
  if (isGarminHeader(header!.record)) {
    const garmin = garminRows(header!.record, numbered, file, problems, units);
    return { delimiter, rows: garmin.rows, problems, source: 'garmin', distanceHeaderUnit: garmin.units };
  }

  const columns = mapHeader(header!.record, file, header!.info.lines, problems, required);
  const rows: RawRow[] = [];
  for (const { record, line } of numbered) {
    if (record.length !== header!.record.length) {
      problems.push({
        file, line, severity: 'error', message: 'row has a different number of fields from the header; row skipped',
        got: `${record.length} fields`, expected: `${header!.record.length}, as in the header`,
      });
      continue;
    }
    const cells: RawRow['cells'] = {};
    columns.forEach((meaning, index) => {
      if (!meaning) return;
      const cell: RawCell = { value: record[index] ?? '', line, col: index + 1, header: header!.record[index]!.trim() };
      if (meaning.unit) cell.unit = meaning.unit;
      cells[meaning.field] = cell;
    });
    rows.push({ line, cells });
  }
  const distanceColumn = columns.find((meaning) => meaning?.field === 'distance');
  const distanceHeaderUnit = distanceColumn?.unit === 'mi' || distanceColumn?.unit === 'km' ? distanceColumn.unit : undefined;
  return distanceHeaderUnit ? { delimiter, rows, problems, source: 'log', distanceHeaderUnit } : { delimiter, rows, problems, source: 'log' };
}

function describeCsvError(error: { code?: string; message: string }): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field is never closed (a " is missing), so the rest of the file could not be read';
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return 'text follows a closing quote in a field';
  return `unreadable CSV row: ${error.message}`;
}

function mapHeader(header: string[], file: string, line: number, problems: InputProblem[], required: ('date' | 'distance')[]): (ColumnMeaning | undefined)[] {
  const seen = new Set<string>();
  const columns = header.map((name, index) => {
    const meaning = columnMeaning(name);
    if (!meaning) return undefined;
    if (seen.has(meaning.field)) {
      problems.push({ file, line, col: index + 1, severity: 'warning', message: `a second ${meaning.field} column; the first one is used`, got: JSON.stringify(name) });
      return undefined;
    }
    seen.add(meaning.field);
    return meaning;
  });
  for (const field of required) {
    if (!seen.has(field)) {
      throw new UserError({
        file, line, severity: 'error', message: `no ${field} column`,
        got: `columns ${header.map((name) => JSON.stringify(name)).join(', ')}`,
        expected: `one named ${acceptedHeaders(field).join(', ')} (any case, spaces and punctuation ignored)`,
      });
    }
  }
  return columns;
}
