// `hipcheck analyze <file|->`: the status, the reasons, and next week's numbers.
import { Option, type Command } from 'commander';
import type { Report, Status } from '../model/report.js';
import { judgeAthlete } from '../pipeline/athlete.js';
import { renderPatternsMarkdown } from '../report/markdown.js';
import { patternFindings, PATTERN_RULES } from '../report/patterns.js';
import type { RenderOptions } from '../report/style.js';
import { renderPatternsText } from '../report/text.js';
import { REPORT_FORMATS, REPORTERS, type ReportFormat } from '../report/index.js';
import { EXIT } from './exitCodes.js';
import { asciiOnly, checkOutputTarget, colorEnabled, outputIsTerminal, emit, terminalWidth, type Io } from './io.js';
import { addAnalysisOptions, addFailOnOption, pipelineSettingsFrom, printProblems, type AnalysisFlags } from './logInput.js';
import { jsonText } from '../util/json.js';

interface AnalyzeFlags extends AnalysisFlags {
  format: ReportFormat;
  failOn: 'red' | 'amber' | 'never';
  patternsOnly?: boolean;
  ascii?: boolean;
  output?: string;
  force?: boolean;
}

export function registerAnalyze(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('analyze')
    .description('status, findings and next week\'s load advice for one log')
    .argument('<file>', 'log file (.csv, .tsv, .yaml, .yml), or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('text'))
    .option('--patterns-only', 'print only the "Patterns in your log" section')
    .option('--ascii', 'charts in plain ASCII (automatic when TERM is linux or dumb)')
    .option('-o, --output <file>', 'write the report to this file (e.g. report.html) instead of stdout')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', `
Status is green, amber or red from the findings of the 14 days up to as-of.
Exit status: 0 below --fail-on, 1 at or above it, 2 usage or input error.

Examples:
  hipcheck analyze fixtures/logs/example.csv
  cat export.csv | hipcheck analyze - --format json
  hipcheck analyze log.yaml --as-of 2025-03-16 --fail-on amber
  hipcheck analyze log.csv --format markdown > for-my-physio.md
  hipcheck analyze log.csv --patterns-only
  hipcheck analyze log.csv --format html -o report.html`);
  addFailOnOption(addAnalysisOptions(command)).action(async (file: string, flags: AnalyzeFlags) => {
    done(await runAnalyze(file, flags, io, command));
  });
}

async function runAnalyze(file: string, flags: AnalyzeFlags, io: Io, command: Command): Promise<number> {
  const inputs = [file, flags.pain];
  if (flags.output) checkOutputTarget(flags.output, flags.force === true, inputs);
  const { report, problems } = await judgeAthlete({ path: file }, await pipelineSettingsFrom(flags, io), io.stdin);
  if (problems.length > 0) printProblems(io, problems, 10);
  const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, outputIsTerminal(io, flags), Boolean(flags.output));
  const render = { color, width: terminalWidth(io), ascii: asciiOnly(flags.ascii, io.env) };
  await emit(io, flags.patternsOnly ? renderPatternsOnly(report, flags.format, render) : REPORTERS[flags.format].athlete(report, render), { ...flags, inputs });
  return failsAt(report.status, flags.failOn) ? EXIT.FINDINGS : EXIT.OK;
}

function renderPatternsOnly(report: Report, format: ReportFormat, render: RenderOptions): string {
  if (format === 'markdown' || format === 'html') return renderPatternsMarkdown(report);
  if (format === 'text') return renderPatternsText(report, render);
  const tooLittleData = report.tooLittleData.filter((item) => PATTERN_RULES.has(item.rule));
  return `${jsonText({ schemaVersion: 1, athlete: report.athlete, asOf: report.asOf, patterns: patternFindings(report), tooLittleData }, 2)}\n`;
}

const STATUS_LEVEL: Record<Status, number> = { green: 0, amber: 1, red: 2 };

export function failsAt(status: Status, failOn: 'red' | 'amber' | 'never'): boolean {
  return failOn !== 'never' && STATUS_LEVEL[status] >= STATUS_LEVEL[failOn];
}
