// CSV/TSV reader: finds the delimiter, maps the header, and hands rows on with their
// physical line numbers. The header is read by hand so no column is silently dropped.
import { parse } from 'csv-parse/sync';
import { UserError } from '../model/errors.js';
import type { DistanceUnit, InputProblem, UnusableRow } from '../model/log.js';
import { garminRows, isGarminHeader } from './presets/garmin.js';
import { isStravaHeader, stravaRows } from './presets/strava.js';
import { acceptedHeaders, columnMeaning, type ColumnMeaning } from './columns.js';
import { columnLetter, isFreeText, type RawCell, type RawRow } from './rawRow.js';
import { parseRunDate } from './dates.js';
import { isRejection } from './values.js';

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  delimiter: Delimiter;
  rows: RawRow[];
  problems: InputProblem[];
  /** Unit named by the distance column's header (or found for an app export), if any. */
  distanceHeaderUnit?: 'km' | 'mi';
  /** A hand-kept log, or the app whose export this is. */
  source: 'log' | 'strava' | 'garmin';
  /** Rows lost before they could be read (runaway quotes, fields that do not line up). */
  skippedRows: number;
  /** The text of those rows, line by line, for the red-flag check. */
  unusableRows: UnusableRow[];
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
  info: { bytes: number };
}

interface NumberedRecord {
  record: string[];
  /** Physical line where the record starts, and where it ends (multi-line quoted notes). */
  line: number;
  endLine: number;
}

/**
 * Physical line of a byte offset. csv-parse counts a CRLF inside a quoted field as two
 * lines, so lines are found here from the byte offsets it reports (which are exact).
 */
function lineFinder(bytes: Buffer): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** First and last line of the text between two offsets, blank lines before it skipped. */
function spanOf(bytes: Buffer, from: number, to: number, lineAt: (offset: number) => number): { line: number; endLine: number } {
  let first = from;
  while (first < to && (bytes[first] === 0x0a || bytes[first] === 0x0d)) first += 1;
  let last = to - 1;
  while (last > first && (bytes[last] === 0x0a || bytes[last] === 0x0d)) last -= 1;
  return { line: lineAt(first), endLine: lineAt(Math.max(first, last)) };
}

