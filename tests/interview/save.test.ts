import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/ingest/read.js';
import { fixture, hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const ANSWERS = 'fixtures/answers/outer-hip.yaml';

function copyOf(name: string): string {
  const path = join(tempDir('hipcheck-save-'), name.split('/').pop()!);
  copyFileSync(fixture(name), path);
  return path;
}

describe('interview --log --save', () => {
  it.each(['logs/european.csv', 'logs/miles.csv', 'logs/athlete.yaml'])('%s: the file afterwards is the old bytes plus one pain record', (name) => {
    const path = copyOf(name);
    const before = readFileSync(path);
    // Today is the day after the log's last entry, so nothing in it is in the future.
    const result = hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save'], { env: { HIPCHECK_TODAY: '2025-06-09' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`saved today's pain record to ${path}\n`);
    const after = readFileSync(path);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
    const log = readLog(path, after.toString('utf8'));
    expect(log.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(log.entries.at(-1)).toMatchObject({ type: 'rest', pain: 2, distanceKm: 0 });
    expect(log.entries.at(-1)!.notes).toMatch(/^hipcheck interview: cut back 30-50%/);
    if (name.endsWith('european.csv')) expect(after.subarray(before.length).toString('utf8')).toMatch(/\r\n$/);
  });

  it('adds the log\'s status to the outcome', () => {
    const result = hipcheck(['interview', '--answers', ANSWERS, '--log', 'fixtures/logs/example.csv', '--format', 'json']);
    expect(JSON.parse(result.stdout).log).toMatchObject({ status: 'amber', asOf: '2025-03-30' });
  });

  it('a CSV without a type column is refused and left untouched', () => {
    const dir = tempDir('hipcheck-save-');
    const path = join(dir, 'plain.csv');
    writeFileSync(path, 'date,distance,pain\n2025-03-01,5,2\n');
    const result = hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot save the interview: the log has no type column');
    expect(readFileSync(path, 'utf8')).toBe('date,distance,pain\n2025-03-01,5,2\n');
  });

  it('a CSV without a notes column still gets the pain record, without its summary note', () => {
    const path = join(tempDir('hipcheck-save-'), 'plain.csv');
    writeFileSync(path, 'date,distance,type,pain\n2025-03-01,5,easy,2\n');
    const result = hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save'], { env: { HIPCHECK_TODAY: '2025-03-02' } });
    expect(result.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('date,distance,type,pain\n2025-03-01,5,easy,2\n2025-03-02,0,rest,2\n');
  });

  it('a YAML log whose runs are not the last block is refused and left untouched', () => {
    const dir = tempDir('hipcheck-save-');
    const path = join(dir, 'log.yaml');
    const text = 'runs:\n  - { date: 2025-03-01, distance: 5 }\nathlete:\n  name: A\n';
    writeFileSync(path, text);
    expect(hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save']).status).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('--save needs --log', () => {
    expect(hipcheck(['interview', '--answers', ANSWERS, '--save']).status).toBe(2);
  });
});
