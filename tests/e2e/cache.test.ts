// Instant re-runs: batch keeps each athlete's analysis in the user's cache folder; the output
// is the same byte for byte with and without it, and a broken cache never breaks a check.
import { appendFileSync, chmodSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixture, hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

/** A cache entry as hipcheck writes it: the SHA-256 of the JSON text, a newline, the text. */
const readEntry = (file: string) => JSON.parse(readFileSync(file, 'utf8').split('\n').slice(1).join('\n'));
function writeEntry(file: string, value: unknown): void {
  const text = JSON.stringify(value);
  writeFileSync(file, `${createHash('sha256').update(text).update('\0').digest('hex')}\n${text}`);
}

const tempFolder = () => {
  const folder = tempDir('hipcheck-cache-');
  return folder;
};

function setUp() {
  const team = join(tempFolder(), 'team');
  cpSync(fixture('batch/team'), team, { recursive: true });
  const cacheHome = tempFolder();
  const run = (args: string[], today = '2025-03-31') => hipcheck(['batch', team, ...args], { env: { XDG_CACHE_HOME: cacheHome, HIPCHECK_TODAY: today } });
  const entries = () => readdirSync(join(cacheHome, 'hipcheck')).filter((name) => name.endsWith('.json'));
  return { team, cacheHome, run, entries };
}

describe('batch cache', () => {
  it('a second run reads the cache and prints the same bytes in every format; --no-cache agrees', () => {
    const { run, entries } = setUp();
    for (const format of ['json', 'text', 'csv', 'ndjson', 'html']) {
      const cold = run(['--format', format]);
      const warm = run(['--format', format]);
      expect(warm.stdout).toBe(cold.stdout);
      expect(warm.stderr).toBe(cold.stderr);
      expect(run(['--format', format, '--no-cache']).stdout).toBe(cold.stdout);
    }
    // One report and its squad row per readable log (eve.tsv cannot be read, so it is not cached).
    expect(entries().filter((name) => !name.endsWith('.row.json'))).toHaveLength(5);
    expect(entries().filter((name) => name.endsWith('.row.json'))).toHaveLength(5);
  });

  it('the warm run really reads the cache: an entry edited by hand shows through, the row for tables, the report for reports', () => {
    const { cacheHome, run, entries } = setUp();
    run(['--format', 'json']);
    // Edited as hipcheck writes entries (its checksum line redone), so only the cache can say it.
    for (const entry of entries()) {
      const file = join(cacheHome, 'hipcheck', entry);
      const cached = readEntry(file);
      if (cached.athlete === 'dan') writeEntry(file, { ...cached, athlete: 'dan (row from the cache)' });
      if (cached.report?.athlete.name === 'dan') writeEntry(file, { ...cached, report: { ...cached.report, athlete: { ...cached.report.athlete, name: 'dan (report from the cache)' } } });
    }
    expect(run(['--format', 'csv']).stdout).toContain('dan (row from the cache)');
    expect(run(['--format', 'json']).stdout).toContain('dan (report from the cache)');
    expect(run(['--format', 'csv', '--no-cache']).stdout).not.toContain('from the cache');
  });

  it('an entry changed since it was written (its checksum no longer fits) is ignored with one warning: a red athlete never shows green', () => {
    const { cacheHome, run, entries } = setUp();
    const cold = run(['--format', 'csv']);
    expect(cold.stdout).toMatch(/,red,/);
    // A row and a report whose status was edited in place, and a row whose fields were emptied.
    for (const entry of entries()) {
      const file = join(cacheHome, 'hipcheck', entry);
      const text = readFileSync(file, 'utf8');
      if (text.includes('"status":"red"')) writeFileSync(file, text.replace('"status":"red"', '"status":"green"'));
      else if (entry.endsWith('.row.json')) writeFileSync(file, text.replace(/"recentFindings":\[[^\]]*\]/, '"recentFindings":[1,null]'));
    }
    const first = run(['--format', 'csv']);
    expect(first.stderr.match(/warning: a damaged cache entry was ignored/g)).toHaveLength(1);
    for (const format of ['csv', 'json', 'text']) {
      const warm = run(['--format', format]);
      const fresh = run(['--format', format, '--no-cache']);
      expect(warm.stdout).toBe(fresh.stdout);
      expect(warm.status).toBe(fresh.status);
    }
  });

  it('the input limit holds for a log the cache knows: HIPCHECK_MAX_INPUT_MB=1 refuses a 2 MB log as --no-cache does', () => {
    const { team, cacheHome } = setUp();
    const rows = Array.from({ length: 60_000 }, (_, index) => `2025-03-${String(1 + (index % 30)).padStart(2, '0')},5,1,${'x'.repeat(12)}`);
    writeFileSync(join(team, 'big.csv'), `date,distance_km,pain,notes\n${rows.join('\n')}\n`);
    const run = (extra: Record<string, string> = {}) => hipcheck(['batch', join(team, 'big.csv'), '--format', 'csv'], { env: { XDG_CACHE_HOME: cacheHome, HIPCHECK_TODAY: '2025-03-31', ...extra } });
    expect(run().status).not.toBe(2); // cached now
    const limited = run({ HIPCHECK_MAX_INPUT_MB: '1' });
    expect(limited.status).toBe(2);
    expect(limited.stdout).toBe(run({ HIPCHECK_MAX_INPUT_MB: '1', XDG_CACHE_HOME: tempFolder() }).stdout);
    expect(limited.stdout + limited.stderr).toMatch(/larger than the input limit of 1 MB/);
  });

  it('a table format still reads a report cached without its row (an older cache), to the same bytes', () => {
    const { cacheHome, run, entries } = setUp();
    const cold = run(['--format', 'csv']);
    for (const entry of entries().filter((name) => name.endsWith('.row.json'))) rmSync(join(cacheHome, 'hipcheck', entry));
    expect(run(['--format', 'csv']).stdout).toBe(cold.stdout);
    expect(run(['--format', 'text']).stdout).toBe(run(['--format', 'text', '--no-cache']).stdout);
  });

  it('staleness is worked out for the day of the run, not the day the entry was cached', () => {
    const { run } = setUp();
    run(['--format', 'json']);
    const later = JSON.parse(run(['--format', 'json'], '2025-06-30').stdout).athletes;
    const fresh = JSON.parse(run(['--format', 'json', '--no-cache'], '2025-06-30').stdout).athletes;
    expect(later).toEqual(fresh);
    expect(later[0].freshness.referenceDay).toBe('2025-06-30');
  });

  it('a changed log is analysed again', () => {
    const { team, run } = setUp();
    run(['--format', 'json']);
    appendFileSync(join(team, 'cleo.csv'), '2025-03-31 07:00,8.0,45:00,road,easy,8,8,8,,,,\n');
    const after = JSON.parse(run(['--format', 'json']).stdout).athletes;
    expect(after[0].athlete.name).toBe('cleo');
    expect(after[0].status).toBe('red');
  });

  it('--no-cache writes nothing; a damaged entry or an unwritable folder is one warning, never an error', () => {
    const { cacheHome, run, entries } = setUp();
    run(['--no-cache']);
    expect(readdirSync(cacheHome)).toEqual([]);
    const cold = run(['--format', 'csv']);
    for (const entry of entries()) writeFileSync(join(cacheHome, 'hipcheck', entry), '{ not json');
    const damaged = run(['--format', 'csv']);
    expect(damaged.stdout).toBe(cold.stdout);
    expect(damaged.stderr.match(/warning: a damaged cache entry was ignored/g)).toHaveLength(1);
    if (process.getuid?.() === 0) return; // root writes anywhere: the permission case cannot be made here
    rmSync(join(cacheHome, 'hipcheck'), { recursive: true });
    chmodSync(cacheHome, 0o500);
    const unwritable = run(['--format', 'csv']);
    chmodSync(cacheHome, 0o700);
    expect(unwritable.stdout).toBe(cold.stdout);
    expect(unwritable.stderr.match(/warning: the cache folder .* cannot be written/g)).toHaveLength(1);
  });

  it('an unwritable cache folder (a file in its way) is one warning', () => {
    const { cacheHome, run } = setUp();
    const cold = run(['--format', 'csv', '--no-cache']);
    writeFileSync(join(cacheHome, 'hipcheck'), 'not a folder');
    const blocked = run(['--format', 'csv']);
    expect(blocked.stdout).toBe(cold.stdout);
    expect(blocked.stderr.match(/warning: the cache folder .* cannot be written/g)).toHaveLength(1);
  });
});
