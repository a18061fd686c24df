import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, hipcheck } from '../helpers/cli.js';

describe('hipcheck validate (built binary)', () => {
  it('a clean log: one summary line on stdout, nothing on stderr, exit 0', () => {
    const result = hipcheck(['validate', 'fixtures/logs/example.csv']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('fixtures/logs/example.csv: 48 runs (+8 other entries), 2025-01-07 → 2025-03-30, 474.6 km, 0 rows skipped\n');
  });

  it('reads stdin with -, sniffing YAML from the content', () => {
    const result = hipcheck(['validate', '-'], { input: readFileSync(fixture('logs/athlete.yaml'), 'utf8'), env: { HIPCHECK_TODAY: '2025-05-12' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<stdin>: 3 runs \(\+1 other entry\), 2025-05-05 → 2025-05-11, 34\.7 km/);
  });

  it('a miles log is summarised in miles', () => {
    expect(hipcheck(['validate', 'fixtures/logs/miles.csv'], { env: { HIPCHECK_TODAY: '2025-04-09' } }).stdout).toContain('21.7 mi');
  });

  it('broken rows: each on stderr as file:line:col, summary counts them, exit 1', () => {
    const result = hipcheck(['validate', 'fixtures/logs/broken.csv']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fixtures/logs/broken.csv:3:2  error: distance: not a distance; row skipped (got "abc", expected a number ≥ 0 (km), optionally with a unit: 8.2 km, 5 mi, 400 m)');
    expect(result.stderr).toContain('fixtures/logs/broken.csv:7:7  warning: pain: above the 0–10 pain scale; read as 10/10, the top of the scale (got "11", expected a pain score from 0 to 10)');
    expect(result.stderr.trim().split('\n')).toHaveLength(13);
    expect(result.stdout).toContain('6 runs, 2025-02-03 → 2025-02-12, 35.0 km, 8 rows skipped, 2 values dropped, 5 warnings');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('--strict turns skipped rows into exit 2', () => {
    expect(hipcheck(['validate', '--strict', 'fixtures/logs/broken.csv']).status).toBe(2);
  });

  it('a missing file is exit 2 with one line and no stack trace; other files are still checked', () => {
    const result = hipcheck(['validate', 'missing.csv', 'fixtures/logs/miles.csv'], { env: { HIPCHECK_TODAY: '2025-04-09' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('missing.csv  error: no such file\n');
    expect(result.stdout).toContain('fixtures/logs/miles.csv: 5 runs');
  });

  it('--date-format reads day-first dates', () => {
    const input = 'date,distance\n25/03/2025,5\n';
    expect(hipcheck(['validate', '-'], { input }).status).toBe(1);
    const result = hipcheck(['validate', '--date-format', 'dd/MM/yyyy', '-'], { input });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2025-03-25 → 2025-03-25');
  });

  it('warns about entries after --as-of', () => {
    const result = hipcheck(['validate', '--as-of', '2025-03-01', 'fixtures/logs/example.csv']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fixtures/logs/example.csv:39  warning: dated after 2025-03-01; left out of the analysis (got 2025-03-02)');
  });

  it('--format json gives the same facts as data', () => {
    const result = hipcheck(['validate', '--format', 'json', 'fixtures/logs/broken.csv', 'nope.csv']);
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.files[0]).toMatchObject({ file: 'fixtures/logs/broken.csv', status: 'problems', runs: 6, skippedRows: 8, droppedFields: 2, warnings: 5 });
    expect(report.files[0].problems[0]).toMatchObject({ line: 3, col: 2, severity: 'error' });
    expect(report.files[1]).toMatchObject({ file: 'nope.csv', status: 'unreadable' });
  });

  it('a left-out row\'s red flag is said at its line, in text and JSON (validate analyses nothing else)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hipcheck-validate-'));
    const log = join(dir, 'log.csv');
    writeFileSync(log, 'date,distance_km,pain,notes\n2025-03-01,5,2,ok\n2025-03-02,ten,3,can\'t bear weight\n2025-03-03,4,1,fine\n');
    const text = hipcheck(['validate', log]);
    expect(text.status).toBe(1);
    expect(text.stderr).toContain(`${log}:3:2  error: distance_km: not a distance; row skipped`);
    expect(text.stderr).toContain(`${log}:3  error: line 3 also has a red flag: not being able to bear weight ("can't bear weight"); see a doctor today, whatever the rest of the log says`);
    const json = JSON.parse(hipcheck(['validate', '--format', 'json', log]).stdout) as { files: { problems: { line: number; message: string }[] }[] };
    expect(json.files[0]!.problems.filter((problem) => problem.line === 3).map((problem) => problem.message)).toEqual([expect.stringMatching(/not a distance/), expect.stringMatching(/also has a red flag/)]);
    rmSync(dir, { recursive: true });
  });

  it('usage errors exit 2', () => {
    const result = hipcheck(['validate', '--units', 'yards', 'x.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("argument 'yards' is invalid");
  });
});
