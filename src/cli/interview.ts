// `hipcheck interview`: questions about the hip, and a clear, safe outcome.
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { parseAnswersFile } from '../interview/answersFile.js';
import { askAll, inquirerPrompter } from '../interview/prompter.js';
import { loadConditions, loadQuestions, type Answers, type Question } from '../interview/questions.js';
import { summariseAnswers } from '../interview/summary.js';
import { decideVerdict, logView, type LogView } from '../interview/verdict.js';
import { wrap } from '../util/text.js';
import { failsAt } from './analyze.js';
import { scoreInterview } from '../interview/score.js';
import { UserError } from '../model/errors.js';
import { redFlagBanner, renderOutcomeMarkdown, renderOutcomeText } from '../report/interview.js';
import { EXIT } from './exitCodes.js';
import { loadRuleDefinitions } from '../rulebook/load.js';
import { judgeAthlete } from '../pipeline/athlete.js';
import { appendInterview, interviewEntry } from '../interview/save.js';
import { updateFileLocked } from './write/updateLocked.js';
import { visible } from '../util/visible.js';
import { colorEnabled, terminalWidth, write, type Io } from './io.js';
import { addAnalysisOptions, addFailOnOption, pipelineSettingsFrom, printProblems, type AnalysisFlags } from './logInput.js';
import { jsonText } from '../util/json.js';

interface InterviewFlags extends AnalysisFlags {
  answers?: string;
  format: 'text' | 'json' | 'markdown';
  log?: string;
  save?: boolean;
  failOn: 'red' | 'amber' | 'never';
}

export function registerInterview(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('interview')
    .description('answer questions about your hip pain and get this week\'s advice')
    .option('--answers <file>', 'answers from a YAML file instead of prompts (for scripts and physios)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--log <file>', 'judge your log together with the answers: the more cautious verdict wins')
    .option('--save', 'append the interview to --log as today\'s pain record (atomic; existing bytes kept)')
    .addHelpText('after', `
Run it in a terminal to be asked the questions (arrow keys, space to tick). Prompts go to
stderr, the outcome to stdout. A red flag shows its urgent outcome at once. Ctrl+C stops at any
point: nothing is saved (exit 130).

Exit status: 130 interrupted, else 2 on an input error or a failed --save (after the outcome),
else 1 when the outcome is at or above --fail-on (default red), else 0.

Examples:
  hipcheck interview
  hipcheck interview --answers fixtures/answers/outer-hip.yaml --format json`);
  addFailOnOption(addAnalysisOptions(command)).action(async (flags: InterviewFlags) => {
    if (flags.save && !flags.log) throw new UserError({ file: 'hipcheck interview', severity: 'error', message: '--save needs --log FILE', expected: 'the log to append the interview to' });
    const questions = loadQuestions();
    // Judge the log before asking anything, so a bad log fails fast: the same pipeline, settings
    // and log options as `analyze`.
    let log: LogView | undefined;
    let logJson: object | undefined;
    if (flags.log) {
      const { report, problems } = await judgeAthlete({ path: flags.log }, await pipelineSettingsFrom(flags, io), io.stdin);
      if (problems.length > 0) printProblems(io, problems, 10);
      log = logView(report, flags.log);
      // The same findings and advice `analyze` gives for this log and these settings.
      logJson = { ...log, asOf: report.asOf, findings: report.findings, advice: report.advice };
      if (log.skippedRows > 0) io.stderr.write(`${visible(flags.log)}: ${log.skippedRows} row(s) skipped (see above); the rest of the log is used\n`);
      if (log.stale) io.stderr.write(`${visible(flags.log)}: stale: the last entry is ${log.lastEntry}, ${log.daysBehind} days ago; the outcome will rest on your answers alone\n`);
    }
    const width = terminalWidth(io);
    const answers = flags.answers ? await answersFromFile(flags.answers, questions) : await askInTerminal(questions, io, width);
    const ruleAdvice = Object.fromEntries(loadRuleDefinitions().map((rule) => [rule.id, rule.advice]));
    const outcome = scoreInterview(answers, questions, loadConditions(), ruleAdvice);
    const verdict = decideVerdict(outcome, log);
    const view = { outcome, verdict, ...(log ? { log } : {}), answers: summariseAnswers(answers, questions), date: io.today! };
    // The outcome is always shown first: a save that fails afterwards never hides it.
    const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, io.stdout.isTTY);
    if (flags.format === 'json') write(io.stdout, `${jsonText({ schemaVersion: 1, date: io.today, verdict, outcome, answers, ...(logJson ? { log: logJson } : {}) }, 2)}\n`);
    else if (flags.format === 'markdown') write(io.stdout, renderOutcomeMarkdown(view));
    else write(io.stdout, renderOutcomeText(view, { color, width }));
    let code: number = failsAt(verdict.status, flags.failOn) ? EXIT.FINDINGS : EXIT.OK;
    if (flags.save && flags.log) {
      // Only now, after every answer: an interrupted interview never writes. The log is read
      // again under a lock, so rows added while the questions were asked are kept.
      const entry = interviewEntry(answers, outcome, io.today!);
      try {
        await updateFileLocked(flags.log, (current) => appendInterview(current, entry, flags.log!));
        io.stderr.write(`saved today's pain record to ${visible(flags.log)}\n`);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        printProblems(io, error.problems);
        io.stderr.write('the outcome above stands; nothing was saved\n');
        code = EXIT.INPUT_ERROR;
      }
    }
    done(code);
  });
}

async function answersFromFile(file: string, questions: Question[]): Promise<Answers> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError({ file, severity: 'error', message: 'answers file not found' });
  }
  return parseAnswersFile(text, questions, file);
}

/** The questions in a terminal: a red flag shows its urgent outcome at once; Ctrl+C says so. */
async function askInTerminal(questions: Question[], io: Io, width: number): Promise<Answers> {
  if (!io.stdin.isTTY) {
    throw new UserError({ file: 'hipcheck interview', severity: 'error', message: 'needs a terminal to ask its questions', expected: 'run it in a terminal, or give the answers with --answers FILE.yaml' });
  }
  const prompter = await inquirerPrompter(io.stderr);
  const say = (text: string) => io.stderr.write(`${text}\n`);
  try {
    return await askAll(questions, prompter, {
      onSection: (title) => say(`\n${title}`),
      onText: say,
      onRedFlag: async (item) => {
        const urgent = redFlagBanner({ urgency: item.when ?? 'today' });
        say(`\n${wrap(urgent, width).join('\n')}\n`);
        const next = await prompter.select('What now?', [
          { value: 'stop', name: 'Stop here and show the outcome' },
          { value: 'finish', name: 'Finish the questions (more detail for the doctor or physio)' },
        ]);
        return next === 'finish';
      },
    });
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError') say('\ninterrupted, nothing saved');
    throw error;
  }
}
