// One athlete job → Report. Reads the log with the log-input settings, settles which setting
// wins once, analyses, and hands back every row problem. `analyze`, the batch workers and
// `interview --log` all call judgeAthlete; nothing else reads a log for analysis.
import type { Readable } from 'node:stream';
import { readLog, type ReadOptions } from '../ingest/read.js';
import { readSourceBytes, type SourceBytes } from '../ingest/source.js';
import { joinDiary } from '../ingest/diary.js';
import { NoEntriesError, UserError } from '../model/errors.js';
import type { InputProblem, Log } from '../model/log.js';
import { STALE_AFTER_DAYS, type Freshness, type Report } from '../model/report.js';
import { daysBetween } from '../analysis/calendar.js';
import { applyConfig, type Config } from '../rulebook/config.js';
import type { RuleDefinition, RuleSet } from '../rulebook/types.js';
import { analyze, entriesAfterProblems } from './analyze.js';
import { readNote } from '../checks/noteReading.js';
import { settleAthlete, type CommandLineSettings, type RosterEntry } from './precedence.js';

export type { CommandLineSettings, RosterEntry };

/** How to read a log: the command line's reading options (the units fallback is settled later). */
export interface LogReading extends Omit<ReadOptions, 'units' | 'diary'> {
  /** --pain: a pain diary joined to the runs by date. */
  painDiary?: string;
  /** --strict: a log with any bad row is an error, not a report. */
  strict?: boolean;
}

export interface PipelineSettings {
  reading: LogReading;
  commandLine: CommandLineSettings;
  /** The config file's settings (EMPTY_CONFIG when there is none). */
  config: Config;
  definitions: RuleDefinition[];
  /** Today, YYYY-MM-DD (the CLI's clock or HIPCHECK_TODAY). */
  today: string;
}

export interface AthleteJob {
  /** A log path, or `-` for stdin. */
  path: string;
  roster?: RosterEntry;
  /** The name to show when neither roster nor log gives one (default: the file name). */
  fallbackName?: string;
  /** The log already read (batch hashes the very bytes it analyses); else it is read from `path`. */
  source?: SourceBytes;
}

export interface AthleteResult {
  report: Report;
  /** Every row problem and warning met while reading, in file order. */
  problems: InputProblem[];
  /** The log as analysed, with the athlete settings that won (name, units, baseline pain). */
  log: Log;
}

/** The day staleness is measured against: --as-of, else the end of an --until period, else today. */
function referenceDayOf(commandLine: CommandLineSettings, asOf: string, today: string): string {
  return commandLine.asOf ?? (commandLine.until ? asOf : today);
}

/** Silence never clears a status: a log whose last entry is 14+ days behind is stale. */
function freshnessOf(log: Log, asOf: string, referenceDay: string): Freshness {
  const lastEntry = log.entries.findLast((entry) => entry.date <= asOf)?.date ?? asOf;
  const daysBehind = Math.max(0, daysBetween(lastEntry, referenceDay));
  return { lastEntry, referenceDay, daysBehind, stale: daysBehind >= STALE_AFTER_DAYS };
}

/** Reads one athlete's log as the command line, roster and config say; throws UserError. */
export async function readAthleteLog(job: AthleteJob, settings: Pick<PipelineSettings, 'reading' | 'commandLine' | 'config'>, stdin: Readable): Promise<Log> {
  const { painDiary, strict: _strict, ...reading } = settings.reading;
  const units = settings.commandLine.units ?? job.roster?.units ?? settings.config.athlete.units;
  const options: ReadOptions = { ...reading, ...(units ? { units } : {}) };
  const source = job.source ?? await readSourceBytes(job.path, stdin);
  const log = readLog(source.name, source.bytes, options);
  if (!painDiary) return log;
  const diary = await readSourceBytes(painDiary, stdin);
  return joinDiary(log, readLog(diary.name, diary.bytes, { ...options, diary: true }));
}

