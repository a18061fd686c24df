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
import { colorEnabled, terminalWidth, write, type Io } from './io.js';

interface InterviewFlags {
  answers?: string;
  format: 'text' | 'json' | 'markdown';
}

export function registerInterview(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('interview')
    .description('answer questions about your hip pain and get this week\'s advice')
    .option('--answers <file>', 'answers from a YAML file instead of prompts (for scripts and physios)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText('after', `
Run it in a terminal to be asked the questions (arrow keys, space to tick). Prompts go to
stderr, the outcome to stdout. Ctrl+C stops at any point (exit 130).

Examples:
  hipcheck interview
  hipcheck interview --answers fixtures/answers/outer-hip.yaml --format json`);
  command.action(async (flags: InterviewFlags) => {
    const questions = loadQuestions();
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
    const outcome = scoreInterview(answers, questions, loadConditions());
    const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, io.stdout.isTTY);
    if (flags.format === 'json') write(io.stdout, `${JSON.stringify({ schemaVersion: 1, outcome, answers }, null, 2)}\n`);
    else if (flags.format === 'markdown') write(io.stdout, renderOutcomeMarkdown(outcome));
    else write(io.stdout, renderOutcomeText(outcome, { color, width: terminalWidth(io) }));
    done(EXIT.OK);
  });
}
