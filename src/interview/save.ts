// --save: the interview appended to the runner's log as a dated pain record, through the
// log appender `hipcheck add` uses (src/logbook/append.ts): every existing byte and comment is
// kept, and the result is read back before anything is written.
import { appendRecords } from '../logbook/append.js';
import type { LogRecord } from '../logbook/record.js';
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

/**
 * The new text, checked: the old entries plus exactly one pain record for the day (a rest
 * entry). Red flags go to the red_flag column, else at the head of the note (the appender's
 * rule, shared with `hipcheck add`).
 */
export function appendInterview(text: string, entry: SavedEntry, file: string): string {
  const record: LogRecord = { date: entry.date, distanceKm: 0, type: 'rest', pain: entry.pain, notes: entry.notes, ...(entry.redFlag ? { redFlag: entry.redFlag } : {}) };
  // The summary note is a courtesy: a log without a notes column still gets the pain record.
  return appendRecords(text, [record], { file, purpose: 'save the interview', optional: ['notes'], redFlagInNotes: true }).text;
}
