// From text to a Log: pick the format, read rows, normalise them, drop duplicates.
import { extname } from 'node:path';
import type { DistanceUnit, Entry, InputProblem, Log, UnusableRow } from '../model/log.js';
import { readCsvTable, textHead } from './csv.js';
import { INIT_EXAMPLE_PROBLEM, isInitExample } from './initExample.js';
import { normaliseRow } from './normalise.js';
import type { RawRow } from './rawRow.js';
import { readYamlLog } from './yaml.js';
import { firstLine } from '../util/text.js';

export type InputFormat = 'csv' | 'yaml';

export interface ReadOptions {
  /** Overrides the format taken from the extension or sniffed from the content. */
  inputFormat?: InputFormat;
  /** Distance unit for logs that do not say (the `--units` flag or the config). */
  units?: DistanceUnit;
  /** A date-fns pattern for non-ISO dates. */
  datePattern?: string;
  /** IANA zone for exports that write UTC times (Strava): the run's day in that zone. */
  timeZone?: string;
  /** A pain diary: rows need no distance and are pain records, not runs. */
  diary?: boolean;
}

export const LOG_EXTENSIONS = ['.csv', '.tsv', '.yaml', '.yml'];

/** YAML starts with `---`, a `- ` list item or a `key:`; anything else is read as CSV. */
export function sniffFormat(text: string): InputFormat {
  const first = firstLine(text.startsWith('\uFEFF') ? text.slice(1) : text, (line) => line.trimStart().startsWith('#'));
  if (/^(---|-\s|-$)/.test(first.trimStart()) || /^[A-Za-z_][\w ]*:(\s|$)/.test(first)) return 'yaml';
  return 'csv';
}

export function formatOf(name: string, text: string, override?: InputFormat): InputFormat {
  if (override) return override;
  const extension = extname(name).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.csv' || extension === '.tsv') return 'csv';
  return sniffFormat(text);
}

/**
 * Throws UserError for file-level problems; row problems are collected in the Log. The log
 * comes as text, or as UTF-8 bytes already checked (readSourceBytes), which a CSV log is read
 * from without ever being one large string.
 */
export function readLog(name: string, input: string | Buffer, options: ReadOptions = {}): Log {
  const format = formatOf(name, typeof input === 'string' ? input : textHead(input), options.inputFormat);
  const entries = new EntryCollector(name, options);
  let problems: InputProblem[];
  let units: DistanceUnit;
  let athlete: Log['athlete'] = {};
  let skippedRows: number;
  let droppedFields = 0;
  let unusableRows: UnusableRow[];
  if (format === 'csv') {
    const table = readCsvTable(typeof input === 'string' ? Buffer.from(input) : input, name, {
      ...(extname(name).toLowerCase() === '.tsv' ? { delimiter: '\t' as const } : {}),
      ...(options.units ? { units: options.units } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      required: options.diary ? ['date'] : ['date', 'distance'],
    }, (layout) => entries.begin(layout.distanceHeaderUnit ?? options.units ?? 'km', layout.delimiter !== ','));
    ({ problems, skippedRows, unusableRows } = table);
    units = table.distanceHeaderUnit ?? options.units ?? 'km';
  } else {
    const yamlLog = readYamlLog(typeof input === 'string' ? input : input.toString('utf8'), name);
    ({ problems, athlete, skippedRows, droppedFields, unusableRows } = yamlLog);
    units = athlete.units ?? options.units ?? 'km';
    const take = entries.begin(units, false);
    for (const row of yamlLog.rows) take(row);
  }
  const read = entries.done();
  for (const problem of read.problems) problems.push(problem);
  // Stable: problems of one line keep the order they were found in.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    source: name, athlete, units, entries: read.entries, problems,
    skippedRows: skippedRows + read.skippedRows, droppedFields: droppedFields + read.droppedFields,
    // Rows the reader could not split come first in the file's terms; both lists are read for red flags.
    unusableRows: unusableRows.length === 0 ? read.unusableRows : [...unusableRows, ...read.unusableRows],
    ...(read.initExampleLines.length > 0 ? { initExampleLines: read.initExampleLines } : {}),
  };
}

/**
 * Turns rows into entries one at a time, as the reader hands them on. Strings that repeat
 * from row to row (terrain, shoes) are kept once: a log of a million runs holds a few
 * distinct values of each.
 */
class EntryCollector {
  private readonly entries: Entry[] = [];
  private readonly problems: InputProblem[] = [];
  private readonly unusableRows: UnusableRow[] = [];
  private readonly strings = new Map<string, string>();
  private readonly initExampleLines: number[] = [];
  private skippedRows = 0;
  private droppedFields = 0;

  constructor(private readonly file: string, private readonly options: ReadOptions) {}

