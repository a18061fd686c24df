// `hipcheck batch <paths…>`: one line per athlete, worst first, for a coach's Monday check.
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { jobsFromPaths, jobsFromRoster, type BatchJob } from '../batch/jobs.js';
import { runPool } from '../batch/pool.js';
import { worstFirst, type BatchOutcome } from '../batch/rows.js';
import { STALE_AFTER_DAYS, type BatchRow } from '../model/squad.js';
import { TextSpool, type SpooledText } from '../batch/spool.js';
import { daysBetween } from '../analysis/calendar.js';
import { formatProblem, UserError } from '../model/errors.js';
import { visible } from '../util/visible.js';
import type { Report } from '../model/report.js';
import { renderBatchCsv, renderBatchMarkdown, renderBatchText } from '../report/batch.js';
import { renderBatchHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { failsAt } from './analyze.js';
import { EXIT } from './exitCodes.js';
import { asciiOnly, colorEnabled, outputIsTerminal, openOutput, terminalWidth, withNewline, type Io, type Output } from './io.js';
import { addLogInputOptions, readOptionsFrom, type LogInputFlags } from './logInput.js';
import { addRuleBookOptions, loadRuleBook } from './ruleBook.js';
import { loadRuleDefinitions } from '../rulebook/load.js';

const BATCH_FORMATS = ['text', 'json', 'csv', 'markdown', 'ndjson', 'html'] as const;
type BatchFormat = (typeof BATCH_FORMATS)[number];

interface BatchFlags extends LogInputFlags {
  format: BatchFormat;
  roster?: string;
  details?: boolean;
  only?: 'red' | 'amber';
  failOn: 'red' | 'amber' | 'never';
  asOf?: string;
  config?: string;
  jobs: number;
  quiet?: boolean;
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
    .addOption(new Option('--format <format>', 'output format').choices(BATCH_FORMATS).default('text'))
    .option('--details', 'add each athlete\'s full report under the table (text, markdown)')
    .addOption(new Option('--only <status>', 'show only athletes with this status (unreadable logs are always shown)').choices(['red', 'amber']))
    .addOption(new Option('--jobs <n>', 'worker threads (at most the number of cores)').default(availableParallelism(), 'the number of cores').argParser(positiveInteger))
    .option('--quiet', 'no progress line on stderr')
    .option('--ascii', 'sparklines in plain ASCII (automatic when TERM is linux or dumb)')
    .option('-o, --output <file>', 'write the output to this file (e.g. squad.html) instead of stdout')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', `
Each athlete is judged as of their own last entry (or --as-of); a log whose last entry is
${STALE_AFTER_DAYS} or more days behind the newest in the batch is flagged stale.
Exit status: 2 if any log could not be read, else 1 if any athlete is at or above --fail-on, else 0.

Examples:
  hipcheck batch team/
  hipcheck batch --roster fixtures/batch/roster.yaml --format csv > monday.csv
  hipcheck batch team/ --only red --details
  hipcheck batch team/ --format ndjson | jq .status
  hipcheck batch team/ --format html -o squad.html`);
  addRuleBookOptions(addLogInputOptions(command)).action(async (paths: string[], flags: BatchFlags) => {
    done(await runBatch(paths, flags, io, command));
  });
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UserError({ file: '--jobs', severity: 'error', message: '--jobs needs a whole number ≥ 1', got: JSON.stringify(value) });
  return number;
}

async function runBatch(paths: string[], flags: BatchFlags, io: Io, command: Command): Promise<number> {
  const book = await loadRuleBook(io, flags.config);
  if (paths.length === 0 && !flags.roster) throw new UserError({ file: 'hipcheck batch', severity: 'error', message: 'nothing to check', expected: 'log files or folders, or --roster FILE' });
  const jobs: BatchJob[] = [...(flags.roster ? await jobsFromRoster(flags.roster, loadRuleDefinitions()) : []), ...(await jobsFromPaths(paths, (skipped) => io.stderr.write(`${formatProblem(skipped)}\n`)))];
  if (jobs.length === 0) throw new UserError({ file: paths.join(' '), severity: 'error', message: 'no log files found', expected: '.csv, .tsv, .yaml or .yml files' });

  const keepReports = flags.format === 'json' || flags.format === 'ndjson' || flags.format === 'html' || flags.details === true;
  const rows: BatchRow[] = [];
  const reports = new TextSpool();
  /** Where each athlete's report (JSON text) waits in the spool until the squad is sorted. */
  const spooled = new Map<BatchRow, SpooledText>();
  const showProgress = Boolean(io.stderr.isTTY) && !flags.quiet && jobs.length > 1 && flags.format !== 'ndjson';
  const wanted = (status: BatchRow['status']) => !flags.only || status === flags.only || status === 'error';
  const output = openOutput(io, flags);
  try {
    await runPool(jobs, { config: book.config, readOptions: readOptionsFrom(flags), strict: flags.strict === true, keepReports, ...(flags.asOf ? { asOf: flags.asOf } : {}) }, {
      // More threads than cores only add memory (250 threads took 3.3 GB), never speed.
      jobs: Math.min(flags.jobs, availableParallelism()),
      ...(io.workerUrl ? { workerUrl: io.workerUrl } : {}),
      onProgress: showProgress ? (count, total, current) => io.stderr.write(`\r\x1b[K[${count}/${total}] ${visible(current)}`) : undefined,
      onResult: (_index, { row, json }: BatchOutcome) => {
        if (flags.format === 'ndjson') {
          if (wanted(row.status)) output.write(`${json}\n`);
        } else if (json && row.status !== 'error') spooled.set(row, reports.add(json));
        rows.push(row);
      },
    });
    if (showProgress) io.stderr.write('\r\x1b[K');

    const newest = rows.reduce<string | null>((max, row) => (row.asOf && (!max || row.asOf > max) ? row.asOf : max), null);
    for (const row of rows) {
      if (!row.asOf || !newest) continue;
      row.daysBehind = daysBetween(row.asOf, newest);
      row.stale = row.daysBehind >= STALE_AFTER_DAYS;
    }
    rows.sort(worstFirst);
    const shown = rows.filter((row) => wanted(row.status));
    const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, outputIsTerminal(io, flags));
    const render = { color, width: terminalWidth(io), ascii: asciiOnly(flags.ascii, io.env) };
    const reportJson = (row: BatchRow) => (spooled.has(row) ? reports.read(spooled.get(row)!) : undefined);
    const reportOf = (row: BatchRow) => {
      const json = reportJson(row);
      return json === undefined ? undefined : (JSON.parse(json) as Report);
    };
    writeSquad(output, flags, shown, { render, reportJson, reportOf });
    await output.close();
  } catch (error) {
    output.abort();
    throw error;
  } finally {
    reports.close();
  }

  for (const row of rows) if (row.status === 'error') io.stderr.write(`${row.error}\n`);
  if (rows.some((row) => row.status === 'error')) return EXIT.INPUT_ERROR;
  return rows.some((row) => row.status !== 'error' && failsAt(row.status, flags.failOn)) ? EXIT.FINDINGS : EXIT.OK;
}

interface SquadWriting {
  render: { color: boolean; width: number; ascii: boolean };
  /** One athlete's report, read back from the spool when it is written. */
  reportJson: (row: BatchRow) => string | undefined;
  reportOf: (row: BatchRow) => Report | undefined;
}

/** The sorted squad in the chosen format (ndjson was streamed already), one athlete at a time. */
function writeSquad(output: Output, flags: BatchFlags, shown: BatchRow[], { render, reportJson, reportOf }: SquadWriting): void {
  if (flags.format === 'html') {
    for (const chunk of renderBatchHtml(shown, reportOf)) output.write(chunk);
  } else if (flags.format === 'json') {
    output.write('{"schemaVersion":1,"athletes":[\n');
    shown.forEach((row, index) => {
      const json = reportJson(row);
      const athlete = json ? `${json.slice(0, -1)},"batch":${JSON.stringify({ daysBehind: row.daysBehind, stale: row.stale })}}` : JSON.stringify({ athlete: row.athlete, source: row.source, error: row.error });
      output.write(`${index > 0 ? ',\n' : ''}${athlete}`);
    });
    output.write('\n]}\n');
  } else if (flags.format === 'csv') output.write(withNewline(renderBatchCsv(shown)));
  else if (flags.format === 'markdown') {
    output.write(withNewline(renderBatchMarkdown(shown)));
    if (flags.details) for (const row of shown) { const report = reportOf(row); if (report) output.write(withNewline(`\n${renderMarkdown(report).replace(/^# /, '## ')}`)); }
  } else if (flags.format === 'text') {
    output.write(withNewline(renderBatchText(shown, render)));
    if (flags.details) for (const row of shown) { const report = reportOf(row); if (report) output.write(withNewline(`\n${'─'.repeat(Math.min(render.width, 60))}\n${renderText(report, render)}`)); }
  }
}
