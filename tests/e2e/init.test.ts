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

  it('YAML: a comment for every field, in miles with --units mi, and its example entry reads back as the example, not a run', () => {
    const dir = tempDir('hipcheck-init-');
    expect(hipcheck(['init', 'log.yaml', '--units', 'mi'], { cwd: dir, env }).status).toBe(0);
    const text = readFileSync(join(dir, 'log.yaml'), 'utf8');
    for (const field of ['date', 'distance', 'duration', 'terrain', 'type', 'pain', 'pain_after', 'pain_next_day', 'red_flag', 'cleared', 'units', 'baseline_pain']) {
      expect(text).toMatch(new RegExp(`^[\\s-]*(# )?${field}: .*#`, 'm'));
    }
    // A YAML entry spans several lines: the note says to delete the entry, not "this line".
    expect(text).toContain('notes: "example entry: delete this entry once you have logged a run"');
    expect(text).not.toContain('delete this line');
    const log = readLog('log.yaml', text);
    expect(log.units).toBe('mi');
    expect(log.entries).toEqual([]);
    expect(log.initExampleLines).toHaveLength(1);
    expect(log.problems).toEqual([{ file: 'log.yaml', line: log.initExampleLines![0], severity: 'warning', message: 'still the example entry from `hipcheck init`: delete it (left out of the analysis)' }]);
  });

  it('never overwrites: an existing file stays byte-identical', () => {
    const dir = tempDir('hipcheck-init-');
    writeFileSync(join(dir, 'running-log.csv'), 'my precious log\n');
    const result = hipcheck(['init'], { cwd: dir, env });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('running-log.csv  error: already exists; not overwritten');
    // init has no --force (replacing a log would lose its runs), so it does not suggest one.
    expect(result.stderr).toContain('init never replaces a log');
    expect(result.stderr).not.toContain('--force');
    expect(readFileSync(join(dir, 'running-log.csv'), 'utf8')).toBe('my precious log\n');
    expect(hipcheck(['init', 'log.txt'], { cwd: dir, env }).stderr).toContain('expected a name ending in .csv, .tsv, .yaml or .yml');
  });

  it.each(['log.csv', 'log.yaml'])('%s: init, then add, then analyze and plan work end to end', (name) => {
    const dir = tempDir('hipcheck-init-');
    expect(hipcheck(['init', name], { cwd: dir, env }).status).toBe(0);
    const add = hipcheck(['add', name, '--distance', '6km', '--duration', '36:00', '--pain', '2', '--terrain', 'trail', '--notes', 'first run logged'], { cwd: dir, env });
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/^Status as of 2025-06-10: {2}GREEN {2}keep running, build gradually/);
    const morning = hipcheck(['add', name, '--morning', '0'], { cwd: dir, env: { HIPCHECK_TODAY: '2025-06-11' } });
    expect(morning.status).toBe(0);
    // The example entry is still there: left out, and every command says so at its line.
    const exampleLine = name.endsWith('.csv') ? 2 : readFileSync(join(dir, name), 'utf8').split('\n').findIndex((line) => line.includes('- date:')) + 1;
    const warning = `${name}:${exampleLine}  warning: still the example entry from \`hipcheck init\`: delete it (left out of the analysis)`;
    const day = { cwd: dir, env: { HIPCHECK_TODAY: '2025-06-11' } };
    for (const command of [['analyze', name], ['plan', name], ['batch', name]]) expect(hipcheck(command, day).stderr).toContain(warning);
    expect(hipcheck(['analyze', name], day).stdout).toContain(`line ${exampleLine} is still the example entry from \`hipcheck init\``);
    const analyze = hipcheck(['analyze', name, '--format', 'json'], day);
    const report = JSON.parse(analyze.stdout);
    // Only the run the runner logged: 6 km, not the example's 5.
    expect(report.summary).toMatchObject({ runs: 1, distanceKm: 6, skippedRows: 0, droppedFields: 0, initExampleLines: [exampleLine] });
    expect(report.asOf).toBe('2025-06-11');
    const plan = hipcheck(['plan', name, '--format', 'json'], { cwd: dir, env: { HIPCHECK_TODAY: '2025-06-11' } });
    expect(plan.status).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ status: report.status, mode: 'green', startDay: '2025-06-11' });
  });
});
