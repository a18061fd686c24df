// --save: the interview appended to the runner's log as a dated pain record, through the
// log appender `hipcheck add` uses (src/logbook/append.ts): every existing byte and comment is
// kept, and the result is read back before anything is written.
import { appendRecords } from '../logbook/append.js';
import type { LogRecord } from '../logbook/record.js';
import type { ReadOptions } from '../ingest/read.js';
import { UserError } from '../model/errors.js';
import { readLog } from '../ingest/read.js';
import type { Answers } from './questions.js';
import type { Outcome } from './score.js';
import type { Verdict } from './verdict.js';

import { INTERVIEW_NOTE } from '../ingest/painNotes.js';

export interface SavedEntry {
  date: string;
  /** Pain now; undefined when the interview stopped before it was asked (never saved as 0). */
  pain: number | undefined;
  notes: string;
  /** The red flags answered yes, in the words `analyze` reads as those signs; empty when none. */
  redFlag: string;
}

/** `verdict`: the headline shown on the screen (with --log, the answers and the log judged together). */
export function interviewEntry(answers: Answers, outcome: Outcome, verdict: Pick<Verdict, 'headline'>, today: string): SavedEntry {
  // Answers in words ("nextMorning" → "next morning"), for whoever reads the log.
  const words = (value: string) => value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const list = (id: string) => (Array.isArray(answers[id]) ? (answers[id] as string[]).map(words).join('/') : '');
  const asked = (id: string) => (answers[id] === undefined ? '-' : words(String(answers[id])));
  // The scores run together ("2/4/2") so the reader never takes one for the day's pain: the pain
  // column holds pain now, and "morning after 4" alone would read as a next-morning score.
  const notes = [
    `${INTERVIEW_NOTE}: ${verdict.headline.toLowerCase().replace(/–/g, '-')}`,
    `pain now/last run/morning after: ${asked('painNow')}/${asked('painLastRun')}/${asked('painMorningAfter')}`,
    `where: ${list('where') || '-'}`, `feels: ${list('feels') || '-'}`, `on a run: ${asked('duringRun')}`, `after: ${asked('afterRun')}`, answers.selfTest === undefined ? 'self-test -' : `self-test ${outcome.selfTestScore}/6`,
  ].join('; ');
  return { date: today, pain: typeof answers.painNow === 'number' ? answers.painNow : undefined, notes, redFlag: outcome.redFlagDetails.map((flag) => flag.logAs).join('; ') };
}

export interface SaveOptions {
  /** The log's name, for messages and to tell CSV from YAML. */
  file: string;
  /** How the log is read (--units, --date-format, --input-format, --tz): the record is written to match. */
  reading?: ReadOptions;
}

/**
 * The new text, checked: the old entries plus exactly one pain record for the day, a rest-day entry
 * (in a CSV without a type column, a row of 0 distance, which reads back as one). Red flags go to
 * the red_flag column, else at the head of the note (the appender's rule, shared with `hipcheck add`).
 */
export function appendInterview(text: string, entry: SavedEntry, { file, reading }: SaveOptions): string {
  const notes = numberedNote(text, entry, file, reading);
  const record: LogRecord = { date: entry.date, distanceKm: 0, type: 'rest', ...(entry.pain === undefined ? {} : { pain: entry.pain }), notes, ...(entry.redFlag ? { redFlag: entry.redFlag } : {}) };
  // The summary note is a courtesy: a log without a notes column still gets the pain record.
  return appendRecords(text, [record], { file, purpose: 'save the interview', optional: ['notes'], redFlagInNotes: true, ...(reading ? { reading } : {}) }).text;
}

/**
 * A second interview on the same day is a record of its own ("hipcheck interview 2 of the day: …"),
 * never read as a duplicate of the first: the analysis reads the day's worst.
 */
function numberedNote(text: string, entry: SavedEntry, file: string, reading: ReadOptions | undefined): string {
  const earlier = readLog(file, text, reading ?? {}).entries.filter((logged) => logged.date === entry.date && logged.notes?.includes(INTERVIEW_NOTE)).length;
  return earlier === 0 ? entry.notes : entry.notes.replace(INTERVIEW_NOTE, `${INTERVIEW_NOTE} ${earlier + 1} of the day`);
}

export interface SaveCheck {
  /** Whether a red flag could be kept too (a red_flag or a notes column); the pain record always can. */
  redFlagFits: boolean;
}

/**
 * Before any question: whether this log can take the interview's record at all (throws the
 * appender's UserError when it cannot), and whether it could hold a red flag. Nothing is written.
 */
export function checkSaveable(text: string, today: string, options: SaveOptions): SaveCheck {
  const probe: SavedEntry = { date: today, pain: 0, notes: 'hipcheck interview', redFlag: '' };
  appendInterview(text, probe, options);
  try {
    appendInterview(text, { ...probe, redFlag: 'cannot bear weight' }, options);
    return { redFlagFits: true };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { redFlagFits: false };
  }
}
