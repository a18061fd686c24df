// `hipcheck validate <files…>`: read logs, report every problem, analyse nothing.
import { Option, type Command } from 'commander';
import { UserError } from '../model/errors.js';
import { EMPTY_CONFIG } from '../rulebook/config.js';
import { STDIN_NAME } from '../ingest/source.js';
import { summariseFile, validationJson, validationLine, type FileValidation } from '../report/validation.js';
import { readAthleteLog, redFlagsInLeftOutRows } from '../pipeline/athlete.js';
import { entriesAfterProblems } from '../pipeline/analyze.js';
import { addLogInputOptions, printProblems, readingFrom, type LogInputFlags } from './logInput.js';
import { write, type Io } from './io.js';
import { EXIT } from './exitCodes.js';
import { isoDay } from './ruleBook.js';
import { keepWhere } from '../util/arrays.js';

interface ValidateFlags extends LogInputFlags {
  format: 'text' | 'json';
  asOf?: string;
}

export function registerValidate(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('validate')
    .description('check logs for problems without analysing them')
    .argument('<files...>', 'log files (.csv, .tsv, .yaml, .yml), or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--as-of <date>', 'warn about entries after this day (default: today)', isoDay('--as-of'))
    .addHelpText('after', `
Exit status: 0 clean, 1 rows skipped or warnings, 2 a file could not be read (or --strict and a bad row).

Examples:
  hipcheck validate fixtures/logs/example.csv
  hipcheck validate --format json logs/*.csv
  cat log.csv | hipcheck validate -`);
  addLogInputOptions(command).action(async (files: string[], flags: ValidateFlags) => {
    done(await validate(files, flags, io));
  });
}

async function validate(files: string[], flags: ValidateFlags, io: Io): Promise<number> {
  const results: FileValidation[] = [];
  const asOf = flags.asOf ?? io.today;
  for (const file of files) {
    try {
      const log = await readAthleteLog({ path: file }, { reading: readingFrom(flags), commandLine: flags.units ? { units: flags.units } : {}, config: EMPTY_CONFIG }, io.stdin);
      // A left-out row's red flag is said with its row: validate analyses nothing else.
      const problems = [...log.problems, ...redFlagsInLeftOutRows(log), ...(asOf ? entriesAfterProblems(log, asOf) : [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      // Entries after as-of are left out of the counts, as every other command leaves them out.
      const counted = asOf ? { ...log, entries: keepWhere(log.entries, (entry) => entry.date <= asOf) } : log;
      results.push({ file: log.source, log: counted, problems });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      results.push({ file: file === '-' ? STDIN_NAME : file, problems: error.problems });
    }
  }
  const summaries = results.map(summariseFile);
  if (flags.format === 'json') {
    write(io.stdout, validationJson(summaries));
  } else {
    for (const summary of summaries) {
      printProblems(io, summary.problems);
      write(io.stdout, validationLine(summary));
    }
  }
  if (summaries.some((summary) => summary.status === 'unreadable')) return EXIT.INPUT_ERROR;
  if (flags.strict && summaries.some((summary) => summary.skippedRows > 0)) return EXIT.INPUT_ERROR;
  return summaries.some((summary) => summary.status === 'problems') ? EXIT.FINDINGS : EXIT.OK;
}

