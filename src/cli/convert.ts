// `hipcheck convert <input> --to csv|yaml`: an export (or any log) as hipcheck's own log.
import { Option, type Command } from 'commander';
import { toCanonicalCsv, toCanonicalYaml } from '../report/canonical.js';
import { visible } from '../util/visible.js';
import { writeFileSafely } from './write/safeWrite.js';
import { settleSignals } from './write/interrupt.js';
import { EXIT } from './exitCodes.js';
import { checkOutputTarget, write, type Io } from './io.js';
import { readAthleteLog } from '../pipeline/athlete.js';
import { EMPTY_CONFIG } from '../rulebook/config.js';
import { addLogInputOptions, printProblems, readingFrom, type LogInputFlags } from './logInput.js';

interface ConvertFlags extends LogInputFlags {
  to: 'csv' | 'yaml';
  output?: string;
  force?: boolean;
}

export function registerConvert(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('convert')
    .description('write a log or app export as hipcheck\'s canonical CSV or YAML log')
    .argument('<input>', 'a log or a Strava/Garmin export, or - for stdin')
    .addOption(new Option('--to <format>', 'output format').choices(['csv', 'yaml']).makeOptionMandatory())
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'replace the output file if it exists')
    .addHelpText('after', `
Examples:
  hipcheck convert activities.csv --to csv -o my-log.csv
  hipcheck convert Activities.csv --units mi --pain diary.csv --to yaml -o my-log.yaml`);
  addLogInputOptions(command).action(async (input: string, flags: ConvertFlags) => {
    const inputs = [input, flags.pain];
    if (flags.output) checkOutputTarget(flags.output, flags.force === true, inputs);
    const log = await readAthleteLog({ path: input }, { reading: readingFrom(flags), commandLine: flags.units ? { units: flags.units } : {}, config: EMPTY_CONFIG }, io.stdin);
    printProblems(io, log.problems, 10);
    if (flags.strict && log.skippedRows > 0) {
      done(EXIT.INPUT_ERROR);
      return;
    }
    const text = flags.to === 'csv' ? toCanonicalCsv(log) : toCanonicalYaml(log);
    if (flags.output) {
      await writeFileSafely(flags.output, text, { overwrite: flags.force === true, inputs });
      io.stderr.write(`wrote ${log.entries.length} entries to ${visible(flags.output)}\n`);
    } else {
      await settleSignals();
      write(io.stdout, text);
    }
    done(EXIT.OK);
  });
}
