// A pain diary (date, pain, pain_after, pain_next_day, notes) joined to the runs by date.
// A diary day with a run fills that run's missing pain scores; a day without one stays as a
// pain record (an entry of type rest), which the 24-hour and persistence rules read too.
import type { Entry, InputProblem, Log } from '../model/log.js';
import { isRunning } from '../model/log.js';

const PAIN_FIELDS = [['pain', 'pain'], ['painAfter', 'pain after'], ['painNextDay', 'next-day pain']] as const;

export function joinDiary(log: Log, diary: Log): Log {
  const problems: InputProblem[] = [...log.problems, ...diary.problems];
  const entries: Entry[] = log.entries.map((entry) => ({ ...entry }));
  for (const record of diary.entries) {
    const run = entries.find((entry) => entry.date === record.date && isRunning(entry));
    if (!run) {
      entries.push(record);
      continue;
    }
    for (const [field, words] of PAIN_FIELDS) {
      const fromDiary = record[field];
      if (fromDiary === undefined) continue;
      const fromLog = run[field];
      if (fromLog !== undefined && fromLog !== fromDiary) {
        problems.push({
          file: diary.source, line: record.line, severity: 'warning',
          message: `${record.date}: the diary's ${words} differs from the log's (line ${run.line} of ${log.source}); the diary is used`,
          got: `${fromDiary} in the diary, ${fromLog} in the log`,
        });
      }
      run[field] = fromDiary;
    }
    if (record.notes) run.notes = run.notes ? `${run.notes} — ${record.notes}` : record.notes;
    // A red flag or a clearance written in the diary belongs to that day's record too.
    if (record.redFlag) run.redFlag = run.redFlag ? `${run.redFlag}; ${record.redFlag}` : record.redFlag;
    if (record.cleared) run.cleared ??= record.cleared;
  }
  entries.sort((a, b) => (a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date < b.date ? -1 : 1));
  return {
    ...log, entries, problems,
    skippedRows: log.skippedRows + diary.skippedRows,
    droppedFields: log.droppedFields + diary.droppedFields,
    unusableRows: [...log.unusableRows, ...diary.unusableRows],
  };
}
