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
import { NoEntriesError, UserError } from '../model/errors.js';
import { redFlagBanner, renderBannerText, renderOutcomeText, type InterviewView } from '../report/interview.js';
import { INTERVIEW_FORMATS, INTERVIEW_REPORTERS, type InterviewFormat } from '../report/interviewFormats.js';
import type { Report } from '../model/report.js';
import { readSource } from '../ingest/source.js';
import { EXIT } from './exitCodes.js';
import { loadRuleDefinitions } from '../rulebook/load.js';
import { judgeAthlete, type PipelineSettings } from '../pipeline/athlete.js';
import { appendInterview, checkSaveable, interviewEntry, type SaveOptions } from '../interview/save.js';
import { checkUpdatable, updateFileLocked } from './write/updateLocked.js';
import { onInterrupt } from './write/interrupt.js';
import { visible } from '../util/visible.js';
import { checkOutputTarget, colorEnabled, emit, terminalWidth, write, type Io } from './io.js';
import { addAnalysisOptions, addFailOnOption, pipelineSettingsFrom, printProblems, readingFrom, type AnalysisFlags } from './logInput.js';

interface InterviewFlags extends AnalysisFlags {
  answers?: string;
  format: InterviewFormat;
  log?: string;
  save?: boolean;
  output?: string;
  force?: boolean;
  failOn: 'red' | 'amber' | 'never';
}

