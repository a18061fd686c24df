// `hipcheck add <log> …`: today's run, this morning's pain, a red flag or a clearance, appended
// to the runner's own log in one command, then the day's status from the same pipeline as
// `analyze`, so the effect shows at once.
import { Option, type Command } from 'commander';
import { readSource } from '../ingest/source.js';
import { inquirerPrompter } from '../interview/prompter.js';
import { appendRecords, unitOfNewEntries, type AppendOptions } from '../logbook/append.js';
import { UserError } from '../model/errors.js';
import { KNOWN_TERRAINS, SESSION_TYPES, type InputProblem } from '../model/log.js';
import type { Report } from '../model/report.js';
import { judgeAthlete, type PipelineSettings } from '../pipeline/athlete.js';
import { paint } from '../report/style.js';
import { statusBlock } from '../report/text.js';
import { visible, visibleDeep } from '../util/visible.js';
import { askForMissing, hasSomethingToAdd, needsAsking, recordsFrom, type AddValues } from './addValues.js';
import { EXIT } from './exitCodes.js';
import { colorEnabled, write, type Io } from './io.js';
import { addLogInputOptions, addSettingsOptions, pipelineSettingsFrom, printProblems, readingFrom, type AnalysisFlags } from './logInput.js';
import { isoDay } from './ruleBook.js';
import { resolveTarget } from './write/safeWrite.js';
import { updateFileLocked } from './write/updateLocked.js';
import * as nodeFs from 'node:fs';

interface AddFlags extends AnalysisFlags, Omit<AddValues, 'date'> {
  date?: string;
  dryRun?: boolean;
}

