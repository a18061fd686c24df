// `hipcheck batch <paths…>`: one line per athlete, worst first, for a coach's Monday check.
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { jobsFromPaths, jobsFromRoster, type BatchJob } from '../batch/jobs.js';
import { runPool } from '../batch/pool.js';
import { autoThreads, SMALL_SQUAD_BYTES } from '../batch/threads.js';
import { worstFirst, type BatchOutcome } from '../batch/rows.js';
import { compareWithPrevious, readPreviousCheck } from '../batch/compare.js';
import { BUILD_ID, cacheDirFrom, hashOf } from '../batch/cache.js';
import { TextSpool, type SpooledText } from '../batch/spool.js';
import { INIT_EXAMPLE_PROBLEM } from '../ingest/initExample.js';
import { formatProblem, UserError } from '../model/errors.js';
import { visible } from '../util/visible.js';
import { STALE_AFTER_DAYS, type Report } from '../model/report.js';
import type { BatchRow } from '../model/squad.js';
import { REPORT_FORMATS, REPORTERS, type ReportFormat } from '../report/index.js';
import { failsAt } from './analyze.js';
import { EXIT } from './exitCodes.js';
import { asciiOnly, colorEnabled, outputIsTerminal, openOutput, terminalWidth, type Io } from './io.js';
import { addAnalysisOptions, addFailOnOption, pipelineSettingsFrom, type AnalysisFlags } from './logInput.js';

interface BatchFlags extends AnalysisFlags {
  format: ReportFormat;
  roster?: string;
  details?: boolean;
  only?: 'red' | 'amber';
  minStatus?: 'red' | 'amber';
  group?: string;
  compare?: string;
  failOn: 'red' | 'amber' | 'never';
  /** Worker threads; undefined: chosen from the squad's size. */
  jobs?: number;
  quiet?: boolean;
  /** --no-cache sets this false. */
  cache: boolean;
  ascii?: boolean;
  output?: string;
  force?: boolean;
}

