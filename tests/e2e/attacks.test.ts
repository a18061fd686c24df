// What an attacker found in the batch cache, --compare, rosters and output, each fixed here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN_PATH, fixture, hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

describe('batch cache under attack', () => {
  it('a named pipe given by name is read once, not used up by the cache', () => {
    const cache = tempDir('hipcheck-attack-');
    const result = spawnSync('bash', ['-c', `node ${BIN_PATH} batch <(cat ${fixture('batch/team/ana.csv')}) --format csv`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cache, HIPCHECK_TODAY: '2025-03-31' } });
    expect(result.stderr).not.toMatch(/empty/);
    expect(result.stdout.trim().split('\n')[1]).toMatch(/,red,/);
  });

  it('an entry that is valid JSON but not a report is one warning, and the athlete is analysed afresh', () => {
    const cache = tempDir('hipcheck-attack-');
    const env = { XDG_CACHE_HOME: cache };
    const cold = hipcheck(['batch', fixture('batch/team'), '--format', 'csv'], { env });
    const dir = join(cache, 'hipcheck');
    for (const [index, entry] of readdirSync(dir).entries()) writeFileSync(join(dir, entry), JSON.stringify(index % 2 ? { report: {} } : { report: { freshness: { lastEntry: 'x' } } }));
    const warm = hipcheck(['batch', fixture('batch/team'), '--format', 'csv'], { env });
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stderr.match(/damaged cache entry/g)).toHaveLength(1);
  });
});

describe('--compare and rosters under attack', () => {
  it('two folders holding the same file name are two athletes, not one', () => {
    const root = tempDir('hipcheck-attack-');
    mkdirSync(join(root, 'A'));
    mkdirSync(join(root, 'B'));
    copyFileSync(fixture('batch/team/ana.csv'), join(root, 'A', 'ana.csv'));
    copyFileSync(fixture('batch/team/cleo.csv'), join(root, 'B', 'ana.csv'));
    expect(hipcheck(['batch', 'A', 'B', '--format', 'json', '-o', 'prev.json'], { cwd: root }).status).toBe(1);
    const now = JSON.parse(hipcheck(['batch', 'A', 'B', '--format', 'json', '--compare', 'prev.json'], { cwd: root }).stdout).athletes;
    expect(now.map((athlete: { batch: { change: { kind: string } } }) => athlete.batch.change.kind)).toEqual(['unchanged', 'unchanged']);
  });

  it('a hostile earlier check is "not a squad check", and --compare with ndjson is a usage error', () => {
    const root = tempDir('hipcheck-attack-');
    for (const bad of ['{"schemaVersion":2,"athletes":[null]}', '{"schemaVersion":2,"athletes":[[1]]}']) {
      writeFileSync(join(root, 'bad.json'), bad);
      const result = hipcheck(['batch', fixture('batch/team/ana.csv'), '--compare', join(root, 'bad.json')]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/not a squad check/);
    }
    writeFileSync(join(root, 'odd.json'), JSON.stringify({ schemaVersion: 2, athletes: [{ athlete: { name: { toString: 1 } }, status: '__proto__', findings: [null], asOf: '2025-03-28' }] }));
    const odd = hipcheck(['batch', fixture('batch/team/ana.csv'), '--compare', join(root, 'odd.json'), '--format', 'json']);
    expect(odd.stderr).not.toMatch(/internal error/);
    expect(JSON.parse(odd.stdout).athletes[0].batch.change.kind).toBe('new');
    expect(hipcheck(['batch', fixture('batch/team/ana.csv'), '--compare', join(root, 'odd.json'), '--format', 'ndjson']).status).toBe(2);
  });

  it('a roster entry without a name takes the log\'s own name; an absolute log path works', () => {
    const root = tempDir('hipcheck-attack-');
    writeFileSync(join(root, 'roster.yaml'), `athletes:\n  - log: ${fixture('logs/athlete.yaml')}\n`);
    const result = hipcheck(['batch', '--roster', join(root, 'roster.yaml'), '--format', 'json'], { env: { HIPCHECK_TODAY: '2025-05-12' } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).athletes[0].athlete.name).toBe('Sam Rivera');
  });
});

describe('output under attack', () => {
  it('FORCE_COLOR never puts colour codes into a file written with -o', () => {
    const root = tempDir('hipcheck-attack-');
    hipcheck(['analyze', fixture('logs/example.csv'), '-o', join(root, 'a.txt')], { env: { FORCE_COLOR: '1' } });
    hipcheck(['batch', fixture('batch/team'), '-o', join(root, 'b.txt')], { env: { FORCE_COLOR: '1' } });
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).not.toContain('\x1b');
    expect(readFileSync(join(root, 'b.txt'), 'utf8')).not.toContain('\x1b');
  });

  it('messages show control characters in names escaped', () => {
    const input = 'athlete:\n  name: "a\\e]52;c;cHduZWQ=\\a\\e[2Jb"\nruns:\n  - { date: 2025-03-30, distance: 5, pain: 0 }\n';
    const out = hipcheck(['analyze', '-', '--format', 'messages'], { input }).stdout;
    expect(out.includes('\u001b') || out.includes('\u0007')).toBe(false);
    expect(out).toContain('\\e]52');
  });
});

describe('JSON output is safe to cat to a terminal', () => {
  // C1 controls (U+009B is CSI), bidi marks and overrides, line and paragraph separators: a
  // terminal acts on them raw. In JSON they are \uXXXX escapes, the same text to a parser.
  const unsafe = '\u0085\u009b2J\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029';
  const name = `Mallory ${unsafe} Jones`;
  const escaped = (text: string) => [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const yamlName = `Mallory ${escaped(unsafe)} Jones`;
  const runs = Array.from({ length: 20 }, (_, day) => `  - { date: 2025-03-${String(day + 10).padStart(2, '0')}, distance: 6, pain: ${day % 4}, notes: "tight ${escaped('\u202e')}" }`);
  const log = `athlete:\n  name: "${yamlName}"\nruns:\n${runs.join('\n')}\n  - { date: 2025-03-30, distance: "5${escaped('\u009b')}", pain: 1 }\n`;

  it.each([
    ['analyze json', (file: string) => ['analyze', file, '--format', 'json']],
    ['analyze ndjson', (file: string) => ['analyze', file, '--format', 'ndjson']],
    ['analyze json --patterns-only', (file: string) => ['analyze', file, '--format', 'json', '--patterns-only']],
    ['batch json', (file: string) => ['batch', file, '--format', 'json']],
    ['batch ndjson', (file: string) => ['batch', file, '--format', 'ndjson']],
    ['validate json', (file: string) => ['validate', file, '--format', 'json']],
    ['plan json', (file: string) => ['plan', file, '--format', 'json']],
    ['interview json', (file: string) => ['interview', '--answers', fixture('answers/outer-hip.yaml'), '--log', file, '--format', 'json']],
  ])('%s', (_label, args) => {
    // The file name carries an override too: every output names its source.
    const file = join(tempDir('hipcheck-json-'), 'mallory\u202e.yaml');
    writeFileSync(file, log);
    const result = hipcheck(args(file));
    expect(result.stdout).not.toMatch(/[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/);
    const parsed: unknown = args(file).includes('ndjson') ? result.stdout.trim().split('\n').map((line) => JSON.parse(line)) : JSON.parse(result.stdout);
    // Parsed back, the text is what the runner wrote: the file name, and the athlete's name where shown.
    const text = JSON.stringify(parsed);
    expect(text).toContain(file);
    if (!args(file).includes('validate') && !args(file).includes('interview')) expect(text).toContain(name);
  });
});
