// Program wiring: commands, global flags, and the one place errors become exit codes.
import { Command, CommanderError } from 'commander';
import { format as formatDate } from 'date-fns';
import { UserError } from '../model/errors.js';
import { EXIT } from './exitCodes.js';
import { shortened, visible } from '../util/visible.js';
import { settleSignals } from './write/interrupt.js';
import { DEFAULT_MAX_INPUT_MB, HIGHEST_MAX_INPUT_MB, parseMaxInputMb } from '../ingest/source.js';
import { DATE_RANGE_EXPECTED, isLogYear } from '../ingest/dates.js';
import type { Io } from './io.js';
import { printProblems } from './logInput.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registerAnalyze } from './analyze.js';
import { registerBatch } from './batch.js';
import { registerConvert } from './convert.js';
import { registerInterview } from './interview.js';
import { registerCompletion } from './completion.js';
import { registerAdd } from './add.js';
import { registerInit } from './init.js';
import { registerPlan } from './plan.js';
import { registerRules } from './rules.js';
import { registerValidate } from './validate.js';
import { boundHeapGrowth } from './heap.js';

export type { Io };
export { runInterruptCleanups, STOP_SIGNALS } from './write/interrupt.js';

const VERSION = '0.1.0';

export async function main(io: Io): Promise<number> {
  const debug = io.argv.includes('--debug');
  try {
    checkInputLimit(io.env);
    const context: Io = { ...io, today: io.today ?? todayFrom(io.env) };
    // In the bundle this module is dist/hipcheck.js and the worker sits beside it.
    const workerUrl = new URL('./worker.js', import.meta.url);
    if (!context.workerUrl && existsSync(fileURLToPath(workerUrl))) context.workerUrl = workerUrl;
    let exitCode: number = EXIT.OK;
    const program = buildProgram(context, (code) => {
      exitCode = code;
    });
    await program.parseAsync(io.argv, { from: 'user' });
    // A Ctrl+C that arrived while the last piece of work ran is handled now (exit 130), not lost.
    await settleSignals();
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; everything else commander rejects is usage.
      return error.exitCode === 0 ? EXIT.OK : EXIT.INPUT_ERROR;
    }
    if (error instanceof UserError) {
      printProblems(io, error.problems);
      if (debug) io.stderr.write(`${error.stack}\n`);
      return EXIT.INPUT_ERROR;
    }
    if (isInterrupt(error)) return EXIT.INTERRUPTED;
    io.stderr.write(`hipcheck: internal error: ${visible(shortened((error as Error).message ?? String(error), 1000))}\n`);
    io.stderr.write(debug ? `${(error as Error).stack}\n` : 'Run again with --debug for details, and please report it.\n');
    return EXIT.INPUT_ERROR;
  }
}

/**
 * Today's date: HIPCHECK_TODAY when set (reproducible reports and tests), else the clock.
 * Only the CLI reads either; everything below it is given the day.
 */
function todayFrom(env: Io['env']): string {
  const fixed = env.HIPCHECK_TODAY;
  if (fixed === undefined || fixed === '') return formatDate(new Date(), 'yyyy-MM-dd');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || formatDate(new Date(`${fixed}T12:00:00`), 'yyyy-MM-dd') !== fixed || !isLogYear(fixed)) {
    throw new UserError({ file: 'HIPCHECK_TODAY', severity: 'error', message: 'not a calendar day', got: JSON.stringify(fixed), expected: `YYYY-MM-DD, e.g. 2025-06-30; ${DATE_RANGE_EXPECTED}` });
  }
  return fixed;
}

/** HIPCHECK_MAX_INPUT_MB, when set, must be usable: a typo would otherwise silently mean the default. */
function checkInputLimit(env: Io['env']): void {
  const setting = env.HIPCHECK_MAX_INPUT_MB;
  if (setting === undefined || setting === '' || parseMaxInputMb(setting) !== undefined) return;
  throw new UserError({ file: 'HIPCHECK_MAX_INPUT_MB', severity: 'error', message: 'not an input size limit', got: JSON.stringify(setting), expected: `a whole number of megabytes from 1 to ${HIGHEST_MAX_INPUT_MB} (default ${DEFAULT_MAX_INPUT_MB})` });
}

function isInterrupt(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'ExitPromptError' || (error as Error | undefined)?.name === 'AbortPromptError';
}

export function buildProgram(io: Io, done: (code: number) => void): Command {
  const program = new Command('hipcheck')
    .description('Checks a running log for hip-pain warning signs and training-load errors, and advises next week\'s load.\nGuidance from published sports-physiotherapy rules, not a diagnosis.')
    .version(VERSION, '-V, --version')
    .option('--no-color', 'no colour in the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces for errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      // Commander repeats bad option values back; they are the user's text, shown, never obeyed.
      writeErr: (text) => io.stderr.write(visible(text, { keepLineBreaks: true })),
    })
    // A command that holds one log in this thread keeps the heap from growing far past its use.
    .hook('preAction', (_program, command) => {
      if (command.name() !== 'batch') boundHeapGrowth();
    })
    .addHelpText('after', `
Examples:
  hipcheck analyze fixtures/logs/example.csv
  cat export.csv | hipcheck analyze - --format json
  hipcheck batch team/ --only red
  hipcheck validate fixtures/logs/*.csv
  hipcheck rules session-spike
  hipcheck init && hipcheck add running-log.csv --distance 5km --pain 1
  hipcheck plan running-log.csv

Exit status: 0 ok, 1 findings at the --fail-on level, 2 usage or input error, 130 interrupted.`);
  registerAnalyze(program, io, done);
  registerBatch(program, io, done);
  registerValidate(program, io, done);
  registerRules(program, io, done);
  registerConvert(program, io, done);
  registerInterview(program, io, done);
  registerPlan(program, io, done);
  registerInit(program, io, done);
  registerAdd(program, io, done);
  registerCompletion(program, io, done);
  for (const command of program.commands) command.exitOverride();
  return program;
}
