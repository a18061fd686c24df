// `hipcheck init`: a starter log a runner can keep with `hipcheck add`, and that every command reads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/ingest/read.js';
import { hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const TODAY = '2025-06-10';
const env = { HIPCHECK_TODAY: TODAY };

describe('hipcheck init', () => {
  it('writes running-log.csv with the recommended columns and one example row, and prints the next two commands', () => {
    const dir = tempDir('hipcheck-init-');
    const result = hipcheck(['init'], { cwd: dir, env });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('wrote running-log.csv: a starter log with one example entry');
    expect(result.stderr).toContain('  hipcheck add running-log.csv --distance 5km --pain 1 --terrain road');
    expect(result.stderr).toContain('  hipcheck analyze running-log.csv');
    expect(readFileSync(join(dir, 'running-log.csv'), 'utf8')).toBe(
      'date,distance_km,duration,terrain,type,pain,pain_after,pain_next_day,red_flag,cleared,notes\n'
      + `${TODAY},5,30:00,road,easy,1,1,0,,,example row: delete this line once you have logged a run\n`);
  });

  it('YAML: a comment for every field, in miles with --units mi, and it reads back as one example run', () => {
    const dir = tempDir('hipcheck-init-');
    expect(hipcheck(['init', 'log.yaml', '--units', 'mi'], { cwd: dir, env }).status).toBe(0);
    const text = readFileSync(join(dir, 'log.yaml'), 'utf8');
    for (const field of ['date', 'distance', 'duration', 'terrain', 'type', 'pain', 'pain_after', 'pain_next_day', 'red_flag', 'cleared', 'units', 'baseline_pain']) {
      expect(text).toMatch(new RegExp(`^[\\s-]*(# )?${field}: .*#`, 'm'));
    }
    const log = readLog('log.yaml', text);
    expect(log.problems).toEqual([]);
    expect(log.units).toBe('mi');
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({ date: TODAY, distanceKm: 5 * 1.609344, durationMin: 30, pain: 1, painNextDay: 0 });
  });

  it('never overwrites: an existing file stays byte-identical', () => {
    const dir = tempDir('hipcheck-init-');
    writeFileSync(join(dir, 'running-log.csv'), 'my precious log\n');
    const result = hipcheck(['init'], { cwd: dir, env });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('running-log.csv  error: already exists; not overwritten');
    expect(readFileSync(join(dir, 'running-log.csv'), 'utf8')).toBe('my precious log\n');
    expect(hipcheck(['init', 'log.txt'], { cwd: dir, env }).stderr).toContain('expected a name ending in .csv, .tsv, .yaml or .yml');
  });

  it.each(['log.csv', 'log.yaml'])('%s: init, then add, then analyze and plan work end to end', (name) => {
    const dir = tempDir('hipcheck-init-');
    expect(hipcheck(['init', name], { cwd: dir, env }).status).toBe(0);
    const add = hipcheck(['add', name, '--distance', '6km', '--duration', '36:00', '--pain', '2', '--terrain', 'trail', '--notes', 'first run logged'], { cwd: dir, env });
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/^status as of 2025-06-10: GREEN, keep running, build gradually/);
    const morning = hipcheck(['add', name, '--morning', '0'], { cwd: dir, env: { HIPCHECK_TODAY: '2025-06-11' } });
    expect(morning.status).toBe(0);
    const analyze = hipcheck(['analyze', name, '--format', 'json'], { cwd: dir, env: { HIPCHECK_TODAY: '2025-06-11' } });
    expect(analyze.stderr).toBe('');
    const report = JSON.parse(analyze.stdout);
    expect(report.summary).toMatchObject({ runs: 2, distanceKm: 11, skippedRows: 0, droppedFields: 0 });
    expect(report.asOf).toBe('2025-06-11');
    const plan = hipcheck(['plan', name, '--format', 'json'], { cwd: dir, env: { HIPCHECK_TODAY: '2025-06-11' } });
    expect(plan.status).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ status: report.status, mode: 'green', startDay: '2025-06-11' });
  });
});
