// The one set of log-input options, registered the same way on every command that reads a
// log, and turned into the athlete pipeline's settings in one place.
import { Option, type Command } from 'commander';
import { parse as parseDate } from 'date-fns';
import { formatProblem, UserError } from '../model/errors.js';
import type { DistanceUnit, InputProblem } from '../model/log.js';
import type { CommandLineSettings, LogReading, PipelineSettings } from '../pipeline/athlete.js';
import type { Io } from './io.js';
import { isoDay, loadRuleBook } from './ruleBook.js';

export interface LogInputFlags {
  units?: DistanceUnit;
  dateFormat?: string;
  inputFormat?: 'csv' | 'yaml';
  strict?: boolean;
  tz?: string;
  pain?: string;
}

/** The reading options plus what the analysis needs: settings, period and baseline. */
export interface AnalysisFlags extends LogInputFlags {
  config?: string;
  asOf?: string;
  since?: string;
  until?: string;
  baselinePain?: number;
}

/**
 * How a log is read: every command that reads one. `diary: false` for commands that read many
 * logs at once (a pain diary belongs to one runner). `appending: true` for `add`, which writes
 * to the runner's own log: an app export's UTC times (--tz) and skipping bad rows (--strict)
 * mean nothing there.
 */
export function addLogInputOptions(command: Command, { diary = true, appending = false }: { diary?: boolean; appending?: boolean } = {}): Command {
  command
    .addOption(new Option('--units <unit>', 'distance unit of logs that do not say (header, unit column, YAML units:)').choices(['km', 'mi']))
    .option('--date-format <pattern>', 'date-fns pattern for non-ISO dates, e.g. dd/MM/yyyy or MM/dd/yyyy', checkDatePattern)
    .addOption(new Option('--input-format <format>', 'read as this format instead of guessing from the name or content').choices(['csv', 'yaml']));
  if (!appending) {
    command
      .option('--strict', 'treat any bad row as an error (exit 2) instead of skipping it')
      .option('--tz <zone>', 'time zone for exports that write UTC times (Strava), e.g. Europe/Berlin', checkTimeZone);
  }
  if (diary) command.option('--pain <file>', 'a pain diary (date, pain, pain_after, pain_next_day, notes) to join to the runs by date');
  return command;
}

/** The runner's settings: the config file and the baseline (every command that judges a log). */
export function addSettingsOptions(command: Command): Command {
  return command
    .option('--config <file>', 'rule and athlete settings (default: hipcheck.config.yaml here or in a parent folder)')
    .option('--baseline-pain <0-10>', 'your usual pain at rest (wins over the roster, the log and the config)', painScore('--baseline-pain'));
}

/** How a log is judged: every command that analyses one (analyze, batch, interview --log, plan). */
export function addAnalysisOptions(command: Command, options: { diary?: boolean } = {}): Command {
  return addSettingsOptions(addLogInputOptions(command, options))
    .option('--as-of <date>', 'judge the log as of this day (default: its last entry)', isoDay('--as-of'))
    .option('--since <date>', 'analyse entries from this day on', isoDay('--since'))
    .option('--until <date>', 'analyse entries up to this day', isoDay('--until'));
}

export function addFailOnOption(command: Command): Command {
  return command.addOption(new Option('--fail-on <level>', 'exit 1 when the status is at or above this level').choices(['red', 'amber', 'never']).default('red'));
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

export function painScore(flag: string) {
  return (value: string): number => {
    const score = Number(value);
    if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 10) {
      throw new UserError({ file: flag, severity: 'error', message: `${flag} needs a pain score`, got: JSON.stringify(value), expected: 'a number from 0 to 10' });
    }
    return score;
  };
}

/** The reading half of the flags, as the pipeline takes them. */
export function readingFrom(flags: LogInputFlags): LogReading {
  return {
    ...(flags.dateFormat ? { datePattern: flags.dateFormat } : {}),
    ...(flags.inputFormat ? { inputFormat: flags.inputFormat } : {}),
    ...(flags.tz ? { timeZone: flags.tz } : {}),
    ...(flags.pain ? { painDiary: flags.pain } : {}),
    ...(flags.strict ? { strict: true } : {}),
  };
}

export function commandLineFrom(flags: AnalysisFlags): CommandLineSettings {
  return {
    ...(flags.units ? { units: flags.units } : {}),
    ...(flags.baselinePain !== undefined ? { baselinePain: flags.baselinePain } : {}),
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
    ...(flags.since ? { since: flags.since } : {}),
    ...(flags.until ? { until: flags.until } : {}),
  };
}

/** Everything the athlete pipeline needs, from the flags, the config file and today. */
export async function pipelineSettingsFrom(flags: AnalysisFlags, io: Io): Promise<PipelineSettings> {
  const book = await loadRuleBook(io, flags.config);
  return { reading: readingFrom(flags), commandLine: commandLineFrom(flags), config: book.config, definitions: book.definitions, today: io.today! };
}

export function printProblems(io: Io, problems: InputProblem[], limit = Infinity): void {
  const shown = problems.slice(0, limit);
  for (const problem of shown) io.stderr.write(`${formatProblem(problem)}\n`);
  if (problems.length > shown.length) {
    io.stderr.write(`… and ${problems.length - shown.length} more problems (hipcheck validate lists them all)\n`);
  }
}
