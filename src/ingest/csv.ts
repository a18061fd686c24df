// CSV/TSV reader: finds the delimiter, maps the header, and hands rows on with their
// physical line numbers. The header is read by hand so no column is silently dropped.
import { parse } from 'csv-parse/sync';
import { UserError } from '../model/errors.js';
import type { DistanceUnit, InputProblem, UnusableRow } from '../model/log.js';
import { garminRows, isGarminHeader } from './presets/garmin.js';
import { isStravaHeader, stravaRows } from './presets/strava.js';
import { acceptedHeaders, columnMeaning, type ColumnMeaning } from './columns.js';
import { columnLetter, isFreeText, type RawCell, type RawRow } from './rawRow.js';
import { firstLine } from '../util/text.js';
import { parseRunDate } from './dates.js';
import { isRejection } from './values.js';

export type Delimiter = ',' | ';' | '\t';

/** What the header says about the table, known before its first row is handed on. */
export interface CsvLayout {
  delimiter: Delimiter;
  /** Unit named by the distance column's header (or found for an app export), if any. */
  distanceHeaderUnit?: 'km' | 'mi';
  /** A hand-kept log, or the app whose export this is. */
  source: 'log' | 'strava' | 'garmin';
}

export interface CsvTable extends CsvLayout {
  problems: InputProblem[];
  /** Rows lost before they could be read (runaway quotes, fields that do not line up). */
  skippedRows: number;
  /** The text of those rows, line by line, for the red-flag check. */
  unusableRows: UnusableRow[];
}

export interface CsvOptions {
  delimiter?: Delimiter;
  units?: DistanceUnit;
  timeZone?: string;
  required?: ('date' | 'distance')[];
}

/** Takes each row as it is read; rows are never all held at once. */
export type RowSink = (row: RawRow) => void;

