// `hipcheck init [file]`: a starter log with the recommended columns and one example row, so a
// runner without a spreadsheet can start logging with `hipcheck add`. Never overwrites.
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { CSV_EXAMPLE_NOTE, YAML_EXAMPLE_NOTE } from '../ingest/initExample.js';
import { UserError } from '../model/errors.js';
import type { DistanceUnit } from '../model/log.js';
import { csvRow } from '../util/csvField.js';
import { visible } from '../util/visible.js';
import { EXIT } from './exitCodes.js';
import type { Io } from './io.js';
import { writeFileSafely } from './write/safeWrite.js';

const DEFAULT_FILE = 'running-log.csv';

/** The recommended columns, in the order a runner fills them in. */
const COLUMNS = ['date', 'distance', 'duration', 'terrain', 'type', 'pain', 'pain_after', 'pain_next_day', 'red_flag', 'cleared', 'notes'] as const;


export function starterCsv(today: string, units: DistanceUnit, delimiter: ',' | '\t' = ','): string {
  const header = COLUMNS.map((column) => (column === 'distance' ? `distance_${units}` : column));
  const example = [today, '5', '30:00', 'road', 'easy', '1', '1', '0', '', '', CSV_EXAMPLE_NOTE];
  return `${csvRow(header, delimiter)}\n${csvRow(example, delimiter)}\n`;
}

export function starterYaml(today: string, units: DistanceUnit): string {
  return `# A hipcheck running log: one item under runs: per run, pain record or red flag, oldest
# first. \`hipcheck add\` appends to the end; \`hipcheck analyze\` reads it. Fields you do not
# know can be left out; only date and distance are needed.
athlete:
  # name: Sam Rivera    # shown in reports (default: the file name)
  units: ${units}           # km or mi: the unit of every distance below
  baseline_pain: 0    # your usual hip pain at rest, 0–10; "settled" means back to this
runs:
  # The example entry below (all its lines, down to notes:): delete it once you have logged a
  # run. Until then every command leaves it out of the analysis and says so.
  - date: ${today}      # the day (YYYY-MM-DD), optionally with a time: ${today} 07:30
    distance: 5           # in the units above
    duration: "30:00"     # moving time: 30:00, 1:02:33 or 62 min
    terrain: road         # road, trail, track, treadmill, grass, hills or mixed
    type: easy            # easy, long, tempo, intervals, hills, race, recovery, rest, strength, cross
    pain: 1               # hip pain during the run, 0–10
    pain_after: 1         # hip pain after the run, 0–10
    pain_next_day: 0      # hip pain the next morning, 0–10 (or log it next day: hipcheck add --morning)
    # red_flag: ""        # a red flag in your words (cannot bear weight, swelling, fever): see a doctor
    # cleared: ""         # a doctor's or physiotherapist's clearance after a red flag
    notes: ${JSON.stringify(YAML_EXAMPLE_NOTE)}
`;
}

export function registerInit(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('init')
    .description('write a starter log (CSV, or YAML with a .yaml name) to keep with hipcheck add')
    .argument('[file]', 'the new log (.csv, .tsv, .yaml or .yml)', DEFAULT_FILE)
    .addOption(new Option('--units <unit>', 'the unit of your distances').choices(['km', 'mi']).default('km'))
    .addHelpText('after', `
Writes the recommended columns (date, distance, duration, terrain, type, pain, pain_after,
pain_next_day, red_flag, cleared, notes) and one example row to delete; a YAML log gets a
comment for every field. Until it is deleted, every command leaves the example out of the
analysis and says so. An existing file is never overwritten (there is no --force).

Examples:
  hipcheck init
  hipcheck init my-runs.yaml --units mi`)
    .action(async (file: string, flags: { units: DistanceUnit }) => {
      const extension = extname(file).toLowerCase();
      if (!['.csv', '.tsv', '.yaml', '.yml'].includes(extension)) {
        throw new UserError({ file, severity: 'error', message: 'not a log name hipcheck can read back', got: JSON.stringify(extension || file), expected: 'a name ending in .csv, .tsv, .yaml or .yml' });
      }
      const yaml = extension === '.yaml' || extension === '.yml';
      const text = yaml ? starterYaml(io.today!, flags.units) : starterCsv(io.today!, flags.units, extension === '.tsv' ? '\t' : ',');
      // A log is never replaced by a starter (there is no --force): that would lose every run in it.
      await writeFileSafely(file, text, { overwrite: false, whenExists: 'a new file name; init never replaces a log (to start afresh, rename or delete the old one yourself)' });
      const shown = visible(file);
      const quoted = /^[\w./-]+$/.test(file) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`;
      const next = [[`hipcheck add ${quoted} --distance 5${flags.units} --pain 1 --terrain road`, 'log today\'s run'], [`hipcheck analyze ${quoted}`, 'what your log says']];
      const width = Math.max(...next.map(([command]) => command!.length));
      io.stderr.write(`wrote ${shown}: a starter log with one example entry (delete it once you have logged a run)\nNext:\n${next.map(([command, why]) => `  ${command!.padEnd(width)}  # ${why}\n`).join('')}`);
      done(EXIT.OK);
    });
}
