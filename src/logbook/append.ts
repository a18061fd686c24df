// Appends entries to a runner's own log as text added after its last byte, so every existing
// byte, comment and quirk is kept. `hipcheck add` and `interview --save` both write here.
// - CSV: the log's own columns (a value whose column the log lacks is refused, never dropped;
//   a rest day needs no type column: 0 distance and no time read as one),
//   delimiter, line endings, decimal commas, distance unit (header, unit column or setting) and
//   date pattern; cells quoted by csv-stringify.
// - YAML: an item written by the yaml library, with the keys the log's items already use,
//   indented like them, at the end of the runs list.
// The result is read again by the reader itself before anything is written: it must hold the
// old entries plus exactly the new ones, with the values given.
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type YAMLMap } from 'yaml';
import { columnMeaning, normaliseHeader, type Field } from '../ingest/columns.js';
import { detectDelimiter, QUOTE_NOT_CLOSED } from '../ingest/csv.js';
import { isGarminHeader } from '../ingest/presets/garmin.js';
import { isStravaHeader } from '../ingest/presets/strava.js';
import { formatOf, readLog, type ReadOptions } from '../ingest/read.js';
import { UserError } from '../model/errors.js';
import type { DistanceUnit, Entry, InputProblem, Log } from '../model/log.js';
import { csvRow } from '../util/csvField.js';
import { parseDistanceUnit } from '../util/units.js';
import { cellValue, RECORD_FIELDS, yamlValue, type LogRecord, type LogStyle } from './record.js';

export interface AppendOptions {
  /** The log's name, for messages and to tell CSV from YAML. */
  file: string;
  /** What the append is for, in messages: "add the entry", "save the interview". */
  purpose: string;
  /** How the log is read (units for logs that do not say, date pattern, input format). */
  reading?: ReadOptions;
  /**
   * Fields the entry can do without: left out where the log has no column for them, instead
   * of refusing the entry (the interview's summary note). Any other value is refused.
   */
  optional?: Field[];
  /**
   * A red flag for a CSV log without a red_flag column leads the note instead ("RED FLAG: …"),
   * where the red-flag check reads it; the note is then required. Without it, refused.
   */
  redFlagInNotes?: boolean;
}

export interface Appended {
  text: string;
  /** Warnings the reader gives for the new entries (a run over 100 km, …). */
  warnings: InputProblem[];
}

/** Column headers holding plain minutes rather than a clock. */
const MINUTE_HEADERS = new Set(['durationmin', 'timemin', 'movingtimemin', 'minutes']);

/** The log's text plus the records, checked by reading it back; throws UserError, nothing written. */
export function appendRecords(text: string, records: LogRecord[], options: AppendOptions): Appended {
  const reading = options.reading ?? {};
  const before = readLog(options.file, text, reading);
  const yaml = formatOf(options.file, text, reading.inputFormat) === 'yaml';
  if (!yaml) refuseAfterOpenQuote(before, options);
  const { next, written } = yaml ? { next: appendToYaml(text, records, before.units, options), written: records } : appendToCsv(text, records, before.units, options);
  return checkReadBack(text, next, written, before, options);
}

function refusal(options: AppendOptions, why: string, expected: string): UserError {
  return new UserError({ file: options.file, severity: 'error', message: `cannot ${options.purpose}: ${why}`, expected: `${expected} (nothing was written)` });
}

/**
 * A quote the log never closes swallows everything after it, the new entry included: refused
 * at the quote's line and column, before anything is written.
 */
function refuseAfterOpenQuote(log: Log, options: AppendOptions): void {
  const open = log.problems.find((problem) => problem.message.startsWith(QUOTE_NOT_CLOSED));
  if (!open) return;
  throw new UserError({
    file: options.file, ...(open.line !== undefined ? { line: open.line } : {}), ...(open.col !== undefined ? { col: open.col } : {}), severity: 'error',
    message: `cannot ${options.purpose}: ${QUOTE_NOT_CLOSED}, so a new line after it would be read as part of that field`,
    expected: 'a closing " at the end of the field, added in the log first (nothing was written)',
  });
}

/** "RED FLAG: …" at the head of the note: how a log without a red_flag column records one. */
export function noteWithRedFlag(redFlag: string, notes: string | undefined): string {
  return notes ? `RED FLAG: ${redFlag}. ${notes}` : `RED FLAG: ${redFlag}`;
}

function lineEndingOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** The new text after the old: on a line of its own even when the file does not end in one. */
function joined(text: string, added: string[], lineEnding: string): string {
  const separator = /[\r\n]$/.test(text) ? '' : lineEnding;
  return `${text}${separator}${added.map((line) => `${line}${lineEnding}`).join('')}`;
}