function timeOfDay(value: string): string {
  if (/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return value;
  throw new UserError({ file: '--time', severity: 'error', message: '--time needs a time of day', got: JSON.stringify(value), expected: 'HH:mm, e.g. 07:30 or 18:15' });
}

export function registerAdd(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('add')
    .description('append today\'s run, this morning\'s pain, a red flag or a clearance to your log')
    .argument('<log>', 'your log (.csv, .tsv, .yaml): hipcheck init starts one')
    .option('--date <date>', 'the day (default: today)', isoDay('--date'))
    .option('--time <HH:mm>', 'time of day of the run', timeOfDay)
    .option('--distance <distance>', 'distance: a number in the log\'s unit, or with a unit (8.2km, 5 mi)')
    .option('--duration <time>', 'moving time: 45:10, 1:02:33, 62 min')
    .addOption(new Option('--terrain <terrain>', 'surface').choices(KNOWN_TERRAINS))
    .addOption(new Option('--type <type>', 'kind of session (cross and strength need no distance)').choices(SESSION_TYPES))
    .option('--pain <0-10>', 'hip pain during the run (3, 3.5, 3/10, none)')
    .option('--pain-after <0-10>', 'hip pain after the run')
    .option('--pain-next-day <0-10>', 'hip pain the morning after (when logging a run a day late)')
    .option('--morning <0-10>', 'hip pain this morning: a pain record, read as the morning after your last run')
    .option('--red-flag <text>', 'a red flag, in your words (cannot bear weight, swelling, fever, …): see a doctor')
    .option('--cleared <text>', 'a doctor\'s or physiotherapist\'s clearance: who, and what they said')
    .option('--notes <text>', 'notes')
    .option('--dry-run', 'print the line that would be added; write nothing')
    .addHelpText('after', `
Appends, never edits: every existing byte of the log is kept. The new line follows the log's own
columns, delimiter, line endings, unit and YAML layout, and is read back before it is written.
A value the reader would refuse (pain 11, a distance of "far") is refused with nothing written.
On a terminal, missing values are asked for; otherwise the flags are all there is.

Examples:
  hipcheck add log.csv --distance 8.2km --pain 3 --terrain trail --notes "hip fine until the hills"
  hipcheck add log.csv --morning 2
  hipcheck add log.csv --date 2025-06-09 --distance 5 --duration 30:00 --pain 1
  hipcheck add log.csv --red-flag "cannot put weight on the leg"
  hipcheck add log.csv --cleared "Dr Patel: no fracture, fine to run"`);
  addSettingsOptions(addLogInputOptions(command, { diary: false, appending: true })).action(async (file: string, flags: AddFlags) => {
    done(await runAdd(file, flags, io, command));
  });
}

function valuesFrom(flags: AddFlags, today: string): AddValues {
  const values: AddValues = { date: flags.date ?? today };
  const copy = <K extends keyof AddValues>(key: K, value: AddValues[K] | undefined) => {
    if (value !== undefined) values[key] = value;
  };
  copy('time', flags.time);
  copy('distance', flags.distance);
  copy('duration', flags.duration);
  copy('terrain', flags.terrain);
  copy('type', flags.type);
  for (const key of ['pain', 'painAfter', 'painNextDay', 'morning'] as const) copy(key, flags[key]);
  copy('redFlag', flags.redFlag);
  copy('cleared', flags.cleared);
  copy('notes', flags.notes);
  return values;
}

async function runAdd(file: string, flags: AddFlags, io: Io, command: Command): Promise<number> {
  const today = io.today!;
  let values = valuesFrom(flags, today);
  if (values.date > today) {
    throw new UserError({ file: '--date', severity: 'error', message: `--date is after today (${today}); hipcheck leaves entries after today out of the analysis`, got: values.date, expected: `a day up to ${today}` });
  }
  if (file === '-') throw new UserError({ file: 'hipcheck add', severity: 'error', message: 'needs a log file to add to, not stdin', expected: 'a path, e.g. hipcheck add log.csv …' });
  // --pain is the run's pain here, never a pain diary (add registers no diary option).
  const { pain: _pain, ...logFlags } = flags;
  const settings = await pipelineSettingsFrom(logFlags, io);
  const reading = readingFrom(logFlags);
  const units = flags.units ?? settings.config.athlete.units;
  // Like interview --save: a red flag with no red_flag column leads the note instead.
  const options: AppendOptions = { file, purpose: 'add the entry', reading: { ...reading, ...(units ? { units } : {}) }, redFlagInNotes: true };
  if (!resolveTarget(file, nodeFs).existing) {
    throw new UserError({ file, severity: 'error', message: 'no such log; nothing was written', expected: `an existing log: hipcheck init ${file} starts one` });
  }
  const logUnits = unitOfNewEntries((await readSource(file, io.stdin)).text, options);
  if (io.stdin.isTTY && needsAsking(values)) {
    values = await askForMissing(values, logUnits, await inquirerPrompter(io.stderr));
  }
  if (!hasSomethingToAdd(values)) {
    throw new UserError({ file: 'hipcheck add', severity: 'error', message: 'nothing to add', expected: 'a run (--distance 8.2km --pain 3), this morning\'s pain (--morning 2), --red-flag "…" or --cleared "…"' });
  }
  // Every value is checked before the log is touched: a refused value writes nothing.
  const records = recordsFrom(values, logUnits);
  if (flags.dryRun) {
    const current = (await readSource(file, io.stdin)).text;
    const appended = appendRecords(current, records, options);
    printProblems(io, appended.warnings);
    write(io.stdout, appended.text.slice(current.length).split(/\r\n|\n|\r/).filter(Boolean).map((line) => visible(line)).join('\n'));
    io.stderr.write(`dry run: nothing was written to ${visible(file)}\n`);
    return EXIT.OK;
  }
  let warnings: InputProblem[] = [];
  await updateFileLocked(file, (current) => {
    const appended = appendRecords(current, records, options);
    warnings = appended.warnings;
    return appended.text;
  });
  printProblems(io, warnings);
  io.stderr.write(`added ${records.length === 1 ? 'an entry' : `${records.length} entries`} for ${values.date} to ${visible(file)}\n`);
  const dayReport = await judgeDay(file, settings, values.date, io);
  const color = colorEnabled(command.optsWithGlobals().color as boolean | undefined, io.env, io.stdout.isTTY);
  write(io.stdout, statusLines(dayReport, color));
  if (values.redFlag !== undefined && !dayReport.findings.some((finding) => finding.rule === 'red-flag' && finding.date === values.date && finding.severity === 'stop')) {
    io.stderr.write(`${visible(file)}  warning: the red-flag check did not read ${JSON.stringify(visible(values.redFlag))} as a red flag; if you cannot bear weight, have swelling, fever or pain that keeps getting worse, stop running and see a doctor\n`);
  }
  return EXIT.OK;
}

/** The status as of the day just logged, through the same pipeline and settings as analyze. */
async function judgeDay(file: string, settings: PipelineSettings, date: string, io: Io): Promise<Report> {
  return (await judgeAthlete({ path: file }, { ...settings, commandLine: { ...settings.commandLine, asOf: date } }, io.stdin)).report;
}

/** The day's status: the same headline, reasons and who-to-see lines as analyze's report. */
function statusLines(report: Report, color: boolean): string {
  return statusBlock(visibleDeep(report), paint({ color, width: 80 }), { label: `Status as of ${report.asOf}:`, maxReasons: 3 }).join('\n');
}
