// `hipcheck add` on real logs: the file afterwards is its old bytes plus exactly the new entry,
// written the way that log writes its rows; a refused value leaves it byte-identical.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/ingest/read.js';
import { fixture, hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

function copyOf(name: string): string {
  const path = join(tempDir('hipcheck-add-'), name.split('/').pop()!);
  copyFileSync(fixture(name), path);
  return path;
}

function added(path: string, args: string[], today: string): { result: ReturnType<typeof hipcheck>; before: Buffer; tail: string } {
  const before = readFileSync(path);
  const result = hipcheck(['add', path, ...args], { env: { HIPCHECK_TODAY: today } });
  const after = readFileSync(path);
  expect(after.subarray(0, before.length).equals(before)).toBe(true);
  return { result, before, tail: after.subarray(before.length).toString('utf8') };
}

describe('hipcheck add: the log\'s own layout', () => {
  it('a ;-separated CSV with a BOM, CRLF and decimal commas gets a row in that style', () => {
    const path = copyOf('logs/european.csv');
    const { result, tail } = added(path, ['--distance', '8.2', '--duration', '45:10', '--pain', '3', '--terrain', 'trail', '--notes', 'hills; windy'], '2025-06-10');
    expect(result.status).toBe(0);
    // Day;Distance (km);Moving time;Pace;Terrain;Session;Pain (0-10);Pain 24h;Elevation;Cadence;Shoe;Comment
    expect(tail).toBe('2025-06-10;8,2;45:10;;trail;;3;;;;;"hills; windy"\r\n');
    expect(result.stderr).toBe(`added an entry for 2025-06-10 to ${path}\n`);
    expect(result.stdout).toMatch(/^Status as of 2025-06-10: {2}(GREEN|AMBER|RED) {2}/);
    const entry = readLog(path, readFileSync(path, 'utf8')).entries.at(-1)!;
    expect(entry).toMatchObject({ date: '2025-06-10', distanceKm: 8.2, durationMin: 45 + 10 / 60, terrain: 'trail', pain: 3, notes: 'hills; windy' });
  });

  it('a miles log: a distance in km is written in miles, a bare number is miles, pain as 3/10 is read', () => {
    const path = copyOf('logs/miles.csv');
    const first = added(path, ['--distance', '8.2km', '--pain', '3/10', '--terrain', 'road', '--type', 'easy'], '2025-04-09');
    expect(first.result.status).toBe(0);
    // Date,Distance (mi),Avg pace,Surface,Workout,Hip pain,Pain after,Next-day pain,Ascent (ft),Steps/min,Gear,Comments
    expect(first.tail).toBe('2025-04-09,5.1,,road,easy,3,,,,,,\n');
    const second = added(path, ['--distance', '3', '--pain-after', '2'], '2025-04-10');
    expect(second.tail).toBe('2025-04-10,3,,,,,2,,,,,\n');
    expect(readLog(path, readFileSync(path, 'utf8')).entries.at(-1)!.distanceKm).toBeCloseTo(3 * 1.609344, 6);
  });

  it('a YAML log gets an item with the keys its items use, indented like them', () => {
    const path = copyOf('logs/athlete.yaml');
    const { result, tail } = added(path, ['--distance', '5', '--duration', '30:00', '--pain', '2', '--terrain', 'road', '--notes', 'easy: hip quiet'], '2025-05-12');
    expect(result.status).toBe(0);
    // The latest items call the duration "time"; every other field keeps its canonical name.
    expect(tail).toBe('  - date: 2025-05-12\n    distance: 5\n    time: "30:00"\n    terrain: road\n    pain: 2\n    notes: "easy: hip quiet"\n');
  });

  it('--dry-run prints the line and writes nothing', () => {
    const path = copyOf('logs/miles.csv');
    const before = readFileSync(path);
    const result = hipcheck(['add', path, '--distance', '4', '--pain', '1', '--dry-run'], { env: { HIPCHECK_TODAY: '2025-04-09' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('2025-04-09,4,,,,1,,,,,,\n');
    expect(result.stderr).toBe(`dry run: nothing was written to ${path}\n`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('hipcheck add: refused values write nothing', () => {
  it.each([
    [['--distance', '5', '--pain', '11'], '--pain  error: --pain is not a value hipcheck can log (got "11", expected a pain score from 0 to 10'],
    [['--distance', 'far', '--pain', '1'], '--distance  error: --distance is not a value hipcheck can log (got "far"'],
    [['--distance', '1500km'], 'expected a distance up to 1000 km'],
    [['--distance', '5', '--duration', 'thirty'], '--duration  error: --duration is not a value hipcheck can log'],
    [['--morning', 'bad'], '--morning  error'],
    [['--distance', '5', '--date', '2025-06-11'], '--date  error: --date is after today (2025-06-10)'],
    [['--distance', '5', '--date', '2025-02-30'], '--date  error: --date needs a calendar day'],
    [['--distance', '5', '--time', '25:00'], '--time  error: --time needs a time of day'],
    [['--distance', '5', '--terrain', 'moon'], 'error: option \'--terrain <terrain>\' argument \'moon\' is invalid'],
    [['--pain', '3'], 'hipcheck add  error: a run needs --distance'],
    [[], 'hipcheck add  error: nothing to add'],
  ])('%j', (args, message) => {
    const path = copyOf('logs/european.csv');
    const before = readFileSync(path);
    const result = hipcheck(['add', path, ...args], { env: { HIPCHECK_TODAY: '2025-06-10' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a value whose column the log lacks is refused, naming the column; a missing log is not created', () => {
    const dir = tempDir('hipcheck-add-');
    const path = join(dir, 'plain.csv');
    const text = 'date,distance,pain\r\n2025-03-01,5,2\r\n';
    writeFileSync(path, text);
    const terrain = hipcheck(['add', path, '--distance', '5', '--terrain', 'road'], { env: { HIPCHECK_TODAY: '2025-03-02' } });
    expect(terrain.stderr).toContain(`${path}  error: cannot add the entry: the log has no terrain column (expected a terrain column in its header row`);
    const cross = hipcheck(['add', path, '--type', 'cross'], { env: { HIPCHECK_TODAY: '2025-03-02' } });
    expect(cross.stderr).toContain('the log has no type column');
    expect(readFileSync(path, 'utf8')).toBe(text);
    const missing = hipcheck(['add', join(dir, 'none.csv'), '--distance', '5']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such log; nothing was written (expected an existing log: hipcheck init');
  });

  it('this morning\'s pain in a log without a type column: a row of distance 0, read back as a rest day', () => {
    const path = join(tempDir('hipcheck-add-'), 'plain.csv');
    const text = 'date,distance,pain\r\n2025-03-01,5,2\r\n';
    writeFileSync(path, text);
    const morning = hipcheck(['add', path, '--morning', '2'], { env: { HIPCHECK_TODAY: '2025-03-02' } });
    expect(morning.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${text}2025-03-02,0,2\r\n`);
    const analysis = JSON.parse(hipcheck(['analyze', path, '--format', 'json'], { env: { HIPCHECK_TODAY: '2025-03-02' } }).stdout);
    expect(analysis.summary.runs).toBe(1);
    // The morning's 2/10 after Saturday's run: the 24-hour rule reads it as the run's next morning.
    expect(analysis.statusReasons[0]).toMatch(/^pain-24h: pain 2\/10 the morning after the run on 2025-03-01/);
  });

  it('a log with a quote it never closes: refused at the quote\'s line and column, exit 2, the file untouched', () => {
    const path = join(tempDir('hipcheck-add-'), 'quote.csv');
    const text = 'date,distance_km,pain,notes\n2025-05-30,5,1,"easy, fine\n2025-06-01,5,1,ok\n';
    writeFileSync(path, text);
    for (const args of [['--morning', '2'], ['--distance', '5', '--pain', '1', '--dry-run']]) {
      const result = hipcheck(['add', path, ...args], { env: { HIPCHECK_TODAY: '2025-06-02' } });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`${path}:2:4  error: cannot add the entry: a quoted field opened on this line is never closed (a " is missing), so a new line after it would be read as part of that field (expected a closing " at the end of the field, added in the log first (nothing was written))\n`);
      expect(readFileSync(path, 'utf8')).toBe(text);
    }
  });

  it('--help offers no reading options that mean nothing when adding (--tz, --strict)', () => {
    const help = hipcheck(['add', '--help']).stdout;
    expect(help).not.toMatch(/--tz|--strict/);
    expect(help).toContain('--date-format');
  });

  it('the same entry twice: the second would read as a duplicate and is refused', () => {
    const path = copyOf('logs/miles.csv');
    const args = ['add', path, '--distance', '4', '--pain', '1'];
    expect(hipcheck(args, { env: { HIPCHECK_TODAY: '2025-04-09' } }).status).toBe(0);
    const before = readFileSync(path);
    const again = hipcheck(args, { env: { HIPCHECK_TODAY: '2025-04-09' } });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/cannot add the entry: the new entry would read as "duplicate of the entry on line 7/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('hipcheck add: pain records, red flags and clearances', () => {
  const log = 'date,distance_km,duration,type,pain,pain_next_day,red_flag,cleared,notes\n2025-06-08,6,36:00,easy,1,0,,,\n2025-06-09,8,48:00,easy,2,,,,\n';

  it('--morning is read as the morning after the last run: the next-morning rule names that run', () => {
    const path = join(tempDir('hipcheck-add-'), 'log.csv');
    writeFileSync(path, log);
    const result = hipcheck(['add', path, '--morning', '2'], { env: { HIPCHECK_TODAY: '2025-06-10' } });
    expect(result.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${log}2025-06-10,0,,rest,2,,,,\n`);
    expect(result.stdout).toContain('Status as of 2025-06-10:  AMBER ');
    const report = JSON.parse(hipcheck(['analyze', path, '--format', 'json'], { env: { HIPCHECK_TODAY: '2025-06-10' } }).stdout);
    const morning = report.findings.filter((finding: { rule: string }) => finding.rule === 'pain-24h');
    expect(morning).toHaveLength(1);
    expect(morning[0]).toMatchObject({ date: '2025-06-09', evidence: { nextDayPain: 2 } });
  });

  it('a run and this morning together: the morning record first, then the run', () => {
    const path = join(tempDir('hipcheck-add-'), 'log.csv');
    writeFileSync(path, log);
    hipcheck(['add', path, '--morning', '0', '--distance', '5', '--duration', '30:00', '--pain', '1'], { env: { HIPCHECK_TODAY: '2025-06-10' } });
    expect(readFileSync(path, 'utf8')).toBe(`${log}2025-06-10,0,,rest,0,,,,\n2025-06-10,5,30:00,,1,,,,\n`);
  });

  it('--red-flag and --cleared go in their columns, on a record of their own day', () => {
    const path = join(tempDir('hipcheck-add-'), 'log.csv');
    writeFileSync(path, log);
    expect(hipcheck(['add', path, '--red-flag', 'cannot put weight on it'], { env: { HIPCHECK_TODAY: '2025-06-10' } }).status).toBe(0);
    expect(hipcheck(['add', path, '--cleared', 'Dr Patel: x-ray clear, fine to run', '--date', '2025-06-12'], { env: { HIPCHECK_TODAY: '2025-06-12' } }).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${log}2025-06-10,0,,rest,,,cannot put weight on it,,\n2025-06-12,0,,rest,,,,"Dr Patel: x-ray clear, fine to run",\n`);
    const entries = readLog(path, readFileSync(path, 'utf8')).entries;
    expect(entries.at(-2)).toMatchObject({ redFlag: 'cannot put weight on it' });
    expect(entries.at(-1)).toMatchObject({ cleared: 'Dr Patel: x-ray clear, fine to run' });
  });

  it('--red-flag on a CSV with a notes column but no red_flag column: at the head of the note, as interview --save writes it', () => {
    const path = join(tempDir('hipcheck-add-'), 'log.csv');
    const plain = 'date,distance_km,type,pain,notes\n2025-06-08,6,easy,1,\n';
    writeFileSync(path, plain);
    const result = hipcheck(['add', path, '--red-flag', 'cannot put weight on it', '--notes', 'after the long run'], { env: { HIPCHECK_TODAY: '2025-06-10' } });
    expect(result.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${plain}2025-06-10,0,rest,,RED FLAG: cannot put weight on it. after the long run\n`);
    expect(result.stdout).toMatch(/^Status as of 2025-06-10: {2}RED {2}stop running and see a doctor/);
    // Without a notes column either, it is refused, naming both.
    const bare = join(tempDir('hipcheck-add-'), 'bare.csv');
    writeFileSync(bare, 'date,distance_km,type,pain\n2025-06-08,6,easy,1\n');
    expect(hipcheck(['add', bare, '--red-flag', 'swollen'], { env: { HIPCHECK_TODAY: '2025-06-10' } }).stderr).toContain('the log has no red_flag or notes column');
  });

  it('--cleared takes only a clearance: "no" is refused with the file untouched; a real one is written and the status line is analyze\'s', () => {
    const path = join(tempDir('hipcheck-add-'), 'log.csv');
    writeFileSync(path, log);
    const refused = hipcheck(['add', path, '--cleared', 'no'], { env: { HIPCHECK_TODAY: '2025-06-10' } });
    expect(refused.status).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(log);
    const result = hipcheck(['add', path, '--cleared', 'cleared by the physio'], { env: { HIPCHECK_TODAY: '2025-06-10' } });
    expect(result.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${log}2025-06-10,0,,rest,,,,cleared by the physio,\n`);
    const analyzed = hipcheck(['analyze', path], { env: { HIPCHECK_TODAY: '2025-06-10' } }).stdout;
    expect(result.stdout.split('\n')[0]).toBe(`Status as of 2025-06-10:${analyzed.split('\n').find((line) => line.startsWith('Status:'))!.slice('Status:'.length)}`);
  });

  it('without a terminal nothing is asked: the flags are all there is', () => {
    const path = join(tempDir('hipcheck-add-'), 'log.csv');
    writeFileSync(path, log);
    const result = hipcheck(['add', path, '--distance', '5'], { env: { HIPCHECK_TODAY: '2025-06-10' } });
    expect(result.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(`${log}2025-06-10,5,,,,,,,\n`);
  });
});