  begin(units: DistanceUnit, decimalComma: boolean): (row: RawRow) => void {
    const { file, options } = this;
    const normaliseOptions = { file, defaultUnits: units, numberStyle: { decimalComma }, diary: options.diary === true, ...(options.datePattern ? { datePattern: options.datePattern } : {}) };
    return (row) => {
      const result = normaliseRow(row, normaliseOptions);
      for (const problem of result.problems) this.problems.push(problem);
      this.droppedFields += result.droppedFields;
      if (result.unusable) this.unusableRows.push(result.unusable);
      if (!result.entry) this.skippedRows += 1;
      else if (isInitExample(result.entry.notes)) {
        // The example `hipcheck init` wrote is not a run: left out, said once per line.
        this.problems.push({ file, line: row.line, severity: 'warning', message: INIT_EXAMPLE_PROBLEM });
        this.initExampleLines.push(row.line);
      } else this.entries.push(this.shared(result.entry));
    };
  }

  done(): { entries: Entry[]; problems: InputProblem[]; unusableRows: UnusableRow[]; skippedRows: number; droppedFields: number; initExampleLines: number[] } {
    const { entries } = this;
    // Stable sort: entries of one day keep the order the runner wrote them in. Times are
    // HH:mm, so plain comparison orders them.
    entries.sort((a, b) => (a.date === b.date ? compareText(a.time ?? '', b.time ?? '') : compareText(a.date, b.date)));
    const duplicates = dropDuplicates(entries, this.file);
    for (const problem of duplicates) this.problems.push(problem);
    return { entries, problems: this.problems, unusableRows: this.unusableRows, skippedRows: this.skippedRows + duplicates.length, droppedFields: this.droppedFields, initExampleLines: this.initExampleLines };
  }

  private shared(entry: Entry): Entry {
    // Days, times and types come shared already (src/ingest/dates.ts, normalise.ts).
    if (entry.terrain !== undefined) entry.terrain = this.once(entry.terrain);
    if (entry.shoes !== undefined) entry.shoes = this.once(entry.shoes);
    return entry;
  }

  private once(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Removes repeated entries from sorted entries, in place, and says which. Two entries are
 * the same run only when every field matches, so only entries of one day and time are compared.
 */
function dropDuplicates(entries: Entry[], file: string): InputProblem[] {
  const problems: InputProblem[] = [];
  let kept = 0;
  let groupStart = 0;
  let seen = new Map<string, number>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const groupFirst = entries[groupStart]!;
    if (entry.date !== groupFirst.date || entry.time !== groupFirst.time) {
      groupStart = index;
      if (seen.size > 0) seen = new Map();
    }
    // A lone entry of its day and time cannot be a duplicate: no key is built for it.
    const next = entries[index + 1];
    if (index === groupStart && (next === undefined || next.date !== entry.date || next.time !== entry.time)) {
      entries[kept++] = entry;
      continue;
    }
    const key = duplicateKey(entry);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ file, line: entry.line, severity: 'error', message: `duplicate of the entry on line ${earlier} (every field the same); row skipped` });
      continue;
    }
    seen.set(key, entry.line);
    entries[kept++] = entry;
  }
  entries.length = kept;
  return problems;
}

/** Every field of an entry but its line: compiling fails when Entry gains one not listed here. */
export const ENTRY_FIELDS = [
  'date', 'time', 'distanceKm', 'durationMin', 'paceMinPerKm', 'terrain', 'type', 'pain', 'painAfter', 'painNextDay',
  'painStart', 'painEnd', 'elevationGainM', 'cadenceSpm', 'effort', 'shoes', 'notes', 'redFlag', 'cleared', 'otherText',
] as const satisfies readonly (keyof Entry)[];
export const EVERY_FIELD_LISTED: Exclude<keyof Entry, (typeof ENTRY_FIELDS)[number] | 'line'> extends never ? true : never = true;

/**
 * Two entries are the same run only when every field in ENTRY_FIELDS matches: two runs on
 * one day (a morning and an evening commute of the same distance) are normal. Written out
 * field by field because this runs once per row of every log.
 */
export function duplicateKey(e: Entry): string {
  return `${e.date}\0${e.time}\0${e.distanceKm}\0${e.durationMin}\0${e.paceMinPerKm}\0${e.terrain}\0${e.type}\0${e.pain}\0${e.painAfter}\0${e.painNextDay}\0${e.painStart}\0${e.painEnd}\0${e.elevationGainM}\0${e.cadenceSpm}\0${e.effort}\0${e.shoes}\0${e.notes}\0${e.redFlag}\0${e.cleared}\0${e.otherText ? JSON.stringify(e.otherText) : ''}`;
}