export async function judgeAthlete(job: AthleteJob, settings: PipelineSettings, stdin: Readable): Promise<AthleteResult> {
  const log = await readAthleteLog(job, settings, stdin);
  if (settings.reading.strict && log.skippedRows > 0) throw strictError(log);
  const athlete = settleAthlete(settings.commandLine, job.roster, log.athlete, settings.config);
  const { asOf, since, until } = settings.commandLine;
  const settled: Log = { ...log, athlete: { ...log.athlete, ...athlete.logAthlete } };
  const ruleSet = applyConfig(settings.definitions, { athlete: settings.config.athlete, rules: athlete.rules });
  const report = analyzeOrExplain(log, () => analyze(settled, ruleSet, {
    ...(asOf ? { asOf } : {}),
    today: settings.today,
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(job.fallbackName ? { fallbackName: job.fallbackName } : {}),
  }));
  report.freshness = freshnessOf(log, report.asOf, referenceDayOf(settings.commandLine, report.asOf, settings.today));
  const notice = baselineNotice(settings, job.roster, log, ruleSet);
  if (notice) report.warnings.unshift(notice);
  if (job.roster?.group !== undefined) report.athlete.group = job.roster.group;
  // Entries after as-of (a typo'd year, or --as-of in the past) are named, never dropped silently.
  const later = entriesAfterProblems(log, report.asOf, report.asOfFrom === 'option' ? `the as-of day ${report.asOf}` : 'today');
  return { report, log: settled, problems: [...log.problems, ...later] };
}

/**
 * A baseline pain above 0 taken from a config file (which may sit in a parent folder) changes
 * what counts as a settled morning without anyone saying so on the command line: the report
 * names the file, as it names a safety override.
 */
function baselineNotice(settings: PipelineSettings, roster: RosterEntry | undefined, log: Log, ruleSet: RuleSet): string | undefined {
  const fromConfig = settings.config.athlete.baselinePain;
  const overridden = settings.commandLine.baselinePain !== undefined || roster?.baselinePain !== undefined || log.athlete.baselinePain !== undefined;
  if (fromConfig === undefined || fromConfig <= 0 || overridden || !settings.config.file) return undefined;
  const stopAt = ruleSet.byId.get('pain-24h')?.options.stopAt ?? 6;
  return `Baseline pain ${fromConfig}/10 comes from ${settings.config.file} (athlete.baseline_pain): mornings up to it count as settled; a morning at ${stopAt}/10 or more is red whatever the baseline`;
}

/**
 * --strict refuses a log with bad rows; a red flag written in one of them is named with the
 * error (never lost with the report), and batch ranks the log as needing attention.
 */
function strictError(log: Log): UserError {
  const flagged = redFlagsInLeftOutRows(log);
  const problems = [...log.problems.filter((problem) => problem.severity === 'error'), ...flagged];
  return new UserError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), flagged.map((problem) => problem.message));
}

/**
 * The urgent red flags written in rows the reader left out, one problem each at the row's line:
 * said wherever such a row is reported (`--strict`, `validate`), not only in the analysis.
 */
export function redFlagsInLeftOutRows(log: Log): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const row of log.unusableRows) {
    for (const sign of readNote(row.notes).filter((found) => found.kind === 'urgent')) {
      const message = `line ${row.line} also has a red flag: ${sign.flag} ("${sign.excerpt}"); see a doctor ${sign.when === 'within days' ? 'within a few days' : 'today'}, whatever the rest of the log says`;
      problems.push({ file: log.source, line: row.line, severity: 'error', message });
    }
  }
  return problems;
}

/** A log with nothing to analyse says why: its row problems (the first ten) come with the error. */
function analyzeOrExplain(log: Log, run: () => Report): Report {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof UserError) || log.problems.length === 0) throw error;
    const rowProblems = log.problems.slice(0, 10);
    const more = log.problems.length - rowProblems.length;
    const Same = error instanceof NoEntriesError ? NoEntriesError : UserError;
    throw new Same([...rowProblems, ...(more > 0 ? [{ file: log.source, severity: 'warning' as const, message: `… and ${more} more problems (hipcheck validate lists them all)` }] : []), ...error.problems]);
  }
}