/** The delimiter that splits the header line into the most fields (quotes respected). */
export function detectDelimiter(text: string): Delimiter {
  const unquoted = firstLine(text).replace(/"[^"]*"/g, '');
  const counts: [Delimiter, number][] = [',', ';', '\t'].map((d) => [d as Delimiter, unquoted.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** The start of a file as text: enough to find its header line's delimiter or its format. */
export function textHead(bytes: Buffer): string {
  return bytes.subarray(0, 1 << 16).toString('utf8');
}

interface NumberedRecord {
  record: string[];
  /** Physical line where the record starts, and where it ends (multi-line quoted notes). */
  line: number;
  endLine: number;
  /** Byte offsets of the record's first character and just past its end. */
  start: number;
  end: number;
}

/**
 * Physical lines of byte offsets asked for in increasing order, counted as the reader goes.
 * csv-parse counts a CRLF inside a quoted field as two lines, so lines are found here from
 * the byte offsets it reports (which are exact).
 */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly bytes: Buffer) {}

  at(offset: number): number {
    const { bytes } = this;
    for (; this.offset < offset; this.offset++) {
      const byte = bytes[this.offset];
      if (byte === 0x0a || (byte === 0x0d && bytes[this.offset + 1] !== 0x0a)) this.line += 1;
    }
    return this.line;
  }

  /**
   * The text of lines `from` to `to`, found by reading on from `offset`, which lies in line
   * `offsetLine`. Used only for rows that could not be read, so the scan is rare.
   */
  texts(offset: number, offsetLine: number, from: number, to: number): string[] {
    const { bytes } = this;
    const found: string[] = [];
    let line = offsetLine;
    let start = offset;
    for (let index = offset; index <= bytes.length && line <= to; index++) {
      const byte = bytes[index];
      const end = index === bytes.length || byte === 0x0a || byte === 0x0d;
      if (!end) continue;
      if (line >= from) found.push(bytes.subarray(start, index).toString('utf8'));
      if (byte === 0x0d && bytes[index + 1] === 0x0a) index += 1;
      start = index + 1;
      line += 1;
    }
    return found;
  }

  /** First and last line of the text between two offsets, blank lines before it skipped. */
  span(from: number, to: number): { line: number; endLine: number; start: number } {
    const { bytes } = this;
    let first = from;
    while (first < to && (bytes[first] === 0x0a || bytes[first] === 0x0d)) first += 1;
    let last = to - 1;
    while (last > first && (bytes[last] === 0x0a || bytes[last] === 0x0d)) last -= 1;
    return { line: this.at(first), endLine: this.at(Math.max(first, last)), start: first };
  }
}

/**
 * Reads the table and hands each row to the sink `begin` returns once the header is known
 * (`begin` is not called when there is no row). Each csv-parse record becomes a row and is let
 * go at once, so memory follows the entries kept, not the file. App exports are read whole:
 * Garmin's units are guessed from all its paces.
 */
export function readCsvTable(bytes: Buffer, file: string, options: CsvOptions, begin: (layout: CsvLayout) => RowSink): CsvTable {
  const delimiter = options.delimiter ?? detectDelimiter(textHead(bytes));
  const required = options.required ?? ['date', 'distance'];
  const problems: InputProblem[] = [];
  const lines = new LineCounter(bytes);
  const skipped: { code?: string; lines?: number; message: string; after: { offset: number; line: number } }[] = [];
  let skippedRows = 0;
  const unusableRows: UnusableRow[] = [];
  // A row the file's layout broke keeps its text: each of its lines is read for red flags.
  // A line that starts with no date continues the row above it (a note over several lines), so
  // it takes that row's date.
  const keepLines = (texts: string[], from: number, reason: string) => {
    let rowDate: { date?: string } = {};
    texts.forEach((text, index) => {
      const lineText = text.trim();
      const own = leadingDate(lineText, delimiter);
      if (own.date) rowDate = own;
      if (isFreeText(lineText)) unusableRows.push({ line: from + index, notes: lineText, reason, ...rowDate });
    });
  };
  // Columns hipcheck does not know in which some row had free text: said once each, at the end.
  const unknownWithText = new Set<number>();
  let unknownNames: string[] = [];
  let layout: CsvLayout | undefined;
  let header: NumberedRecord | undefined;
  let takeRecord: ((numbered: NumberedRecord) => void) | undefined;
  let appRecords: NumberedRecord[] | undefined;
  let previousEnd = 0;

  const takeHeader = (numbered: NumberedRecord) => {
    header = numbered;
    const names = numbered.record;
    if (isStravaHeader(names) || isGarminHeader(names)) {
      appRecords = [];
      takeRecord = (record) => appRecords!.push(record);
      return;
    }
    const { columns, moreNotes, unknown } = mapHeader(names, file, numbered.line, problems, required);
    unknownNames = names;
    const distanceColumn = columns.find((meaning) => meaning?.field === 'distance');
    layout = { delimiter, source: 'log' };
    if (distanceColumn?.unit === 'mi' || distanceColumn?.unit === 'km') layout.distanceHeaderUnit = distanceColumn.unit;
    const sink = begin(layout);
    const notesLast = columns.at(-1)?.field === 'notes';
    const headers = names.map((name) => name.trim());
    takeRecord = ({ record, line, endLine, start }) => {
      const fields = record.length === names.length ? { record } : fitToHeader(record, names.length, notesLast, delimiter);
      if (fields.message) {
        problems.push({ file, line, severity: fields.record ? 'warning' : 'error', message: fields.message, got: `${record.length} fields`, expected: `${names.length}, as in the header` });
      }
      if (!fields.record) {
        skippedRows += 1;
        // Every line of it: a quoted note may run over several, and a red flag may be on any.
        keepLines(lines.texts(start, line, line, endLine), line, 'its fields do not line up with the header');
        return;
      }
      const row = rowOf(fields.record, line, columns, headers);
      const cellAt = (index: number): RawCell => ({ value: fields.record![index] ?? '', line, col: index + 1, header: headers[index]! });
      if (moreNotes.length > 0) row.moreNotes = moreNotes.map(cellAt);
      const other = unknown.map(cellAt).filter((cell) => isFreeText(cell.value));
      if (other.length > 0) {
        row.otherText = other;
        for (const cell of other) unknownWithText.add(cell.col - 1);
      }
      sink(row);
    };
  };

  const takeParsed = (record: string[], endOffset: number) => {
    const span = lines.span(previousEnd, endOffset);
    previousEnd = endOffset;
    const numbered: NumberedRecord = { record, line: span.line, endLine: span.endLine, start: span.start, end: endOffset };
    if (!takeRecord) return takeHeader(numbered);
    // Blank lines, and the rows of empty cells spreadsheets write for them, are not rows.
    if (record.every((field) => field.trim() === '')) return;
    const swallowed = swallowedRows(numbered, delimiter);
    if (swallowed) {
      problems.push({ file, line: numbered.line, col: swallowed.col, severity: 'error', message: `a quoted field opened here runs to line ${numbered.endLine} and swallows ${swallowed.rows} row${swallowed.rows === 1 ? '' : 's'}; this row and those are skipped (close the quote, or remove it)`, expected: 'a closing " at the end of the field' });
      skippedRows += 1 + swallowed.rows;
      keepLines(lines.texts(numbered.start, numbered.line, numbered.line, numbered.endLine), numbered.line, 'a quoted field swallowed the rows after it');
      return;
    }
    takeRecord(numbered);
  };

  parse(bytes, {
    delimiter,
    bom: true,
    // Rows appended with LF to a CRLF file (or the reverse) are rows all the same.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { code?: string; message: string; lines?: number } | undefined) => {
      if (error) skipped.push({ ...error, message: describeCsvError(error), after: { offset: previousEnd, line: lines.at(previousEnd) } });
    },
    // Each record is taken as it is parsed; returning null keeps the parser from collecting it.
    on_record: (record: string[], info: { bytes: number }) => {
      takeParsed(record, info.bytes);
      return null;
    },
  });
  if (!header && skipped.length === 0) throw new UserError({ file, severity: 'error', message: 'the file has no rows', expected: 'a header line and one row per run' });
  if (!header) throw new UserError({ file, line: 1, severity: 'error', message: skipped[0]!.message, expected: 'a header line and one row per run' });
  for (const error of skipped) {
    if (error.code !== 'CSV_QUOTE_NOT_CLOSED') {
      problems.push({ file, line: error.lines, severity: 'error', message: `${error.message}; row skipped` });
      skippedRows += 1;
      if (error.lines !== undefined) keepLines(lines.texts(error.after.offset, error.after.line, error.lines, error.lines), error.lines, 'the row could not be read as CSV');
      continue;
    }
    // The parser stops at the end of the file: the quote opened in the row after the last one read.
    const { line, endLine, start } = lines.span(previousEnd, bytes.length);
    const rest = lines.texts(start, line, line, endLine);
    const rows = rest.slice(1, endLine - line + 1).filter((following) => looksLikeRow(following, delimiter)).length;
    const col = rest[0]!.split(delimiter).findIndex((field) => field.trimStart().startsWith('"')) + 1;
    problems.push({
      file, line, ...(col > 0 ? { col } : {}), severity: 'error',
      message: `${error.message}: ${rows === 0 ? 'this row is skipped' : `this row and the ${rows} row${rows === 1 ? '' : 's'} after it (to line ${endLine}) are skipped`}`,
      expected: 'a closing " at the end of the field',
    });
    skippedRows += 1 + rows;
    keepLines(rest, line, 'a quoted field is never closed');
  }
  if (appRecords) return { ...readAppExport(header.record, appRecords, file, problems, options, delimiter, begin), problems, skippedRows, unusableRows };
  // Free text in a column hipcheck does not know is not read as data: said once per column. It is
  // still read for red flags, so a "Symptoms" column with "can't bear weight" is never lost.
  for (const index of [...unknownWithText].sort((a, b) => a - b)) {
    problems.push({
      file, line: header.line, col: index + 1, severity: 'warning',
      message: `column ${columnLetter(index + 1)} (${JSON.stringify(unknownNames[index]!.trim())}) is not a column hipcheck reads; its text is still read for red flags`,
      expected: 'a known column name (notes, comments, symptoms … for free text)',
    });
  }
  return { ...layout!, problems, skippedRows, unusableRows };
}

