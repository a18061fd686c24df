// Hostile environments and input, end to end: special files in a batch folder, unreadable
// folders, runaway input, odd encodings, bad option values, and text that tries to drive the
// terminal. The answer is always a clear message, never a hang, a crash or an obeyed escape.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const EXAMPLE = readFileSync(fixture('logs/example.csv'));
const isRoot = process.getuid?.() === 0;
/** The unreadable-folder test runs as "nobody", who must be able to reach the temporary folder. */
const canDropPrivileges = isRoot && existsSync('/usr/bin/setpriv') && (statSync(tmpdir()).mode & 0o001) !== 0;
if (!canDropPrivileges) console.warn('skipping the unreadable-folder test: it needs root, setpriv and a temporary folder others can enter');

describe('batch folders with special files', () => {
  it('a named pipe and a link to /dev/zero are skipped with a message; the rest is checked', () => {
    const team = tempDir('hipcheck-special-');
    writeFileSync(join(team, 'ana.csv'), EXAMPLE);
    expect(spawnSync('mkfifo', [join(team, 'pipe.csv')]).status).toBe(0);
    symlinkSync('/dev/zero', join(team, 'zero.csv'));
    symlinkSync(join(team, 'missing.csv'), join(team, 'dangling.yaml'));
    const result = hipcheck(['batch', team, '--format', 'csv']);
    expect(result.status).toBe(0); // no error rows
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toContain(`${join(team, 'pipe.csv')}  warning: a named pipe, not a regular file; skipped`);
    expect(result.stderr).toContain(`${join(team, 'zero.csv')}  warning: a symbolic link to a device, not a regular file; skipped`);
    expect(result.stderr).toContain(`${join(team, 'dangling.yaml')}  warning: a symbolic link to a missing file, not a regular file; skipped`);
  });

  it('a named pipe given by name is read, like <(…)', () => {
    const dir = tempDir('hipcheck-special-');
    const pipe = join(dir, 'log.csv');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const result = spawnSync('sh', ['-c', `cat "${fixture('logs/example.csv')}" > "${pipe}" & node bin/hipcheck.js validate "${pipe}"`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toBe(`${pipe}: 48 runs (+8 other entries), 2025-01-07 → 2025-03-30, 474.6 km, 0 rows skipped\n`);
  });

  it.runIf(canDropPrivileges)('an unreadable subfolder and an unreadable file become error rows; the others are checked', () => {
    const team = tempDir('hipcheck-perm-');
    chmodSync(team, 0o755);
    writeFileSync(join(team, 'ana.csv'), EXAMPLE);
    chmodSync(join(team, 'ana.csv'), 0o644);
    writeFileSync(join(team, 'ben.csv'), EXAMPLE);
    chmodSync(join(team, 'ben.csv'), 0o600);
    mkdirSync(join(team, 'locked'));
    writeFileSync(join(team, 'locked', 'cleo.csv'), EXAMPLE);
    chmodSync(join(team, 'locked'), 0o700);
    // Root reads everything, so the batch runs as "nobody".
    const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, 'bin/hipcheck.js', 'batch', team, '--format', 'csv'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toContain(`${join(team, 'locked')}  error: folder cannot be read: permission denied`);
    expect(result.stderr).toContain(`${join(team, 'ben.csv')}  error: permission denied`);
    expect(result.stdout).toMatch(/\nana,.*,(red|amber|green),/);
    expect(result.stdout).toMatch(/\nben,.*,error,/);
    expect(result.stdout).toMatch(/\nlocked,.*,error,/);
  });
});

describe('runaway and odd input', () => {
  it('/dev/zero is refused at once as binary; a file over the input limit is refused by its size', () => {
    const zero = hipcheck(['analyze', '/dev/zero']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toBe('/dev/zero  error: looks like a binary file, not a log (expected a CSV, TSV or YAML text file)\n');
    const dir = tempDir('hipcheck-big-');
    const big = join(dir, 'big.csv');
    writeFileSync(big, `date,distance\n${'2025-01-01,5\n'.repeat(100_000)}`);
    const refused = hipcheck(['validate', big], { env: { HIPCHECK_MAX_INPUT_MB: '1' } });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${big}  error: is larger than the input limit of 1 MB; not read (expected a running log (set HIPCHECK_MAX_INPUT_MB, up to 512, for a larger one))`);
  });

  it('endless stdin stops at the limit', () => {
    const result = spawnSync('sh', ['-c', 'yes 2025-01-01,5 | HIPCHECK_MAX_INPUT_MB=2 node bin/hipcheck.js analyze -'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('<stdin>  error: is larger than the input limit of 2 MB');
  });

  it.each(['0', '513', 'lots', '1.5'])('HIPCHECK_MAX_INPUT_MB=%s is a usage error', (value) => {
    const result = hipcheck(['validate', 'fixtures/logs/example.csv'], { env: { HIPCHECK_MAX_INPUT_MB: value } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`HIPCHECK_MAX_INPUT_MB  error: not an input size limit (got ${JSON.stringify(value)}, expected a whole number of megabytes from 1 to 512 (default 256))\n`);
  });

  it('UTF-16 is named, with and without a byte-order mark', () => {
    const dir = tempDir('hipcheck-utf16-');
    const text = 'date,distance\n2025-01-01,5\n2025-01-02,6\n';
    const withBom = join(dir, 'bom.csv');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const without = join(dir, 'plain.csv');
    writeFileSync(without, Buffer.from(text, 'utf16le'));
    for (const file of [withBom, without]) {
      const result = hipcheck(['validate', file]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`${file}  error: is UTF-16 text, which hipcheck does not read (expected UTF-8: save it again as "CSV UTF-8" or UTF-8 text)\n`);
    }
  });

  it('deeply nested YAML is named as such, not as a syntax error', () => {
    const dir = tempDir('hipcheck-deep-');
    const deep = join(dir, 'deep.yaml');
    writeFileSync(deep, `runs: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const result = hipcheck(['analyze', deep]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/deep\.yaml:1:\d+ {2}error: YAML nested too deeply to read \(lists or maps inside each other about a thousand levels deep; a log needs two or three\)\n$/);
  });

  it.each([
    ['config', (file: string) => ['analyze', 'fixtures/logs/example.csv', '--config', file], 'a config needs three or four'],
    ['roster', (file: string) => ['batch', '--roster', file], 'a roster needs three'],
  ])('a deeply nested %s is named as such, with where, not as a syntax error', (_kind, args, usual) => {
    const dir = tempDir('hipcheck-deep-');
    const flow = join(dir, 'flow.yaml');
    writeFileSync(flow, `athletes:\n  - log: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const block = join(dir, 'block.yaml');
    writeFileSync(block, Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth)}- `).join('\n'));
    for (const file of [flow, block]) {
      const result = hipcheck(args(file));
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^${file}:\\d+:\\d+  error: YAML nested too deeply to read \\(lists or maps inside each other about a thousand levels deep; ${usual}\\)\n$`));
    }
  });

  it('a 5 MB header line gives one short message, the value cut with an ellipsis', () => {
    const dir = tempDir('hipcheck-header-');
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, `when,${'x'.repeat(5_000_000)}\n2025-01-01,5\n`);
    const result = hipcheck(['validate', wide]);
    expect(result.status).toBe(2);
    expect(result.stderr.length).toBeLessThan(2000);
    expect(result.stderr).toMatch(/error: no date column \(got columns "when", "x+… \(\d+ more characters\), expected/);
  });

  it('a missing output folder and a missing log are said in words, not as ENOENT', () => {
    const analyze = hipcheck(['analyze', 'fixtures/logs/example.csv', '-o', '/nonexistent-folder/report.txt']);
    expect(analyze.stderr).toBe('/nonexistent-folder/report.txt  error: cannot be written: the folder /nonexistent-folder does not exist\n');
    const batch = hipcheck(['batch', 'fixtures/batch/team/ana.csv', 'no-such.csv', '--format', 'csv']);
    expect(batch.stderr).toContain('no-such.csv  error: no such file or folder');
    for (const output of [analyze.stderr, batch.stderr]) expect(output).not.toMatch(/E[A-Z]{3,}/);
  });
});

describe('a row in a year no log can be about', () => {
  // 0000-01-01 was an internal error in analyze while validate accepted it.
  it.each(['0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01', '0000-01-01 07:30'])('%s is the same row error in analyze and validate, CSV and YAML', (day) => {
    const dir = tempDir('hipcheck-year-');
    const csv = join(dir, 'log.csv');
    writeFileSync(csv, `date,distance,pain\n${day},5,2\n2025-03-01,5,2\n`);
    const yaml = join(dir, 'log.yaml');
    writeFileSync(yaml, `- { date: ${day}, distance: 5, pain: 2 }\n- { date: 2025-03-01, distance: 5, pain: 2 }\n`);
    for (const [file, at] of [[csv, '2:1'], [yaml, '1:11']] as const) {
      const message = `${file}:${at}  error: date: a year no log can be about (a typo?); row skipped (got "${day}", expected a date from 1900 to 2100)\n`;
      const analyze = hipcheck(['analyze', file, '--format', 'json']);
      const validate = hipcheck(['validate', file]);
      expect(analyze.stderr.startsWith(message)).toBe(true);
      expect(validate.stderr).toBe(message);
      expect(JSON.parse(analyze.stdout).summary).toMatchObject({ runs: 1, skippedRows: 1 });
      expect(validate.status).toBe(1);
    }
  });
});

describe('every bad option value is a usage error naming the option', () => {
  it.each([
    [['analyze', 'fixtures/logs/example.csv', '--as-of', '2025-02-30'], '--as-of  error: --as-of needs a calendar day (got "2025-02-30"'],
    [['analyze', 'fixtures/logs/example.csv', '--since', '2025-13-01'], '--since  error: --since needs a calendar day'],
    [['validate', 'fixtures/logs/example.csv', '--as-of', '2025-04-31'], '--as-of  error: --as-of needs a calendar day'],
    [['batch', 'fixtures/batch/team', '--as-of', '20250101'], '--as-of  error: --as-of needs a calendar day'],
    // The years a row may have are the years an option may name (an as-of day in 9999 was an internal error).
    [['analyze', 'fixtures/logs/example.csv', '--as-of', '9999-12-31'], '--as-of  error: --as-of: a year no log can be about (got "9999-12-31", expected a date from 1900 to 2100)'],
    [['analyze', 'fixtures/logs/example.csv', '--since', '0000-01-01'], '--since  error: --since: a year no log can be about (got "0000-01-01"'],
    [['plan', 'fixtures/logs/example.csv', '--until', '2101-01-01'], '--until  error: --until: a year no log can be about'],
    [['validate', 'fixtures/logs/example.csv', '--as-of', '1899-12-31'], '--as-of  error: --as-of: a year no log can be about'],
    [['analyze', 'fixtures/logs/example.csv', '--as-of', '+275760-09-13'], '--as-of  error: --as-of needs a calendar day (got "+275760-09-13"'],
    [['analyze', 'fixtures/logs/example.csv', '--date-format', 'YYYY-MM-dd'], '--date-format  error: not a usable date pattern: use yyyy for the year and dd for the day'],
    [['analyze', 'fixtures/logs/example.csv', '--date-format', 'jjj'], '--date-format  error: not a usable date pattern: Format string contains an unescaped latin alphabet character `j`'],
    [['validate', 'fixtures/logs/example.csv', '--date-format', 'dd/MM'], '--date-format  error: not a usable date pattern: it needs the day (d), the month (M) and the year (y)'],
    [['batch', 'fixtures/batch/team', '--jobs', '0'], '--jobs  error: --jobs needs a whole number ≥ 1 (got "0"'],
    [['batch', 'fixtures/batch/team', '--jobs', '2.5'], '--jobs  error: --jobs needs a whole number ≥ 1 (got "2.5"'],
    [['analyze', 'fixtures/logs/example.csv', '--tz', 'Mars/Olympus'], '--tz  error: unknown time zone'],
    [['analyze', 'fixtures/logs/example.csv', '--format', 'pdf'], "option '--format <format>' argument 'pdf' is invalid"],
    [['analyze', 'fixtures/logs/example.csv', '--fail-on', 'yellow'], "option '--fail-on <level>' argument 'yellow' is invalid"],
  ])('%j', (args, message) => {
    const result = hipcheck(args, { env: { HIPCHECK_TODAY: '2025-06-30' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('internal error');
  });

  it('--jobs above the core count is accepted and capped: same output as --jobs 1', () => {
    const many = hipcheck(['batch', 'fixtures/batch/team', '--format', 'csv', '--jobs', '250']);
    expect(many.stdout).toBe(hipcheck(['batch', 'fixtures/batch/team', '--format', 'csv', '--jobs', '1']).stdout);
  });
});

/** What an attacker can put in a name, a shoe or a file name to drive a terminal. */
const ESCAPES: [string, string, string][] = [
  ['SGR colour', '\u001b[31m', '\\e[31m'],
  ['conceal', '\u001b[8m', '\\e[8m'],
  ['OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '\\e]52;c;ZXZpbA==\\x07'],
  ['C1 CSI', '\u009b2J', '\\x9b2J'],
  ['carriage return', 'a\rb', 'a\\rb'],
  ['backspace', 'ab\bc', 'ab\\x08c'],
  ['newline', 'first\nsecond', 'first\\nsecond'],
  ['right-to-left override', 'evil\u202Etxt.exe', 'evil\\u202etxt.exe'],
  ['DEL', 'x\u007fy', 'x\\x7fy'],
];
/** Any control character but the newline that ends each line. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text from files never drives the terminal', () => {
  it.each(ESCAPES)('%s in an athlete name and a shoe name: shown escaped by analyze, batch and the markdown report', (_what, raw, shown) => {
    const dir = tempDir('hipcheck-escape-');
    const runs = Array.from({ length: 60 }, (_, day) => `  - { date: ${new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10)}, distance: 10, terrain: road, pain: 1, shoes: ${JSON.stringify(`Shoe ${raw}`)} }`);
    const log = join(dir, 'log.yaml');
    writeFileSync(log, `athlete:\n  name: ${JSON.stringify(`Mallory ${raw}`)}\nruns:\n${runs.join('\n')}\n`);
    for (const args of [['analyze', log], ['batch', dir, '--details'], ['analyze', log, '--format', 'markdown']]) {
      const result = hipcheck(args, { env: { FORCE_COLOR: '0', COLUMNS: '200' } });
      expect(result.status).toBeLessThan(2);
      expect(result.stdout).not.toMatch(RAW_CONTROL);
      expect(result.stderr).not.toMatch(RAW_CONTROL);
      // Markdown turns line breaks into spaces and escapes its own punctuation ([ becomes \[).
      if (args.includes('markdown')) expect(result.stdout).toMatch(/# hipcheck: Mallory \S/);
      else expect(result.stdout).toContain(`Mallory ${shown}`);
    }
    const report = hipcheck(['analyze', log], { env: { FORCE_COLOR: '0' } }).stdout;
    expect(report).toContain(`Shoe ${shown}`); // the shoe-mileage finding names the pair
  });

  it('with colour on, the only escape sequences are hipcheck\'s own colours', () => {
    const dir = tempDir('hipcheck-escape-');
    const runs = Array.from({ length: 30 }, (_, day) => `  - { date: ${new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10)}, distance: 10, pain: ${day % 7} }`);
    writeFileSync(join(dir, 'a.yaml'), `athlete:\n  name: "Hidden \\e[8m"\nruns:\n${runs.join('\n')}\n`);
    writeFileSync(join(dir, 'b.yaml'), `athlete:\n  name: "Red athlete"\nruns:\n${runs.join('\n').replace(/pain: 6/g, 'pain: 9')}\n`);
    const result = hipcheck(['batch', dir], { env: { FORCE_COLOR: '1' } });
    // eslint-disable-next-line no-control-regex -- removing hipcheck's own colour codes
    expect(result.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);
    expect(result.stdout).not.toContain('\u001b[8m');
    expect(result.stdout).toContain('Hidden \\e[8m');
    expect(result.stdout).toMatch(/RED/);
  });

  it('a file name with a line break or an escape cannot forge a message line', () => {
    const dir = tempDir('hipcheck-escape-');
    writeFileSync(join(dir, 'bad\nforged.csv:1  error: fake.csv'), 'when,how far\n2025-01-01,5\n');
    writeFileSync(join(dir, 'x\u001b[2Jy.csv'), 'when,how far\n2025-01-01,5\n');
    const result = hipcheck(['batch', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    for (const line of result.stderr.trim().split('\n')) expect(line.startsWith(dir)).toBe(true);
    expect(result.stderr).toContain('bad\\nforged.csv:1  error: fake.csv:1  error: no date column');
    expect(result.stderr).toContain('x\\e[2Jy.csv:1  error: no date column');
  });
});

describe('output that opens safely elsewhere', () => {
  it('convert --to csv neutralises formula cells, as batch does', () => {
    const dir = tempDir('hipcheck-formula-');
    const log = join(dir, 'log.csv');
    writeFileSync(log, 'date,distance,shoes,notes\n2025-01-01,5,=HYPERLINK("http://evil"),+1 km extra\n2025-01-02,6,@SUM(A1),-- easy\n');
    const result = hipcheck(['convert', log, '--to', 'csv']);
    expect(result.status).toBe(0);
    const [, first, second] = result.stdout.trim().split('\n');
    expect(first).toContain(`"'=HYPERLINK(""http://evil"")",'+1 km extra`);
    expect(second).toContain("'@SUM(A1),'-- easy");
    expect(second).toMatch(/^2025-01-02,6,/); // numbers stay numbers
  });

  it('a lone carriage return in a name does not break the markdown table', () => {
    const dir = tempDir('hipcheck-cr-');
    const runs = Array.from({ length: 10 }, (_, day) => `  - { date: 2025-01-${String(day + 1).padStart(2, '0')}, distance: 5 }`);
    writeFileSync(join(dir, 'a.yaml'), `athlete:\n  name: "Ana\\rSilva | coach"\nruns:\n${runs.join('\n')}\n`);
    const result = hipcheck(['batch', dir, '--format', 'markdown']);
    expect(result.stdout).not.toContain('\r');
    expect(result.stdout).toContain('| Ana Silva \\| coach |');
  });
});
