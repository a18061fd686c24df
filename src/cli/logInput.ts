// Options and loading shared by every command that reads logs.
import { Option, type Command } from 'commander';
import { parse as parseDate } from 'date-fns';
import { formatProblem } from '../model/errors.js';
import type { InputProblem, Log } from '../model/log.js';
import { readLog, type ReadOptions } from '../ingest/read.js';
import { readSource } from '../ingest/source.js';
import { joinDiary } from '../ingest/diary.js';
import { UserError } from '../model/errors.js';
import type { Io } from './io.js';

export interface LogInputFlags {
  units?: 'km' | 'mi';
  dateFormat?: string;
  inputFormat?: 'csv' | 'yaml';
  strict?: boolean;
  tz?: string;
  pain?: string;
}

export function addLogInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--units <unit>', 'distance unit of logs that do not say (header, unit column, YAML units:)').choices(['km', 'mi']))
    .option('--date-format <pattern>', 'date-fns pattern for non-ISO dates, e.g. dd/MM/yyyy or MM/dd/yyyy', checkDatePattern)
    .addOption(new Option('--input-format <format>', 'read as this format instead of guessing from the name or content').choices(['csv', 'yaml']))
    .option('--strict', 'treat any bad row as an error (exit 2) instead of skipping it')
    .option('--tz <zone>', 'time zone for exports that write UTC times (Strava), e.g. Europe/Berlin', checkTimeZone);
}

/** --pain: for commands that read one runner's log. */
export function addPainDiaryOption(command: Command): Command {
  return command.option('--pain <file>', 'a pain diary (date, pain, pain_after, pain_next_day, notes) to join to the runs by date');
}

/** A date-fns pattern that date-fns accepts and that names the day, the month and the year. */
function checkDatePattern(pattern: string): string {
  const problem = (why: string) => new UserError({ file: '--date-format', severity: 'error', message: `not a usable date pattern: ${why}`, got: JSON.stringify(pattern), expected: 'a date-fns pattern with day, month and year, e.g. dd/MM/yyyy, MM/dd/yyyy or d MMM yyyy' });
  const tokens = pattern.replace(/'[^']*'/g, '');
  // date-fns prints a warning of its own for these before refusing them; say it once, plainly.
  if (/Y|D/.test(tokens)) throw problem('use yyyy for the year and dd for the day (YYYY is the week-numbering year, DD the day of the year)');
  try {
    parseDate('2025-01-01', pattern, new Date(2000, 0, 1));
  } catch (error) {
    throw problem((error as Error).message.replace(/ to the input `[^`]*`/, '').replace(/; see: \S+$/, ''));
  }
  if (!/y/.test(tokens) || !/[ML]/.test(tokens) || !/d/.test(tokens)) throw problem('it needs the day (d), the month (M) and the year (y)');
  return pattern;
}

function checkTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    throw new UserError({ file: '--tz', severity: 'error', message: 'unknown time zone', got: JSON.stringify(zone), expected: 'an IANA zone such as Europe/London or America/New_York' });
  }
}

export function readOptionsFrom(flags: LogInputFlags, defaults: Pick<ReadOptions, 'units'> = {}): ReadOptions {
  const options: ReadOptions = {};
  const units = flags.units ?? defaults.units;
  if (units) options.units = units;
  if (flags.dateFormat) options.datePattern = flags.dateFormat;
  if (flags.inputFormat) options.inputFormat = flags.inputFormat;
  if (flags.tz) options.timeZone = flags.tz;
  return options;
}

export async function loadLog(path: string, io: Io, options: ReadOptions, diaryPath?: string): Promise<Log> {
  const source = await readSource(path, io.stdin);
  const log = readLog(source.name, source.text, options);
  if (!diaryPath) return log;
  const diarySource = await readSource(diaryPath, io.stdin);
  return joinDiary(log, readLog(diarySource.name, diarySource.text, { ...options, diary: true }));
}

/** Entries dated after the as-of day are probably typos: warn, never drop silently. */
export function futureEntryProblems(log: Log, asOf: string): InputProblem[] {
  return log.entries
    .filter((entry) => entry.date > asOf)
    .map((entry) => ({ file: log.source, line: entry.line, severity: 'warning' as const, message: `dated after ${asOf}`, got: entry.date }));
}

export function printProblems(io: Io, problems: InputProblem[], limit = Infinity): void {
  const shown = problems.slice(0, limit);
  for (const problem of shown) io.stderr.write(`${formatProblem(problem)}\n`);
  if (problems.length > shown.length) {
    io.stderr.write(`… and ${problems.length - shown.length} more problems (hipcheck validate lists them all)\n`);
  }
}