export function readCsvTable(text: string, file: string, delimiter: Delimiter = detectDelimiter(text), units?: DistanceUnit, timeZone?: string, required: ('date' | 'distance')[] = ['date', 'distance']): CsvTable {
  const problems: InputProblem[] = [];
  const bytes = Buffer.from(text);
  const lineAt = lineFinder(bytes);
  const skipped: { code?: string; lines?: number; message: string }[] = [];
  const records = parse(bytes, {
    delimiter,
    info: true,
    bom: true,
    // Rows appended with LF to a CRLF file (or the reverse) are rows all the same.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { code?: string; message: string; lines?: number } | undefined) => {
      if (error) skipped.push({ ...error, message: describeCsvError(error) });
    },
  }) as unknown as ParsedRecord[];
  if (records.length === 0 && skipped.length === 0) throw new UserError({ file, severity: 'error', message: 'the file has no rows', expected: 'a header line and one row per run' });

  let previousEnd = 0;
  const numbered: NumberedRecord[] = [];
  for (const { record, info } of records) {
    const span = spanOf(bytes, previousEnd, info.bytes, lineAt) as NumberedRecord;
    span.record = record;
    numbered.push(span);
    previousEnd = info.bytes;
  }
  const header = numbered.shift();
  if (!header) throw new UserError({ file, line: 1, severity: 'error', message: skipped[0]!.message, expected: 'a header line and one row per run' });
  let skippedRows = 0;
  const unusableRows: UnusableRow[] = [];
  const physicalLines = text.split(/\r\n|\n|\r/);
  // A row the file's layout broke keeps its text: each of its lines is read for red flags.
  const keepLines = (from: number, to: number, reason: string) => {
    for (let line = from; line <= to; line++) {
      const lineText = (physicalLines[line - 1] ?? '').trim();
      if (isFreeText(lineText)) unusableRows.push({ line, notes: lineText, reason, ...leadingDate(lineText, delimiter) });
    }
  };
  const body: NumberedRecord[] = [];
  for (const numberedRecord of numbered) {
    const { record } = numberedRecord;
    // Blank lines, and the rows of empty cells spreadsheets write for them, are not rows.
    if (record.every((field) => field.trim() === '')) continue;
    const swallowed = swallowedRows(numberedRecord, delimiter);
    if (swallowed) {
      problems.push({ file, line: numberedRecord.line, col: swallowed.col, severity: 'error', message: `a quoted field opened here runs to line ${numberedRecord.endLine} and swallows ${swallowed.rows} row${swallowed.rows === 1 ? '' : 's'}; this row and those are skipped (close the quote, or remove it)`, expected: 'a closing " at the end of the field' });
      skippedRows += 1 + swallowed.rows;
      keepLines(numberedRecord.line, numberedRecord.endLine, 'a quoted field swallowed the rows after it');
      continue;
    }
    body.push(numberedRecord);
  }
  for (const error of skipped) {
    if (error.code !== 'CSV_QUOTE_NOT_CLOSED') {
      problems.push({ file, line: error.lines, severity: 'error', message: `${error.message}; row skipped` });
      skippedRows += 1;
      if (error.lines !== undefined) keepLines(error.lines, error.lines, 'the row could not be read as CSV');
      continue;
    }
    // The parser stops at the end of the file: the quote opened in the row after the last one read.
    const { line, endLine } = spanOf(bytes, previousEnd, bytes.length, lineAt);
    const lines = text.split(/\r\n|\n|\r/);
    const rows = lines.slice(line, endLine).filter((rest) => looksLikeRow(rest, delimiter)).length;
    const col = (lines[line - 1] ?? '').split(delimiter).findIndex((field) => field.trimStart().startsWith('"')) + 1;
    problems.push({
      file, line, ...(col > 0 ? { col } : {}), severity: 'error',
      message: `${error.message}: ${rows === 0 ? 'this row is skipped' : `this row and the ${rows} row${rows === 1 ? '' : 's'} after it (to line ${endLine}) are skipped`}`,
      expected: 'a closing " at the end of the field',
    });
    skippedRows += 1 + rows;
    keepLines(line, endLine, 'a quoted field is never closed');
  }
  // App exports are recognised by their header and read by their own rules.
  const names = header.record;
  if (isStravaHeader(names)) return { delimiter, rows: stravaRows(names, body, file, problems, timeZone), problems, source: 'strava', skippedRows, unusableRows };
  if (isGarminHeader(names)) {
    const garmin = garminRows(names, body, file, problems, units);
    return { delimiter, rows: garmin.rows, problems, source: 'garmin', distanceHeaderUnit: garmin.units, skippedRows, unusableRows };
  }

  const { columns, moreNotes, unknown } = mapHeader(names, file, header.line, problems, required);
  const notesLast = columns.at(-1)?.field === 'notes';
  const rows: RawRow[] = [];
  for (const { record, line } of body) {
    const fields = record.length === names.length ? { record } : fitToHeader(record, names.length, notesLast, delimiter);
    if (fields.message) {
      problems.push({ file, line, severity: fields.record ? 'warning' : 'error', message: fields.message, got: `${record.length} fields`, expected: `${names.length}, as in the header` });
    }
    if (!fields.record) {
      skippedRows += 1;
      keepLines(line, line, 'its fields do not line up with the header');
      continue;
    }
    const cells: RawRow['cells'] = {};
    columns.forEach((meaning, index) => {
      if (!meaning) return;
      const cell: RawCell = { value: fields.record![index] ?? '', line, col: index + 1, header: names[index]!.trim() };
      if (meaning.unit) cell.unit = meaning.unit;
      cells[meaning.field] = cell;
    });
    const row: RawRow = { line, cells };
    const cellAt = (index: number): RawCell => ({ value: fields.record![index] ?? '', line, col: index + 1, header: names[index]!.trim() });
    if (moreNotes.length > 0) row.moreNotes = moreNotes.map(cellAt);
    const other = unknown.map(cellAt).filter((cell) => isFreeText(cell.value));
    if (other.length > 0) row.otherText = other;
    rows.push(row);
  }
  // Free text in a column hipcheck does not know is not read as data: said once per column. It is
  // still read for red flags, so a "Symptoms" column with "can't bear weight" is never lost.
  for (const index of unknown) {
    if (!rows.some((row) => row.otherText?.some((cell) => cell.col === index + 1))) continue;
    problems.push({
      file, line: header.line, col: index + 1, severity: 'warning',
      message: `column ${columnLetter(index + 1)} (${JSON.stringify(names[index]!.trim())}) is not a column hipcheck reads; its text is still read for red flags`,
      expected: 'a known column name (notes, comments, symptoms … for free text)',
    });
  }
  const distanceColumn = columns.find((meaning) => meaning?.field === 'distance');
  const distanceHeaderUnit = distanceColumn?.unit === 'mi' || distanceColumn?.unit === 'km' ? distanceColumn.unit : undefined;
  const table: CsvTable = { delimiter, rows, problems, source: 'log', skippedRows, unusableRows };
  if (distanceHeaderUnit) table.distanceHeaderUnit = distanceHeaderUnit;
  return table;
}

