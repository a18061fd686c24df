// --save: the interview appended to the runner's log as a dated pain record, as text added
// after the last byte, so every existing byte and comment is kept. The result is parsed
// again before anything is written.
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import { detectDelimiter } from '../ingest/csv.js';
import { columnMeaning, type Field } from '../ingest/columns.js';
import { readLog } from '../ingest/read.js';
import { csvRow } from '../util/csvField.js';
import { UserError } from '../model/errors.js';
import type { Answers } from './questions.js';
import type { Outcome } from './score.js';

export interface SavedEntry {
  date: string;
  pain: number;
  notes: string;
  /** The red flags answered yes, in the words `analyze` reads as those signs; empty when none. */
  redFlag: string;
}

export function interviewEntry(answers: Answers, outcome: Outcome, today: string): SavedEntry {
  const list = (id: string) => (Array.isArray(answers[id]) ? (answers[id] as string[]).join('/') : '');
  const asked = (id: string) => (answers[id] === undefined ? '-' : String(answers[id]));
  // Scores are written without "/10": a bare "8/10" in a note reads as intense pain.
  const notes = [
    `hipcheck interview: ${outcome.load === 'stop' ? 'stop running' : outcome.load === 'cut' ? 'cut back 30-50%' : 'keep running'}`,
    `pain now ${asked('painNow')}, last run ${asked('painLastRun')}, morning after ${asked('painMorningAfter')}`,
    `where: ${list('where') || '-'}`, `feels: ${list('feels') || '-'}`, `on a run: ${asked('duringRun')}`, `after: ${asked('afterRun')}`, `self-test ${outcome.selfTestScore}/6`,
  ].join('; ');
  return { date: today, pain: Number(answers.painNow ?? 0), notes, redFlag: outcome.redFlagDetails.map((flag) => flag.logAs).join('; ') };
}

/** With no red_flag column (or in YAML), the red flags lead the note, so `analyze` reads them there. */
const noteWithRedFlag = (entry: SavedEntry) => (entry.redFlag ? `RED FLAG: ${entry.redFlag}. ${entry.notes}` : entry.notes);

export function appendToCsv(text: string, entry: SavedEntry, file: string): string {
  const delimiter = detectDelimiter(text);
  const lineEnding = text.includes('\r\n') ? '\r\n' : '\n';
  const header = (parseCsv(text, { delimiter, bom: true, to_line: 1, relax_column_count: true, relax_quotes: true }) as string[][])[0] ?? [];
  const fields = header.map((name) => columnMeaning(name)?.field);
  if (!fields.includes('type')) {
    throw new UserError({ file, severity: 'error', message: 'cannot save the interview: the log has no type column', expected: 'a type column, so the entry can be a rest-day pain record (nothing was written)' });
  }
  const hasRedFlagColumn = fields.includes('red_flag');
  const notes = hasRedFlagColumn ? entry.notes : noteWithRedFlag(entry);
  const values: Partial<Record<Field, string>> = { date: entry.date, distance: '0', type: 'rest', pain: String(entry.pain), notes, ...(hasRedFlagColumn ? { red_flag: entry.redFlag } : {}) };
  const row = csvRow(fields.map((field) => (field ? values[field] ?? '' : '')), delimiter);
  const separator = text.endsWith('\n') ? '' : lineEnding;
  return `${text}${separator}${row}${lineEnding}`;
}

export function appendToYaml(text: string, entry: SavedEntry, file: string): string {
  const doc = parseDocument(text);
  const root = doc.contents;
  const runs = isMap(root) ? root.get('runs', true) : root;
  const refuse = (why: string) => {
    throw new UserError({ file, severity: 'error', message: `cannot save the interview: ${why}`, expected: 'a block list of runs at the end of the file (nothing was written)' });
  };
  if (!isSeq(runs) || runs.flow) return refuse('the runs are not a block list');
  const end = runs.range?.[1] ?? text.length;
  if (text.slice(end).replace(/#.*$/gm, '').trim() !== '') return refuse('the runs list is not the last thing in the file');
  const firstItemStart = runs.items[0] ? (runs.items[0] as { range?: [number, number, number] }).range?.[0] ?? runs.range![0] : runs.range![0];
  const lineStart = text.lastIndexOf('\n', firstItemStart - 1) + 1;
  const indent = /^(\s*)-/.exec(text.slice(lineStart))?.[1] ?? '  ';
  const lineEnding = text.includes('\r\n') ? '\r\n' : '\n';
  // The item is written by the yaml library, then indented like the log's own items.
  const item = stringify([{ date: entry.date, distance: 0, type: 'rest', pain: entry.pain, notes: noteWithRedFlag(entry) }], { lineWidth: 0 })
    .trimEnd().split('\n').map((line) => `${indent}${line}`).join(lineEnding);
  const separator = text.endsWith('\n') ? '' : lineEnding;
  return `${text}${separator}${item}${lineEnding}`;
}

/** The new text, checked: the old entries plus exactly one pain record for the day. */
export function appendInterview(text: string, entry: SavedEntry, file: string): string {
  const isYaml = /\.ya?ml$/i.test(file);
  const next = isYaml ? appendToYaml(text, entry, file) : appendToCsv(text, entry, file);
  const before = readLog(file, text).entries.length;
  const after = readLog(file, next).entries;
  if (after.length !== before + 1 || !after.some((e) => e.date === entry.date && e.type === 'rest' && e.pain === entry.pain)) {
    throw new UserError({ file, severity: 'error', message: 'cannot save the interview: the entry would not read back as expected (nothing was written)' });
  }
  return next;
}
