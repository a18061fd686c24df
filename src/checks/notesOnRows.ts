// Every note the red-flag checks read: runs, rest days, diary days, and rows left out of the
// analysis for a bad or future date or a bad distance. A red flag is never lost with its row.
import type { Entry, UnusableRow } from '../model/log.js';
import { readNote, type NoteSign } from './noteReading.js';
import type { CheckContext } from './types.js';

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
  /** Set for a row that could not be used: why, and how it was dated. */
  unusable?: { reason: string; datedBy: string };
}

export function notesToRead(context: CheckContext): DatedNote[] {
  const notes: DatedNote[] = context.entries.filter((entry) => entry.notes).map((entry) => ({ date: entry.date, text: entry.notes!, line: entry.line }));
  for (const row of context.unusableRows) {
    const dated = dateOfUnusableRow(row, context);
    if (dated) notes.push({ date: dated.date, text: row.notes, line: row.line, unusable: { reason: row.reason, datedBy: dated.datedBy } });
  }
  return notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
}

/**
 * The row's own date when it is readable and not after the whole log; else (no date, or a date
 * after every entry and the as-of day, as a mistyped or future date is) the date of the nearest
 * readable entry in the file. Undefined when that falls outside the period analysed.
 */
function dateOfUnusableRow(row: UnusableRow, context: CheckContext): { date: string; datedBy: string } | undefined {
  const inPeriod = (date: string) => date >= context.firstDate && date <= context.asOf;
  const lastLogDate = context.logEntries.reduce((last, entry) => (entry.date > last ? entry.date : last), '');
  if (row.date !== undefined && (row.date <= context.asOf || row.date <= lastLogDate)) return inPeriod(row.date) ? { date: row.date, datedBy: 'by its own date' } : undefined;
  const nearest = nearestByLine(context.logEntries, row.line);
  if (!nearest || !inPeriod(nearest.date)) return undefined;
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