/**
 * A row with fewer fields than the header is read with the missing last ones empty (some
 * spreadsheets drop trailing empty cells); extra empty fields are ignored; extra fields
 * after a last `notes` column are an unquoted comma in the note. Anything else cannot be
 * lined up with the header and skips the row.
 */
function fitToHeader(record: string[], width: number, notesLast: boolean, delimiter: Delimiter): { record?: string[]; message?: string } {
  if (record.length < width) {
    return { record, message: 'row has fewer fields than the header; the missing last ones are read as empty' };
  }
  const extra = record.slice(width);
  if (extra.every((field) => field.trim() === '')) return { record: record.slice(0, width) };
  if (notesLast) {
    return { record: [...record.slice(0, width - 1), record.slice(width - 1).join(delimiter)], message: 'row has more fields than the header; the extra ones are read as part of the notes (quote notes that contain a delimiter)' };
  }
  return { message: 'row has a different number of fields from the header; row skipped' };
}

/** A line that starts like a log row: a date in one of its first three fields. */
function looksLikeRow(line: string, delimiter: Delimiter): boolean {
  const fields = line.split(delimiter);
  return fields.length >= 2 && fields.slice(0, 3).some((field) => /^\s*"?(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b/.test(field));
}

/** A quoted field that ran over lines that look like rows: its quote was never meant to span them. */
function swallowedRows({ record }: NumberedRecord, delimiter: Delimiter): { col: number; rows: number } | undefined {
  for (const [index, field] of record.entries()) {
    if (!field.includes('\n') && !field.includes('\r')) continue;
    const rows = field.split(/\r\n|\n|\r/).slice(1).filter((line) => looksLikeRow(line, delimiter)).length;
    if (rows > 0) return { col: index + 1, rows };
  }
  return undefined;
}

/** A quote that runs to the end of the file: whatever is appended after it is read as part of it. */
export const QUOTE_NOT_CLOSED = 'a quoted field opened on this line is never closed (a " is missing)';

function describeCsvError(error: { code?: string; message: string }): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return QUOTE_NOT_CLOSED;
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return 'text follows a closing quote in a field';
  return `unreadable CSV row: ${error.message}`;
}

interface Header {
  columns: (ColumnMeaning | undefined)[];
  /** Indexes of note columns after the first. */
  moreNotes: number[];
  /** Indexes of columns hipcheck does not know (blank headers left out). */
  unknown: number[];
}

function mapHeader(header: string[], file: string, line: number, problems: InputProblem[], required: ('date' | 'distance')[]): Header {
  const seen = new Set<string>();
  const moreNotes: number[] = [];
  const unknown: number[] = [];
  const columns = header.map((name, index) => {
    const meaning = columnMeaning(name);
    if (!meaning) {
      if (name.trim() !== '') unknown.push(index);
      return undefined;
    }
    if (meaning.field === 'notes' && seen.has('notes')) {
      moreNotes.push(index);
      return undefined;
    }
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
  return { columns, moreNotes, unknown };
}

/** The date a broken row starts with, when one of its first fields is an ISO date. */
function leadingDate(lineText: string, delimiter: Delimiter): { date?: string } {
  for (const field of lineText.split(delimiter).slice(0, 3)) {
    const match = /^\s*"?(\d{4}-\d{2}-\d{2})/.exec(field);
    const day = match ? parseRunDate(match[1]!, undefined) : undefined;
    if (day && !isRejection(day)) return { date: day.date };
  }
  return {};
}
