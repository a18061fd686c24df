// From text to a Log: pick the format, read rows, normalise them, drop duplicates.
import { extname } from 'node:path';
import type { DistanceUnit, Entry, InputProblem, Log, UnusableRow } from '../model/log.js';
import { readCsvTable } from './csv.js';
import { INIT_EXAMPLE_PROBLEM, isInitExample } from './initExample.js';
import { normaliseRow } from './normalise.js';
import type { RawRow } from './rawRow.js';
import { readYamlLog } from './yaml.js';

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
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '' && !line.trimStart().startsWith('#')) ?? '';
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

/** Throws UserError for file-level problems; row problems are collected in the Log. */
export function readLog(name: string, text: string, options: ReadOptions = {}): Log {
  const format = formatOf(name, text, options.inputFormat);
  let rows: RawRow[];
  let problems: InputProblem[];
  let units: DistanceUnit;
  let decimalComma = false;
  let athlete: Log['athlete'] = {};
  let skippedRows: number;
  let droppedFields = 0;
  const unusableRows: UnusableRow[] = [];
  if (format === 'csv') {
    const table = readCsvTable(text, name, extname(name).toLowerCase() === '.tsv' ? '\t' : undefined, options.units, options.timeZone, options.diary ? ['date'] : ['date', 'distance']);
    ({ rows, problems, skippedRows } = table);
    unusableRows.push(...table.unusableRows);
    decimalComma = table.delimiter !== ',';
    units = table.distanceHeaderUnit ?? options.units ?? 'km';
  } else {
    const yamlLog = readYamlLog(text, name);
    ({ rows, problems, athlete, skippedRows, droppedFields } = yamlLog);
    unusableRows.push(...yamlLog.unusableRows);
    units = athlete.units ?? options.units ?? 'km';
  }

  const entries: Entry[] = [];
  const normaliseOptions = { file: name, defaultUnits: units, numberStyle: { decimalComma }, diary: options.diary === true, ...(options.datePattern ? { datePattern: options.datePattern } : {}) };
  const seen = new Map<string, number>();
  const initExampleLines: number[] = [];
  for (const row of rows) {
    const result = normaliseRow(row, normaliseOptions);
    problems.push(...result.problems);
    droppedFields += result.droppedFields;
    if (result.unusable) unusableRows.push(result.unusable);
    if (!result.entry) {
      skippedRows += 1;
      continue;
    }
    if (isInitExample(result.entry.notes)) {
      problems.push({ file: name, line: row.line, severity: 'warning', message: INIT_EXAMPLE_PROBLEM });
      initExampleLines.push(row.line);
      continue;
    }
    const key = duplicateKey(result.entry);
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      problems.push({ file: name, line: row.line, severity: 'error', message: `duplicate of the entry on line ${firstLine} (every field the same); row skipped` });
      skippedRows += 1;
      continue;
    }
    seen.set(key, row.line);
    entries.push(result.entry);
  }
  // Stable sort: entries of one day keep the order the runner wrote them in.
  entries.sort((a, b) => (a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date < b.date ? -1 : 1));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { source: name, athlete, units, entries, problems, skippedRows, droppedFields, unusableRows, ...(initExampleLines.length > 0 ? { initExampleLines } : {}) };
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
