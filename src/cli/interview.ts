// `hipcheck interview`: questions about the hip, and a clear, safe outcome.
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { parseAnswersFile } from '../interview/answersFile.js';
import { askAll, inquirerPrompter } from '../interview/prompter.js';
import { loadConditions, loadQuestions, type Answers } from '../interview/questions.js';
import { scoreInterview } from '../interview/score.js';
import { UserError } from '../model/errors.js';
import { renderOutcomeMarkdown, renderOutcomeText } from '../report/interview.js';
import { EXIT } from './exitCodes.js';
import { loadRuleDefinitions } from '../rulebook/load.js';
import type { Report } from '../model/report.js';
import { judgeAthlete } from '../pipeline/athlete.js';
import { appendInterview, interviewEntry } from '../interview/save.js';
import { updateFileLocked } from './write/updateLocked.js';
import { visible } from '../util/visible.js';
import { colorEnabled, terminalWidth, write, type Io } from './io.js';
import { addAnalysisOptions, pipelineSettingsFrom, printProblems, type AnalysisFlags } from './logInput.js';

interface InterviewFlags extends AnalysisFlags {
  answers?: string;
  format: 'text' | 'json' | 'markdown';
  log?: string;
  save?: boolean;
}

function summariseLog(report: Report) {
  return {
    status: report.status,
    statusReasons: report.statusReasons.slice(0, 3),
    last7DaysKm: report.summary.last7DaysKm,
    asOf: report.asOf,
    /** The same advice and findings `analyze` gives for this log and these settings. */
    advice: report.advice,
    findings: report.findings,
    lines: [`status ${report.status.toUpperCase()} as of ${report.asOf}: ${report.statusReasons.slice(0, 3).join('; ')}`, `last 7 days: ${report.summary.last7DaysKm.toFixed(1)} km; next week up to ${report.advice.nextWeekMax} ${report.advice.units}`],
  };
}

export function registerInterview(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('interview')
    .description('answer questions about your hip pain and get this week\'s advice')
    .option('--answers <file>', 'answers from a YAML file instead of prompts (for scripts and physios)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--log <file>', 'add your log\'s analysis (status, recent load) to the outcome')
    .option('--save', 'append the interview to --log as today\'s pain record (atomic; existing bytes kept)')
    .addHelpText('after', `
Run it in a terminal to be asked the questions (arrow keys, space to tick). Prompts go to
stderr, the outcome to stdout. Ctrl+C stops at any point (exit 130).

Examples:
  hipcheck interview
  hipcheck interview --answers fixtures/answers/outer-hip.yaml --format json`);
  addAnalysisOptions(command).action(async (flags: InterviewFlags) => {
    if (flags.save && !flags.log) throw new UserError({ file: 'hipcheck interview', severity: 'error', message: '--save needs --log FILE', expected: 'the log to append the interview to' });
    const questions = loadQuestions();
    // Judge the log before asking anything, so a bad log fails fast: the same pipeline, settings
    // and log options as `analyze`.
    let logSummary: ReturnType<typeof summariseLog> | undefined;
    if (flags.log) {
      const { report, problems } = await judgeAthlete({ path: flags.log }, await pipelineSettingsFrom(flags, io), io.stdin);
      if (problems.length > 0) printProblems(io, problems, 10);
      logSummary = summariseLog(report);
    }
    let answers: Answers;
    if (flags.answers) {
      let text: string;
      try {
        text = await readFile(flags.answers, 'utf8');
      } catch {
        throw new UserError({ file: flags.answers, severity: 'error', message: 'answers file not found' });
      }
      answers = parseAnswersFile(text, questions, flags.answers);
    } else {
      if (!io.stdin.isTTY) {
        throw new UserError({ file: 'hipcheck interview', severity: 'error', message: 'needs a terminal to ask its questions', expected: 'run it in a terminal, or give the answers with --answers FILE.yaml' });
      }
      const prompter = await inquirerPrompter(io.stderr);
      answers = await askAll(questions, prompter, (title) => io.stderr.write(`\n${title}\n`));
    }
    const ruleAdvice = Object.fromEntries(loadRuleDefinitions().map((rule) => [rule.id, rule.advice]));
    const outcome = scoreInterview(answers, questions, loadConditions(), ruleAdvice);
    if (flags.save && flags.log) {
      // Only now, after every answer: an interrupted interview never writes. The log is read
      // again under a lock, so rows added while the questions were asked are kept.
      const entry = interviewEntry(answers, outcome, io.today!);
      await updateFileLocked(flags.log, (current) => appendInterview(current, entry, flags.log!));
      io.stderr.write(`saved today's pain record to ${visible(flags.log)}\n`);
    }
    const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, io.stdout.isTTY);
    if (flags.format === 'json') write(io.stdout, `${JSON.stringify({ schemaVersion: 1, outcome, answers, ...(logSummary ? { log: logSummary } : {}) }, null, 2)}\n`);
    else if (flags.format === 'markdown') write(io.stdout, renderOutcomeMarkdown(outcome) + (logSummary ? `\n## Your log\n\n${logSummary.lines.join('\n\n')}\n` : ''));
    else write(io.stdout, renderOutcomeText(outcome, { color, width: terminalWidth(io) }) + (logSummary ? `\nYour log (${flags.log}):\n${logSummary.lines.map((line) => `  ${line}`).join('\n')}\n` : ''));
    done(EXIT.OK);
  });
}