export function registerBatch(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('batch')
    .description('check a squad: one line per athlete, worst first')
    .argument('[paths...]', 'log files and folders (searched recursively for .csv .tsv .yaml .yml)')
    .option('--roster <file>', 'a roster YAML listing athletes (name, log, baseline_pain, units, rules)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('text'))
    .option('--details', 'add each athlete\'s full report under the table (text, markdown)')
    .addOption(new Option('--only <status>', 'show only athletes with this status (unreadable logs are always shown)').choices(['red', 'amber']))
    .addOption(new Option('--min-status <status>', 'show only athletes at this status or worse, e.g. amber = amber and red').choices(['amber', 'red']))
    .option('--group <name>', 'only the athletes of this roster group (roster key group:)')
    .option('--compare <previous.json>', 'mark who is new, worse, better or unchanged since an earlier batch --format json')
    .addOption(new Option('--jobs <n>', 'worker threads, at most the number of cores (default: one for a small squad, else one per idle core)').argParser(positiveInteger))
    .option('--quiet', 'no progress line on stderr')
    .option('--no-cache', 'analyse every log afresh, without reading or writing the cache (default: $XDG_CACHE_HOME/hipcheck or ~/.cache/hipcheck)')
    .option('--ascii', 'sparklines in plain ASCII (automatic when TERM is linux or dumb)')
    .option('-o, --output <file>', 'write the output to this file (e.g. squad.html) instead of stdout')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', `
Each athlete is judged as of their own last entry (or --as-of); a log whose last entry is
${STALE_AFTER_DAYS} or more days before --as-of (else today) is flagged stale.
Exit status: 2 if any log could not be read, else 1 if any athlete is at or above --fail-on, else 0.

Examples:
  hipcheck batch team/
  hipcheck batch --roster fixtures/batch/roster.yaml --format csv > monday.csv
  hipcheck batch team/ --only red --details
  hipcheck batch team/ --min-status amber
  hipcheck batch team/ --format json -o monday.json        # this week's check…
  hipcheck batch team/ --compare monday.json               # …and next week: who got worse
  hipcheck batch --roster squad.yaml --group juniors --format messages
  hipcheck batch team/ --format ndjson | jq .status
  hipcheck batch team/ --format html -o squad.html`);
  addFailOnOption(addAnalysisOptions(command, { diary: false })).action(async (paths: string[], flags: BatchFlags) => {
    done(await runBatch(paths, flags, io, command));
  });
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(number) || number < 1) throw new UserError({ file: '--jobs', severity: 'error', message: '--jobs needs a whole number ≥ 1', got: JSON.stringify(value), expected: `1 to ${availableParallelism()} (the number of cores)` });
  // More threads than cores only adds memory (each worker holds a log): cap it.
  return Math.min(number, availableParallelism());
}

async function runBatch(paths: string[], flags: BatchFlags, io: Io, command: Command): Promise<number> {
  if (flags.compare && flags.format === 'ndjson') throw new UserError({ file: '--compare', severity: 'error', message: '--compare needs the whole squad before it can compare, and ndjson streams each athlete as it finishes', expected: '--format json, csv, text, markdown or html with --compare' });
  if (flags.only && flags.minStatus) throw new UserError({ file: '--only', severity: 'error', message: '--only and --min-status cannot be used together', expected: '--only red|amber for exactly that status, or --min-status amber|red for that status or worse' });
  const pipeline = await pipelineSettingsFrom(flags, io);
  if (paths.length === 0 && !flags.roster) throw new UserError({ file: 'hipcheck batch', severity: 'error', message: 'nothing to check', expected: 'log files or folders, or --roster FILE' });
  const everyJob: BatchJob[] = [...(flags.roster ? await jobsFromRoster(flags.roster, pipeline.definitions) : []), ...(await jobsFromPaths(paths, (skipped) => io.stderr.write(`${formatProblem(skipped)}\n`)))];
  if (everyJob.length === 0) throw new UserError({ file: paths.join(' '), severity: 'error', message: 'no log files found', expected: '.csv, .tsv, .yaml or .yml files' });
  const jobs = flags.group === undefined ? everyJob : jobsInGroup(everyJob, flags.group);
  warnAboutDuplicates(io, jobs);
  const previous = flags.compare ? await readPreviousCheck(flags.compare) : undefined;

  const reporter = REPORTERS[flags.format];
  const details = flags.details === true;
  const rows: BatchRow[] = [];
  const entries = new TextSpool();
  /** Where each athlete's squad entry (JSON text) waits in the spool until the squad is sorted. */
  const spooled = new Map<BatchRow, SpooledText>();
  const streaming = 'streamEntry' in reporter;
  const showProgress = Boolean(io.stderr.isTTY) && !flags.quiet && jobs.length > 1 && !streaming;
  const wanted = (status: BatchRow['status']) => status === 'error' || ((!flags.only || status === flags.only) && (!flags.minStatus || STATUS_LEVEL[status] >= STATUS_LEVEL[flags.minStatus]));
  const output = openOutput(io, { ...flags, inputs: [flags.roster, ...jobs.map((job) => job.path)] });
  try {
    const { definitions, ...settings } = pipeline;
    const cacheDir = flags.cache ? cacheDirFrom(io.env) : undefined;
    const cache = cacheDir ? { dir: cacheDir, settingsKey: hashOf(BUILD_ID, definitions, settings.config, settings.reading, settings.commandLine) } : undefined;
    let cacheWarned = false;
    /** A streamed write waiting for the pipe to drain: no new log is started until it has. */
    let pendingWrite: Promise<void> | undefined;
    await runPool(jobs, { ...settings, keepReports: reporter.showsReports(details), ...(cache ? { cache } : {}) }, {
      jobs: flags.jobs ?? autoThreads(await squadBytes(jobs), { cores: availableParallelism(), loadAverage: loadavg()[0]! }),
      ...(io.workerUrl ? { workerUrl: io.workerUrl } : {}),
      beforeJob: async () => {
        await pendingWrite;
        pendingWrite = undefined;
      },
      onProgress: showProgress ? (count, total, current) => io.stderr.write(`\r\x1b[K[${count}/${total}] ${visible(current)}`) : undefined,
      onResult: (_index, { row, json, cacheWarning }: BatchOutcome) => {
        if (cacheWarning && !cacheWarned) io.stderr.write(`hipcheck  warning: ${visible(cacheWarning)}\n`);
        cacheWarned ||= Boolean(cacheWarning);
        if (streaming) {
          if (json && wanted(row.status)) pendingWrite = output.write(reporter.streamEntry(json)) ?? pendingWrite;
        } else if (json) spooled.set(row, entries.add(json));
        rows.push(row);
      },
    });
    if (showProgress) io.stderr.write('\r\x1b[K');

    warnAboutSameNames(io, rows);
    if (previous) compareWithPrevious(rows, previous);
    rows.sort(worstFirst);
    const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, outputIsTerminal(io, flags), Boolean(flags.output));
    const render = { color, width: terminalWidth(io), ascii: asciiOnly(flags.ascii, io.env) };
    const entryJson = (row: BatchRow) => (spooled.has(row) ? entries.read(spooled.get(row)!) : undefined);
    const report = (row: BatchRow) => {
      const json = row.status === 'error' ? undefined : entryJson(row);
      return json === undefined ? undefined : (JSON.parse(json) as Report);
    };
    for (const chunk of reporter.squad({ rows: rows.filter((row) => wanted(row.status)), entryJson, report, details }, render)) await output.write(chunk);
    await output.close();
  } catch (error) {
    output.abort();
    throw error;
  } finally {
    entries.close();
  }

  // Every format shows an unreadable log's error with the squad. On a terminal that is enough;
  // when the output goes to a pipe or a file, stderr repeats it, so whoever ran the check sees
  // why it exits 2.
  const shownHere = outputIsTerminal(io, flags);
  for (const row of rows) {
    if (row.status === 'error') {
      if (!shownHere) io.stderr.write(`${visible(row.error ?? '')}\n`);
    } else {
      if (row.skippedRows > 0) io.stderr.write(`${visible(row.source)}  warning: ${row.skippedRows} row${row.skippedRows === 1 ? '' : 's'} skipped (hipcheck validate ${visible(row.source)} lists them)\n`);
      for (const line of row.initExampleLines ?? []) io.stderr.write(`${visible(row.source)}:${line}  warning: ${INIT_EXAMPLE_PROBLEM}\n`);
    }
  }
  if (rows.some((row) => row.status === 'error')) return EXIT.INPUT_ERROR;
  return rows.some((row) => row.status !== 'error' && failsAt(row.status, flags.failOn)) ? EXIT.FINDINGS : EXIT.OK;
}

const STATUS_LEVEL: Record<Exclude<BatchRow['status'], 'error'>, number> = { green: 0, amber: 1, red: 2 };

function jobsInGroup(jobs: BatchJob[], group: string): BatchJob[] {
  const wantedGroup = group.trim().toLowerCase();
  const inGroup = jobs.filter((job) => job.group?.toLowerCase() === wantedGroup);
  if (inGroup.length > 0) return inGroup;
  const groups = [...new Set(jobs.flatMap((job) => (job.group ? [job.group] : [])))];
  throw new UserError({ file: '--group', severity: 'error', message: 'no athlete in that group', got: JSON.stringify(group), expected: groups.length > 0 ? `one of ${groups.join(', ')}` : 'a roster (--roster) whose athletes have group: keys' });
}

/** The same log twice (a roster entry and a folder, say) is checked twice: say so. */
function warnAboutDuplicates(io: Io, jobs: BatchJob[]): void {
  const seen = new Map<string, BatchJob>();
  for (const job of jobs) {
    const key = resolve(job.path);
    const first = seen.get(key);
    if (first) io.stderr.write(`${visible(job.path)}  warning: the same log is listed twice (also as ${visible(first.name ?? first.path)}); it is checked and shown twice\n`);
    else seen.set(key, job);
  }
}

/** Two different logs under one athlete name: probably the same runner twice, or a name clash. */
function warnAboutSameNames(io: Io, rows: BatchRow[]): void {
  const byName = new Map<string, BatchRow>();
  for (const row of rows) {
    const key = row.athlete.trim().toLowerCase();
    const first = byName.get(key);
    if (first && resolve(first.source) !== resolve(row.source)) io.stderr.write(`${visible(row.source)}  warning: athlete "${visible(row.athlete)}" appears twice (also ${visible(first.source)})\n`);
    else if (!first) byName.set(key, row);
  }
}

/** The squad's size in bytes, counted only up to what makes it more than small. */
async function squadBytes(jobs: BatchJob[]): Promise<number> {
  let bytes = 0;
  for (const job of jobs) {
    bytes += await stat(job.path).then((info) => info.size, () => 0);
    if (bytes >= SMALL_SQUAD_BYTES) break;
  }
  return bytes;
}