interface CsvLayout {
  delimiter: ',' | ';' | '\t';
  fields: (Field | undefined)[];
  style: LogStyle;
  /** The unit column's word on the last row ("miles"), repeated on the new rows. */
  unitWord?: string;
}

/** How the CSV log is laid out: its columns, and how its cells are written. */
function csvLayout(text: string, logUnits: DistanceUnit, options: AppendOptions): CsvLayout {
  const delimiter = extname(options.file).toLowerCase() === '.tsv' ? '\t' : detectDelimiter(text);
  // Rows the reader could not read are skipped here too: only the header and the last row's unit matter.
  const table = parseCsv(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true }) as string[][];
  const header = table[0] ?? [];
  if (isStravaHeader(header) || isGarminHeader(header)) {
    throw refusal(options, 'it is an app export, not your own log', 'your own log: hipcheck convert EXPORT --to csv -o my-log.csv, then add to my-log.csv');
  }
  const fields = header.map((name) => columnMeaning(name)?.field);
  const column = (field: Field) => fields.indexOf(field);
  const body = table.slice(1).filter((row) => row.some((cell) => cell.trim() !== ''));
  const unitWord = column('unit') >= 0 ? body.at(-1)?.[column('unit')]?.trim() || undefined : undefined;
  const headerUnit = columnMeaning(header[column('distance')] ?? '')?.unit;
  const units = (unitWord ? parseDistanceUnit(unitWord) : undefined) ?? (headerUnit === 'mi' || headerUnit === 'km' ? headerUnit : logUnits);
  const style: LogStyle = {
    units,
    decimalComma: delimiter !== ',' && body.some((row) => /^\s*\d+,\d+\s*$/.test(row[column('distance')] ?? '')),
    durationInMinutes: column('duration') >= 0 && MINUTE_HEADERS.has(normaliseHeader(header[column('duration')]!)),
    ...(options.reading?.datePattern ? { datePattern: options.reading.datePattern } : {}),
  };
  return { delimiter, fields, style, ...(unitWord ? { unitWord } : {}) };
}

/** A rest-day record the reader knows without a type: 0 distance and no time. */
const isImpliedRest = (record: LogRecord) => record.type === 'rest' && record.distanceKm === 0 && record.durationMin === undefined;

/** The new text, and the records as written (without the optional values the log has no column for). */
function appendToCsv(text: string, records: LogRecord[], logUnits: DistanceUnit, options: AppendOptions): { next: string; written: LogRecord[] } {
  const { delimiter, fields, style, unitWord } = csvLayout(text, logUnits, options);
  const written = records.map((record) => {
    const kept: LogRecord = { ...record };
    const flagInNotes = kept.redFlag !== undefined && !fields.includes('red_flag') && fields.includes('notes') && options.redFlagInNotes === true;
    if (flagInNotes) {
      kept.notes = noteWithRedFlag(kept.redFlag!, kept.notes);
      delete kept.redFlag;
    }
    for (const [field, key] of RECORD_FIELDS) {
      if (kept[key] === undefined || fields.includes(field)) continue;
      // Without a type column, a rest day is its 0 distance (the reader takes it so); the type
      // stays on the record, so the read-back checks the row reads as a rest day.
      if (field === 'type' && isImpliedRest(record) && fields.includes('distance')) continue;
      if (!options.optional?.includes(field)) {
        const or = field === 'red_flag' && options.redFlagInNotes ? ' or notes' : '';
        throw refusal(options, `the log has no ${field}${or} column`, `a ${field}${or} column in its header row (older rows can leave it empty), or the entry without that value`);
      }
      delete kept[key];
    }
    return kept;
  });
  const rows = written.map((record) => csvRow(fields.map((field) => {
    if (field === 'unit') return unitWord ?? style.units;
    return field ? cellValue(record, field, style) ?? '' : '';
  }), delimiter));
  return { next: joined(text, rows, lineEndingOf(text)), written };
}

/** The key the log's items use for each field (the latest item's wins), and any unit it names. */
function keysInUse(items: unknown[]): Map<Field, { key: string; unit?: string }> {
  const keys = new Map<Field, { key: string; unit?: string }>();
  for (const item of items) {
    if (!isMap(item)) continue;
    for (const pair of (item as YAMLMap).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const meaning = columnMeaning(key);
      if (meaning) keys.set(meaning.field, { key, ...(meaning.unit ? { unit: meaning.unit } : {}) });
    }
  }
  return keys;
}