export function registerInterview(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('interview')
    .description('answer questions about your hip pain and get this week\'s advice')
    .option('--answers <file>', 'answers from a YAML file instead of prompts (for scripts and physios)')
    .addOption(new Option('--format <format>', 'output format').choices(INTERVIEW_FORMATS).default('text'))
    .option('--log <file>', 'judge your log together with the answers: the more cautious verdict wins')
    .option('--save', 'append the interview to --log as today\'s pain record (atomic; existing bytes kept)')
    .option('-o, --output <file>', 'write the outcome in --format to this file (e.g. for-my-physio.html); the outcome is printed too')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', `
Run it in a terminal to be asked the questions (arrow keys, space to tick). Prompts go to
stderr, the outcome to stdout. A red flag shows its urgent outcome at once. Ctrl+C stops at any
point: nothing is saved (exit 130).

--format html is a page for a physiotherapist: the date, the outcome, every answer and, with
--log, the log's evidence (findings, charts, weeks; no second verdict). With -o the file gets that format and
the terminal still gets the outcome.

Exit status: 130 interrupted, else 2 on an input error or a failed --save (after the outcome),
else 1 when the outcome is at or above --fail-on (default red), else 0.

Examples:
  hipcheck interview
  hipcheck interview --log log.csv --save --format html -o for-my-physio.html
  hipcheck interview --answers fixtures/answers/outer-hip.yaml --format json`);
  addFailOnOption(addAnalysisOptions(command)).action(async (flags: InterviewFlags) => {
    done(await runInterview(flags, io, command));
  });
}

async function runInterview(flags: InterviewFlags, io: Io, command: Command): Promise<number> {
  if (flags.save && !flags.log) throw new UserError({ file: 'hipcheck interview', severity: 'error', message: '--save needs --log FILE', expected: 'the log to append the interview to' });
  const questions = loadQuestions();
  // Everything that can fail without the answers fails before the first question: the log is
  // judged (the same pipeline, settings and log options as `analyze`), the output file and the
  // save are checked.
  const settings = await pipelineSettingsFrom(flags, io);
  let log: LogView | undefined;
  let report: Report | undefined;
  // Why a log given with --log is not combined (no entries to judge), said in the outcome.
  let logUnused: string | undefined;
  if (flags.log) {
    try {
      const judged = await judgeAthlete({ path: flags.log }, settings, io.stdin);
      if (judged.problems.length > 0) printProblems(io, judged.problems, 10);
      report = judged.report;
      log = logView(report, flags.log);
    } catch (error) {
      // A log with nothing to judge (a header only, every entry after today) is no reason to
      // refuse the interview: the answers alone decide, and the outcome says why.
      if (!(error instanceof NoEntriesError)) throw error;
      printProblems(io, error.problems.map((problem) => ({ ...problem, severity: 'warning' as const })), 10);
      logUnused = `Your log ${flags.log} has no entries to judge (${error.problems.at(-1)!.message})`;
      io.stderr.write(`${visible(flags.log)}: not combined; the outcome will rest on your answers alone\n`);
    }
    if (log && log.skippedRows > 0) io.stderr.write(`${visible(flags.log)}: ${log.skippedRows} row(s) skipped (see above); the rest of the log is used\n`);
    if (log?.stale) io.stderr.write(`${visible(flags.log)}: stale: the last entry is ${log.lastEntry}, ${log.daysBehind} days ago; the outcome will rest on your answers alone\n`);
  }
  const inputs = [flags.log, flags.answers, flags.pain];
  if (flags.output) checkOutputTarget(flags.output, flags.force === true, inputs);
  let save: SaveOptions | undefined;
  if (flags.save && flags.log) {
    try {
      save = await saveOptions(flags.log, flags, settings, io);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      printProblems(io, error.problems);
      io.stderr.write('--save: nothing was asked and nothing written; fix the log, or leave out --save\n');
      return EXIT.INPUT_ERROR;
    }
  }

  const width = terminalWidth(io);
  const answers = flags.answers ? await answersFromFile(flags.answers, questions) : await askInTerminal(questions, io, width);
  const rules = loadRuleDefinitions();
  const ruleAdvice = Object.fromEntries(rules.map((rule) => [rule.id, rule.advice]));
  const ruleDirections = Object.fromEntries(rules.map((rule) => [rule.id, rule.adviceDirection]));
  const outcome = scoreInterview(answers, questions, loadConditions(), ruleAdvice, ruleDirections);
  const verdict = decideVerdict(outcome, log, logUnused);
  const view: InterviewView = { outcome, verdict, ...(log ? { log } : {}), ...(report ? { report } : {}), answers: summariseAnswers(answers, questions), given: answers, date: io.today! };
  // The outcome is always shown first: a file or a save that fails afterwards never hides it.
  // With -o the file gets the format asked for, and the terminal the outcome in words.
  const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, io.stdout.isTTY);
  const render = { color, width };
  // In words, the banner's repeat waits until the file and the save have said what they did, so
  // it is the last thing on the screen, at any terminal size.
  const inWords = flags.output !== undefined || flags.format === 'text';
  write(io.stdout, inWords ? renderOutcomeText(view, { ...render, closingBanner: false }) : INTERVIEW_REPORTERS[flags.format](view, render));
  let code: number = failsAt(verdict.status, flags.failOn) ? EXIT.FINDINGS : EXIT.OK;
  const failed = (error: unknown, what: string) => {
    if (!(error instanceof UserError)) throw error;
    printProblems(io, error.problems);
    io.stderr.write(`the outcome above stands; ${what}\n`);
    code = EXIT.INPUT_ERROR;
  };
  // The save first, then -o: an interview stopped while the save waits leaves no file at all.
  if (save && flags.log) {
    // Only now, after every answer: an interrupted interview never writes. The log is read
    // again under a lock, so rows added while the questions were asked are kept.
    const entry = interviewEntry(answers, outcome, verdict, io.today!);
    // Ctrl+C while the save waits for another writer's lock: said, and (-o comes after) nothing written.
    const sayInterrupted = onInterrupt(() => io.stderr.write('\ninterrupted, nothing saved\n'));
    try {
      await updateFileLocked(flags.log, (current) => appendInterview(current, entry, save));
      io.stderr.write(`saved today's pain record to ${visible(flags.log)}\n`);
    } catch (error) {
      failed(error, 'nothing was saved');
    } finally {
      sayInterrupted();
    }
  }
  if (flags.output) {
    try {
      await emit(io, INTERVIEW_REPORTERS[flags.format](view, { ...render, color: false }), { ...flags, inputs });
    } catch (error) {
      failed(error, `${visible(flags.output)} was not written`);
    }
  }
  const closing = inWords ? renderBannerText(view, render) : '';
  if (closing) write(io.stdout, `\n${closing}`);
  return code;
}

/**
 * How the record will be written (the log options, as `add` uses them), once the log is known
 * to take it: a log that cannot is refused before the first question. One that could not hold
 * a red flag is named now, so a runner is not told only after answering.
 */
async function saveOptions(file: string, flags: InterviewFlags, settings: PipelineSettings, io: Io): Promise<SaveOptions> {
  const { strict: _strict, painDiary: _diary, ...reading } = readingFrom(flags);
  const units = flags.units ?? settings.config.athlete.units;
  const options: SaveOptions = { file, reading: { ...reading, ...(units ? { units } : {}) } };
  // Missing, read-only, or held by another writer: said now, not after the last answer.
  await checkUpdatable(file);
  const { redFlagFits } = checkSaveable((await readSource(file, io.stdin)).text, io.today!, options);
  if (!redFlagFits) io.stderr.write(`${visible(file)}  warning: it has no red_flag or notes column, so a red flag could not be saved to it (the outcome would still be shown); add a notes column to its header row to keep one\n`);
  return options;
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
