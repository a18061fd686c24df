// Writes under attack, end to end on the built binary: a full disk, concurrent saves, rows
// appended during an interview, permissions and links, and Ctrl+C / kill / hang-up mid-write.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, hipcheck, startHipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const ANSWERS = 'fixtures/answers/outer-hip.yaml';
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'));
const dayAfter = (start: string, days: number) => new Date(Date.parse(`${start}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function logCopy(): { dir: string; path: string } {
  const dir = tempDir('hipcheck-safe-');
  const path = join(dir, 'log.csv');
  copyFileSync(fixture('logs/example.csv'), path);
  return { dir, path };
}

/** A plain CSV log of `rows` daily runs, for inputs big enough to take a moment. */
function longLog(rows: number): string {
  const lines = ['date,distance_km,terrain,type,pain'];
  for (let index = 0; index < rows; index++) lines.push(`${dayAfter('1990-01-01', index)},${5 + (index % 7)},road,easy,${index % 4}`);
  return `${lines.join('\n')}\n`;
}

describe('interview --save: no lost records', () => {
  it('two saves at once, 20 rounds: every record is in the log', async () => {
    const { dir, path } = logCopy();
    const days: string[] = [];
    for (let round = 0; round < 20; round++) {
      const pair = [dayAfter('2025-05-01', 2 * round), dayAfter('2025-05-01', 2 * round + 1)];
      days.push(...pair);
      const results = await Promise.all(pair.map((today) => startHipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save'], { env: { HIPCHECK_TODAY: today } }).done));
      // The other save of the pair may be dated a day later: a "dated after today" warning about
      // it is right, so only the save line itself is asserted.
      for (const result of results) expect(result.stderr).toMatch(new RegExp(`(^|\\n)saved today's pain record to ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    }
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(readFileSync(fixture('logs/example.csv'), 'utf8'))).toBe(true);
    for (const day of days) expect(text).toContain(`\n${day},0,`);
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);

  it('a row added to the log while the questions are answered is kept', async () => {
    const { dir, path } = logCopy();
    // The answers arrive through a named pipe, so the interview waits for them after reading the log.
    const answers = join(dir, 'answers.yaml');
    expect(spawnSync('mkfifo', [answers]).status).toBe(0);
    const interview = startHipcheck(['interview', '--answers', answers, '--log', path, '--save'], { env: { HIPCHECK_TODAY: '2025-04-01' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    appendFileSync(path, '2025-03-31 07:00,8.0,40:00,road,easy,1,1,0,20,168,Pegasus 40,added meanwhile\n');
    writeFileSync(answers, readFileSync(ANSWERS));
    const result = await interview.done;
    expect(result.status).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('added meanwhile\n2025-04-01,0,');
  });

  it('100 rows appended by another program during five saves: all 100 and all five are there', async () => {
    const { path } = logCopy();
    const appender = spawn(process.execPath, ['-e', `
      const { appendFileSync } = require('node:fs');
      let n = 0;
      const timer = setInterval(() => {
        appendFileSync(${JSON.stringify(path)}, '2025-03-31 08:' + String(n).padStart(2, '0') + ',1.0,,road,easy,0,,,,,,appended ' + n + '\\n');
        if (++n === 100) clearInterval(timer);
      }, 8);`]);
    const appended = new Promise((resolve) => appender.on('exit', resolve));
    const saves: string[] = [];
    for (let index = 0; index < 5; index++) {
      const today = dayAfter('2025-06-01', index);
      saves.push(today);
      expect((await startHipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save'], { env: { HIPCHECK_TODAY: today } }).done).status).toBe(0);
    }
    await appended;
    const text = readFileSync(path, 'utf8');
    for (let n = 0; n < 100; n++) expect(text).toContain(`,appended ${n}\n`);
    for (const day of saves) expect(text).toContain(`\n${day},0,`);
  }, 30_000);
});

describe('-o and --save keep permissions and links, and refuse special files', () => {
  it('mode 600 stays 600; a symlinked log stays a link to the updated file; hard links stay linked', () => {
    const { dir, path } = logCopy();
    chmodSync(path, 0o600);
    const link = join(dir, 'link.csv');
    symlinkSync(path, link);
    const hard = join(dir, 'hard.csv');
    linkSync(path, hard);
    expect(hipcheck(['interview', '--answers', ANSWERS, '--log', link, '--save'], { env: { HIPCHECK_TODAY: '2025-04-01' } }).status).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(hard, 'utf8')).toMatch(/\n2025-04-01,0,/);
    const report = join(dir, 'report.txt');
    writeFileSync(report, 'old\n');
    chmodSync(report, 0o600);
    const reportLink = join(dir, 'report-link.txt');
    symlinkSync(report, reportLink);
    expect(hipcheck(['analyze', path, '-o', reportLink, '--force']).status).toBeLessThan(2);
    expect(statSync(report).mode & 0o777).toBe(0o600);
    expect(readFileSync(report, 'utf8')).toMatch(/^hipcheck · /);
    // Onto a hard link of the log it reads: refused, --force or not, the log untouched.
    const before = readFileSync(path, 'utf8');
    expect(hipcheck(['convert', path, '--to', 'csv', '-o', hard, '--force']).status).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(before);
    // Onto another file with a hard link: written, and the two names stay one file.
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'old\n');
    const otherHard = join(dir, 'other-hard.csv');
    linkSync(other, otherHard);
    expect(hipcheck(['convert', path, '--to', 'csv', '-o', otherHard, '--force']).status).toBe(0);
    expect(readFileSync(other, 'utf8')).toMatch(/^date,distance_km,duration,pace/);
    expect(statSync(other).nlink).toBe(2);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a named pipe or a device is never written to, even with --force', () => {
    const dir = tempDir('hipcheck-safe-');
    const fifo = join(dir, 'out.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = hipcheck(['analyze', 'fixtures/logs/example.csv', '-o', fifo, '--force']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${fifo}  error: is a named pipe, not a regular file; nothing was written (expected a path to a regular file)\n`);
    if (process.getuid?.() === 0) {
      const device = join(dir, 'full');
      expect(spawnSync('mknod', [device, 'c', '1', '7']).status).toBe(0); // a private /dev/full
      expect(hipcheck(['convert', 'fixtures/logs/example.csv', '--to', 'csv', '-o', device, '--force']).status).toBe(2);
      expect(statSync(device).isCharacterDevice()).toBe(true);
    }
  });
});

describe('-o is never a file being read', () => {
  it('the log itself, a symlink or a hard link to it: refused before anything is asked (exit 2), --force or not, in every command; the log is byte-identical', () => {
    const { dir, path } = logCopy();
    const before = readFileSync(path);
    symlinkSync(path, join(dir, 'link.csv'));
    linkSync(path, join(dir, 'hard.csv'));
    const attempts = [
      ['interview', '--answers', ANSWERS, '--log', path, '--save', '-o', path, '--force'],
      ['interview', '--answers', ANSWERS, '--log', path, '-o', join(dir, 'link.csv'), '--force'],
      ['interview', '--answers', ANSWERS, '--log', path, '-o', join(dir, 'hard.csv')],
      ['interview', '--answers', ANSWERS, '-o', ANSWERS, '--force'],
      ['analyze', path, '-o', join(dir, 'link.csv'), '--force'],
      ['plan', path, '-o', path, '--force'],
      ['convert', path, '--to', 'csv', '-o', join(dir, 'hard.csv'), '--force'],
      ['batch', dir, '-o', path, '--force'],
    ];
    for (const args of attempts) {
      const result = hipcheck(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toMatch(/error: is a file this command reads( \(the same file as .+\))?; not overwritten, --force or not \(expected a different file name for the output\)/);
    }
    expect(readFileSync(path)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('a nearly full disk (a 64 KB tmpfs)', () => {
  let mountPoint: string | undefined;
  let skipReason = '';
  beforeAll(() => {
    if (process.getuid?.() !== 0) {
      skipReason = 'not root';
      return;
    }
    const dir = tempDir('hipcheck-tmpfs-');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
    if (mounted.status !== 0) skipReason = `mount failed: ${mounted.stderr.trim()}`;
    else mountPoint = dir;
  });
  afterAll(() => {
    if (mountPoint) spawnSync('umount', [mountPoint]);
  });

  it('interview --save, analyze -o --force and convert -o --force fail clearly and leave every file byte-identical', (context) => {
    if (!mountPoint) {
      console.warn(`skipped the tmpfs test: ${skipReason}`);
      context.skip();
      return;
    }
    // A log that ends 10 bytes short of a 4 KB page, so one more row needs a page the disk does not have.
    const log = join(mountPoint, 'log.csv');
    const rows = [readFileSync(fixture('logs/example.csv'), 'utf8').split('\n')[0]!];
    for (let day = 0; rows.join('\n').length < 36_000; day++) rows.push(`${dayAfter('2000-01-01', day)},5.0,30:00,road,easy,1,1,0,10,168,Pegasus 40,`);
    let text = `${rows.join('\n')}\n`;
    const pageEnd = 4096 * Math.ceil((text.length + 20) / 4096);
    text = `${text.slice(0, -1)}${'x'.repeat(pageEnd - 10 - text.length)}\n`; // the last note pads it
    expect(text.length % 4096).toBe(4086);
    writeFileSync(log, text);
    const report = join(mountPoint, 'report.txt');
    writeFileSync(report, 'last week\n');
    const converted = join(mountPoint, 'converted.csv');
    writeFileSync(converted, 'date,distance\n2025-01-01,5\n');
    // Fill the rest of the disk.
    const filler = join(mountPoint, 'filler');
    writeFileSync(filler, '');
    for (let size = 1 << 16; size >= 1; size >>= 1) {
      try {
        appendFileSync(filler, Buffer.alloc(size));
      } catch {
        // Full at this size: try a smaller piece.
      }
    }
    const before = new Map([log, report, converted].map((path) => [path, readFileSync(path)]));

    const save = hipcheck(['interview', '--answers', ANSWERS, '--log', log, '--save'], { env: { HIPCHECK_TODAY: '2025-04-01' } });
    expect(save.status).toBe(2);
    expect(save.stderr).toContain(`${log}  error: cannot be written: the disk is full; the existing file was left as it was`);
    const analyze = hipcheck(['analyze', 'fixtures/logs/example.csv', '-o', report, '--force']);
    expect(analyze.status).toBe(2);
    expect(analyze.stderr).toContain('the disk is full');
    const convert = hipcheck(['convert', 'fixtures/logs/example.csv', '--to', 'csv', '-o', converted, '--force']);
    expect(convert.status).toBe(2);
    expect(convert.stderr).toContain('the disk is full');
    for (const [path, bytes] of before) expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(mountPoint).sort()).toEqual(['converted.csv', 'filler', 'log.csv', 'report.txt']);
  });
});

describe('stopped by a signal: exit 128 + n, no output file, no temporary file', () => {
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

  it.each(SIGNALS)('analyze -o, convert -o and validate, %s while reading a pipe and while computing', async (signal) => {
    const dir = tempDir('hipcheck-signal-');
    const log = longLog(20_000);
    for (const command of [['analyze'], ['convert', '--to', 'csv'], ['validate']]) {
      for (const moment of ['reading', 'computing'] as const) {
        const input = join(dir, `in-${command[0]}-${moment}.csv`);
        expect(spawnSync('mkfifo', [input]).status).toBe(0);
        const output = join(dir, `out-${command[0]}-${moment}.txt`);
        const run = startHipcheck([...command, input, ...(command[0] === 'validate' ? [] : ['-o', output])]);
        // Opened read-write, so the open never blocks: opened write-only it waits for a reader,
        // and when the signal comes before hipcheck has opened the pipe (a slow start on a
        // loaded machine) that open never returns and holds one of libuv's four threads, until
        // every later file call of the test waits behind it.
        const writer = createWriteStream(input, { flags: 'r+' });
        if (moment === 'reading') {
          writer.write(log.slice(0, 1000)); // the pipe stays open: hipcheck waits for the rest
          await new Promise((resolve) => setTimeout(resolve, 300));
        } else {
          await new Promise((resolve) => writer.end(log, () => resolve(undefined)));
        }
        run.child.kill(signal);
        const result = await run.done;
        writer.destroy();
        expect(result.status).toBe(128 + constants.signals[signal]);
        expect(existsSync(output)).toBe(false);
        expect(leftovers(dir)).toEqual([]);
      }
    }
  }, 60_000);

  describe('batch -o, half-way', () => {
    let team: string;
    beforeAll(() => {
      team = tempDir('hipcheck-signal-batch-');
      const log = readFileSync(fixture('logs/example.csv'));
      mkdirSync(join(team, 'logs'));
      for (let athlete = 0; athlete < 3000; athlete++) writeFileSync(join(team, 'logs', `athlete-${athlete}.csv`), log);
    });

    it.each(SIGNALS)('%s', async (signal) => {
      const output = join(team, `squad-${signal}.csv`);
      const run = startHipcheck(['batch', join(team, 'logs'), '--format', 'csv', '-o', output]);
      for (let waited = 0; leftovers(team).length === 0 && waited < 400; waited++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(leftovers(team)).toHaveLength(1);
      run.child.kill(signal);
      expect((await run.done).status).toBe(128 + constants.signals[signal]);
      expect(leftovers(team)).toEqual([]);
      expect(existsSync(output)).toBe(false);
    }, 30_000);
  });
});