function appendToYaml(text: string, records: LogRecord[], logUnits: DistanceUnit, options: AppendOptions): string {
  const doc = parseDocument(text);
  const root = doc.contents;
  const runs = isMap(root) ? root.get('runs', true) : root;
  const expected = 'a block list of runs at the end of the file';
  if (!isSeq(runs) || runs.flow) throw refusal(options, 'the runs are not a block list', expected);
  const end = runs.range?.[1] ?? text.length;
  if (text.slice(end).replace(/#.*$/gm, '').trim() !== '') throw refusal(options, 'the runs list is not the last thing in the file', expected);
  const firstItemStart = (runs.items[0] as { range?: [number, number, number] } | undefined)?.range?.[0] ?? runs.range![0];
  const lineStart = text.lastIndexOf('\n', firstItemStart - 1) + 1;
  const indent = /^(\s*)-/.exec(text.slice(lineStart))?.[1] ?? '  ';
  const keys = keysInUse(runs.items);
  const style: LogStyle = { units: yamlUnits(keys, logUnits), decimalComma: false, ...(options.reading?.datePattern ? { datePattern: options.reading.datePattern } : {}) };
  const lines = records.flatMap((record) => {
    const item: Record<string, string | number | Scalar> = {};
    for (const [field] of RECORD_FIELDS) {
      const value = yamlValue(record, field, style);
      if (value === undefined) continue;
      // A clock in quotes, as the logs write it: under YAML 1.1, a bare 30:00 would be 1800.
      item[keys.get(field)?.key ?? field] = field === 'duration' ? Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE }) : value;
    }
    // The item is written by the yaml library, then indented like the log's own items.
    return stringify([item], { lineWidth: 0 }).trimEnd().split('\n').map((line) => `${indent}${line}`);
  });
  return joined(text, lines, lineEndingOf(text));
}

/** A distance key that names its unit (`distance_mi`) wins over the log's units. */
function yamlUnits(keys: Map<Field, { key: string; unit?: string }>, logUnits: DistanceUnit): DistanceUnit {
  const unit = keys.get('distance')?.unit;
  return unit === 'mi' || unit === 'km' ? unit : logUnits;
}

/**
 * The unit a new entry's distance is written in, so a bare number the runner types ("8.2")
 * means what the log's own numbers mean. Throws UserError for a log that cannot be read.
 */
export function unitOfNewEntries(text: string, options: AppendOptions): DistanceUnit {
  const reading = options.reading ?? {};
  const log = readLog(options.file, text, reading);
  if (formatOf(options.file, text, reading.inputFormat) === 'csv') {
    refuseAfterOpenQuote(log, options);
    return csvLayout(text, log.units, options).style.units;
  }
  const logUnits = log.units;
  const runs = parseDocument(text).contents;
  const list = isMap(runs) ? runs.get('runs', true) : runs;
  return yamlUnits(keysInUse(isSeq(list) ? list.items : []), logUnits);
}

/** Physical lines in the old text: every line of the new entries comes after them. */
function lineCount(text: string): number {
  return text.split(/\r\n|\n|\r/).length - (/[\r\n]$/.test(text) ? 1 : 0);
}

function checkReadBack(oldText: string, next: string, records: LogRecord[], before: Log, options: AppendOptions): Appended {
  const after = readLog(options.file, next, options.reading ?? {});
  const oldLines = lineCount(oldText);
  const added = after.problems.filter((problem) => (problem.line ?? 0) > oldLines);
  const errors = added.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new UserError(errors.map((problem) => ({ ...problem, message: `cannot ${options.purpose}: the new entry would read as "${problem.message}" (nothing was written)` })));
  }
  const fresh = after.entries.filter((entry) => entry.line > oldLines).sort((a, b) => a.line - b.line);
  const allThere = after.entries.length === before.entries.length + records.length && fresh.length === records.length;
  if (!allThere || !records.every((record, index) => readsAs(fresh[index]!, record))) {
    throw refusal(options, 'the entry would not read back as written', 'a log the new entry can be added to');
  }
  return { text: next, warnings: added };
}

const close = (a: number | undefined, b: number | undefined, tolerance: number) => b === undefined || (a !== undefined && Math.abs(a - b) <= tolerance);
const same = (a: string | undefined, b: string | undefined) => b === undefined || a === b.trim();

/** The entry holds every value of the record (to the precision the log is written in). */
function readsAs(entry: Entry, record: LogRecord): boolean {
  return entry.date === record.date && same(entry.time, record.time)
    // 2 decimals of a mile are 16 m; a clock is written to the second.
    && close(entry.distanceKm, record.distanceKm, 0.02) && close(entry.durationMin, record.durationMin, 0.1)
    && (record.type === undefined || entry.type === record.type) && same(entry.terrain, record.terrain?.toLowerCase())
    && close(entry.pain, record.pain, 0.05) && close(entry.painAfter, record.painAfter, 0.05) && close(entry.painNextDay, record.painNextDay, 0.05)
    && same(entry.redFlag, record.redFlag) && same(entry.cleared, record.cleared) && same(entry.notes, record.notes);
}
