// Every note the red-flag checks read: runs, rest days, diary days, free text in columns
// hipcheck does not otherwise read, and rows left out of the analysis for any reason (a bad,
// future or out-of-range date, a bad distance, a row the file's layout broke). A red flag is
// never lost with its row.
import type { Entry, UnusableRow } from '../model/log.js';
import { readNote, type NoteSign } from './noteReading.js';
import type { CheckContext } from './types.js';
import { keepWhere } from '../util/arrays.js';

/** Signs per note text, per analysis: three checks read the same notes, each note is read once. */
const signCache = new WeakMap<CheckContext, Map<string, NoteSign[]>>();

export function signsIn(context: CheckContext, text: string): NoteSign[] {
  let cache = signCache.get(context);
  if (!cache) signCache.set(context, (cache = new Map()));
  let signs = cache.get(text);
  if (!signs) cache.set(text, (signs = readNote(text)));
  return signs;
}

export interface DatedNote {
  date: string;
  text: string;
  line: number;
  /** Set for free text in a column hipcheck does not read otherwise: its header. */
  column?: string;
  /** Set for a row that could not be used: why, and how it was dated. */
  unusable?: { reason: string; datedBy: string };
}

/**
 * Urgent red flags read the whole log up to as-of (they stand until cleared, whatever --since
 * says); see-a-clinician signs, which last 14 days, read the period analysed.
 */
export type NoteScope = 'whole log' | 'period';

export function notesToRead(context: CheckContext, scope: NoteScope): DatedNote[] {
  const entries = scope === 'whole log' ? keepWhere(context.logEntries, (entry) => entry.date <= context.asOf) : context.entries;
  const notes: DatedNote[] = [];
  for (const entry of entries) {
    if (entry.notes) notes.push({ date: entry.date, text: entry.notes, line: entry.line });
    for (const [column, text] of Object.entries(entry.otherText ?? {})) notes.push({ date: entry.date, text, line: entry.line, column });
  }
  for (const row of context.unusableRows) {
    const dated = dateOfUnusableRow(row, context, scope);
    if (dated) notes.push({ date: dated.date, text: row.notes, line: row.line, unusable: { reason: row.reason, datedBy: dated.datedBy } });
  }
  return notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
}

/**
 * A left-out row's own date when it is readable and on or before as-of; else, when it has no
 * readable date or a date after today (a mistyped or future date), the date of the nearest
 * readable entry in the file. Undefined when that falls outside what is read, or when the
 * row is simply later than an --as-of or --until day.
 */
function dateOfUnusableRow(row: UnusableRow, context: CheckContext, scope: NoteScope): { date: string; datedBy: string } | undefined {
  const inScope = (date: string) => date <= context.asOf && (scope === 'whole log' || date >= context.firstDate);
  if (row.date !== undefined && row.date <= context.asOf) return inScope(row.date) ? { date: row.date, datedBy: 'by its own date' } : undefined;
  // After as-of but not after today (or, with no today, the last entry): simply later than the period.
  const futureAfter = context.futureAfter ?? context.logEntries.reduce((last, entry) => (entry.date > last ? entry.date : last), '');
  if (row.date !== undefined && row.date <= futureAfter) return undefined;
  const nearest = nearestByLine(keepWhere(context.logEntries, (entry) => entry.date <= context.asOf), row.line);
  if (!nearest || !inScope(nearest.date)) return undefined;
  return { date: nearest.date, datedBy: `as the nearest readable entry, line ${nearest.line}` };
}

function nearestByLine(entries: Entry[], line: number): Entry | undefined {
  let best: Entry | undefined;
  for (const entry of entries) {
    const distance = Math.abs(entry.line - line);
    const bestDistance = best ? Math.abs(best.line - line) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && best && entry.line < best.line)) best = entry;
  }
  return best;
}