/** One row's cells, each with its place for messages. */
function rowOf(record: string[], line: number, columns: (ColumnMeaning | undefined)[], headers: string[]): RawRow {
  const cells: RawRow['cells'] = {};
  for (let index = 0; index < columns.length; index++) {
    const meaning = columns[index];
    if (!meaning) continue;
    const cell: RawCell = { value: record[index] ?? '', line, col: index + 1, header: headers[index]! };
    if (meaning.unit) cell.unit = meaning.unit;
    cells[meaning.field] = cell;
  }
  return { line, cells };
}

/** A Strava or Garmin export, recognised by its header and read by its own rules. */
function readAppExport(names: string[], records: NumberedRecord[], file: string, problems: InputProblem[], options: CsvOptions, delimiter: Delimiter, begin: (layout: CsvLayout) => RowSink): CsvLayout {
  let layout: CsvLayout;
  let rows: RawRow[];
  if (isStravaHeader(names)) {
    layout = { delimiter, source: 'strava' };
    rows = stravaRows(names, records, file, problems, options.timeZone);
  } else {
    const garmin = garminRows(names, records, file, problems, options.units);
    layout = { delimiter, source: 'garmin', distanceHeaderUnit: garmin.units };
    rows = garmin.rows;
  }
  const sink = begin(layout);
  for (const row of rows) sink(row);
  return layout;
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
