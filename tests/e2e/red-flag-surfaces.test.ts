// A red flag never lost on the way to the user, in every command that reads a log: --since,
// --strict (analyze and batch), a clearance that is not one (the log and `add --cleared`), an
// unknown free-text column (analyze and validate), a baseline from a config in a parent folder,
// and one verdict from analyze, batch, interview --log and plan.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const TODAY = { HIPCHECK_TODAY: '2025-06-02' };

function logFile(text: string, name = 'log.csv', dir = tempDir()): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const statusOf = (args: string[], cwd?: string) => JSON.parse(hipcheck([...args, '--format', 'json'], { env: TODAY, ...(cwd ? { cwd } : {}) }).stdout) as { status: string; warnings: string[]; statusReasons: string[] };

describe('--since never hides a flag that was never cleared', () => {
  const log = logFile('date,distance,pain,notes\n2025-05-20,5,1,"limping home, can\'t bear weight"\n2025-05-25,5,1,\n2025-06-01,5,1,\n');
  it.each([
    ['analyze', ['analyze', log, '--since', '2025-05-25']],
    ['plan', ['plan', log, '--since', '2025-05-25']],
  ])('%s is red', (_, args) => {
    expect(statusOf(args).status).toBe('red');
  });
  it('batch is red', () => {
    const result = hipcheck(['batch', log, '--since', '2025-05-25', '--no-cache', '--format', 'csv'], { env: TODAY });
    expect(result.stdout.split('\n')[1]).toMatch(/,red,/);
  });
});

describe('--strict: a red flag in a refused row is named, and batch lists that log first', () => {
  const dir = tempDir();
  const flagged = logFile('date,distance,pain,notes\n2025-05-30,5,1,\n2025-06-01,five,1,can\'t bear weight\n', 'flagged.csv', dir);
  logFile('date,distance,pain,pain_next_day,notes\n2025-05-30,5,1,0,\n2025-06-01,5,7,0,\n', 'red.csv', dir);
  it('analyze --strict exits 2 and says which line has which red flag', () => {
    const result = hipcheck(['analyze', flagged, '--strict'], { env: TODAY });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/flagged\.csv:3 {2}error: line 3 also has a red flag: not being able to bear weight \("can't bear weight"\); see a doctor today/);
  });
  it('batch --strict counts it, and sorts it before a red athlete', () => {
    const result = hipcheck(['batch', dir, '--strict', '--no-cache'], { env: TODAY });
    expect(result.stdout).toMatch(/2 athletes: 1 red, 0 amber, 0 green, 1 unreadable \(1 with a red flag in the rows that could not be read: see to it first\)\./);
    const csv = hipcheck(['batch', dir, '--strict', '--no-cache', '--format', 'csv'], { env: TODAY }).stdout.split('\n');
    expect(csv[1]).toMatch(/^flagged,.*,error,/);
    expect(csv[2]).toMatch(/^red,.*,red,/);
  });
});

describe('a clearance that is not one', () => {
  it('in the log: warned at its cell, and the flag stands', () => {
    const log = logFile('date,distance,pain,notes,cleared\n2025-05-25,5,1,"limping home",\n2025-05-28,5,1,,awaiting physio\n2025-06-01,5,1,,\n');
    const result = hipcheck(['analyze', log], { env: TODAY });
    expect(result.stderr).toMatch(/log\.csv:3:5 {2}warning: cleared: not read as a clearance/);
    expect(result.stdout).toMatch(/Status: +RED/);
  });
  it('add --cleared "waiting for MRI" is refused and writes nothing; a real one is written', () => {
    const text = 'date,distance,type,pain,notes,cleared\n2025-05-25,5,easy,1,limping home,\n';
    const log = logFile(text);
    const refused = hipcheck(['add', log, '--date', '2025-06-01', '--cleared', 'waiting for MRI'], { env: TODAY });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--cleared is not read as a clearance');
    expect(readFileSync(log, 'utf8')).toBe(text);
    const accepted = hipcheck(['add', log, '--date', '2025-06-01', '--cleared', 'Dr Patel: fine to run'], { env: TODAY });
    expect(accepted.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('Dr Patel: fine to run');
  });
});

describe('an unknown free-text column', () => {
  const log = logFile('date,distance,pain,How it went\n2025-05-25,5,1,\n2025-06-01,5,1,fever and shivery\n');
  it('analyze warns once with its letter and header, and reads it for red flags', () => {
    const result = hipcheck(['analyze', log], { env: TODAY });
    expect(result.stderr).toContain('log.csv:1:4  warning: column D ("How it went") is not a column hipcheck reads; its text is still read for red flags');
    expect(result.stdout).toMatch(/your How it went column mentions fever or chills/);
  });
  it('validate lists it', () => {
    expect(hipcheck(['validate', log], { env: TODAY }).stdout + hipcheck(['validate', log], { env: TODAY }).stderr).toContain('column D ("How it went")');
  });
});

describe('a baseline from a config file in a parent folder', () => {
  it('is named in the report, and a morning at 7 is still red', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'hipcheck.config.yaml'), 'athlete:\n  baseline_pain: 7\n');
    const child = join(parent, 'runner');
    mkdirSync(child);
    logFile('date,distance,pain,pain_next_day\n2025-05-25,5,1,7\n2025-06-01,5,1,7\n', 'log.csv', child);
    const report = statusOf(['analyze', 'log.csv'], child);
    expect(report.status).toBe('red');
    expect(report.warnings[0]).toMatch(/^Baseline pain 7\/10 comes from .*hipcheck\.config\.yaml \(athlete\.baseline_pain\)/);
    expect(hipcheck(['analyze', 'log.csv'], { env: TODAY, cwd: child }).stdout).toContain('Baseline pain 7/10 comes from');
  });
});

describe('one verdict for a future-dated red flag', () => {
  const log = logFile('date,distance,pain,notes\n2025-05-20,5,1,\n2025-05-25,5,1,\n2025-06-01,5,1,\n2052-06-01,5,1,can\'t bear weight\n');
  it.each([['analyze'], ['plan']])('%s is red', (command) => expect(statusOf([command, log]).status).toBe('red'));
  it('batch is red', () => expect(hipcheck(['batch', log, '--no-cache', '--format', 'csv'], { env: TODAY }).stdout.split('\n')[1]).toMatch(/,red,/));
});

describe('an urgent red flag in a stale log leads the report, not the staleness', () => {
  // Last entry 2025-05-10, judged on 2025-06-02: stale; the flag of 05-08 was never cleared.
  const log = logFile('date,distance,pain,notes\n2025-05-01,5,1,\n2025-05-08,5,1,"can\'t bear weight"\n2025-05-10,5,1,\n');
  it('the headline says to see a doctor and the first reason is the red flag; staleness follows', () => {
    const text = hipcheck(['analyze', log], { env: TODAY }).stdout;
    expect(text).toMatch(/Status: +RED +stop running and see a doctor/);
    const reasons = statusOf(['analyze', log]).statusReasons;
    expect(reasons[0]).toMatch(/^red-flag: /);
    expect(reasons.at(-1)).toMatch(/^stale: /);
  });
  it('a stale log with nothing else: amber, and staleness is the first reason', () => {
    const calm = logFile('date,distance,pain\n2025-05-01,5,1\n2025-05-03,5,1\n', 'calm.csv');
    const report = statusOf(['analyze', calm]);
    expect(report.status).toBe('amber');
    expect(report.statusReasons[0]).toMatch(/^stale: /);
  });
});
