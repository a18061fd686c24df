// `hipcheck plan` as a runner uses it: on the bundled way-back log, in every format, reacting to
// what `hipcheck add` logs, and with the same status as `analyze`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixture, formatChoices, hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const COMEBACK = 'fixtures/plan/comeback.csv';
const env = { HIPCHECK_TODAY: '2025-06-13' };

describe('hipcheck plan', () => {
  it('the bundled way-back log: where the runner stands, what the log shows, the next 7 days', () => {
    const result = hipcheck(['plan', COMEBACK], { env });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('The way back after a red on 2025-05-29: stage 3 of 9, walk–run 2: 2 min run, 1 min walk × 7 (21 min).');
    expect(result.stdout).toContain('2025-06-09  walk–run 3: back (pain 6 during, above 5)');
    expect(result.stdout).toMatch(/Fri 2025-06-13 {2}If this morning is at your baseline: walk–run 2: 2 min run, 1 min walk × 7 \(21 min\)/);
    expect(result.stdout).toMatch(/Sun 2025-06-15 {2}If the last session passed: walk–run 3: /);
    expect(result.stdout).toContain(`log: this morning's hip pain, 0–10: hipcheck add ${COMEBACK} --morning N`);
  });

  it('the same status and reasons as analyze, in JSON', () => {
    const plan = JSON.parse(hipcheck(['plan', COMEBACK, '--format', 'json'], { env }).stdout);
    const report = JSON.parse(hipcheck(['analyze', COMEBACK, '--format', 'json'], { env }).stdout);
    expect(plan).toMatchObject({ schemaVersion: 1, mode: 'comeback', status: report.status, statusReasons: report.statusReasons, asOf: report.asOf, startDay: '2025-06-13' });
    expect(plan.stage).toEqual({ number: 3, of: 9, name: 'walk–run 2' });
    expect(plan.days).toHaveLength(7);
  });

  it('--format ics -o: a calendar file an iCalendar parser reads, one all-day event per day from the start day', () => {
    const path = join(tempDir('hipcheck-plan-'), 'plan.ics');
    const result = hipcheck(['plan', COMEBACK, '--format', 'ics', '-o', path], { env });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`wrote ${path}\n`);
    const events = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8'))).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.startDate.toString())).toEqual(['2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16', '2025-06-17', '2025-06-18', '2025-06-19']);
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    // Each session is conditional, and its event says so first.
    expect(events[0]!.summary).toBe('hipcheck: If this morning is at your baseline: walk–run 2: 2 min run, 1 min walk × 7 (21 min)');
    expect(events[2]!.summary).toBe('hipcheck: If the last session passed: walk–run 3: 4 min run, 1 min walk × 5 (25 min)');
    expect(readFileSync(path, 'utf8').endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(hipcheck(['plan', COMEBACK, '--format', 'ics', '-o', path], { env }).stderr).toContain('already exists; not overwritten');
  });

  it('markdown: a table of the days for a coach or physio', () => {
    const markdown = hipcheck(['plan', COMEBACK, '--format', 'markdown'], { env }).stdout;
    expect(markdown).toContain('| day | what | how | log |');
    expect(markdown).toMatch(/^\| Fri 2025-06-13 \| If this morning is at your baseline: walk–run 2: 2 min run, 1 min walk × 7 \(21 min\) \|/m);
  });

  it('in miles, distances are in the runner\'s units', () => {
    const result = hipcheck(['plan', 'fixtures/logs/miles.csv'], { env: { HIPCHECK_TODAY: '2025-04-09' } });
    expect(result.stdout).toContain('distances in mi');
    expect(result.stdout).toMatch(/(Easy|Long) run: \d+\.\d mi/);
    expect(result.stdout).not.toMatch(/\d km/);
  });

  it('reacts to what add logs: a red-flag note refuses the plan until a clearance is logged', () => {
    const path = join(tempDir('hipcheck-plan-'), 'log.csv');
    copyFileSync(fixture('plan/comeback.csv'), path);
    expect(hipcheck(['add', path, '--morning', '1', '--notes', 'can\'t put weight on the leg this morning'], { env }).status).toBe(0);
    const refused = hipcheck(['plan', path], { env });
    expect(refused.stdout).toContain('No running plan: a red flag was logged on 2025-06-13. See a doctor before running again.');
    expect(refused.stdout).toContain(`hipcheck add ${path} --cleared "who, and what they said"`);
    expect(refused.stdout).not.toMatch(/Walk–run|10–5–10 test:/);
    const later = { HIPCHECK_TODAY: '2025-06-16' };
    expect(hipcheck(['add', path, '--cleared', 'Dr Okafor: MRI clear, fine to run'], { env: later }).status).toBe(0);
    const plan = hipcheck(['plan', path], { env: later });
    expect(plan.stdout).toContain('After your clearance on 2025-06-16: no running yet.');
  });

  it('a red flag recorded with add --red-flag refuses the plan', () => {
    const path = join(tempDir('hipcheck-plan-'), 'log.csv');
    copyFileSync(fixture('plan/comeback.csv'), path);
    expect(hipcheck(['add', path, '--red-flag', 'hip swollen and hot, feverish'], { env }).status).toBe(0);
    const plan = JSON.parse(hipcheck(['plan', path, '--format', 'json'], { env }).stdout);
    expect(plan).toMatchObject({ mode: 'red-flag', since: '2025-06-13', stage: null });
    expect(plan.days).toHaveLength(1);
  });

  it('a logged session moves the plan on the next day', () => {
    const path = join(tempDir('hipcheck-plan-'), 'log.csv');
    writeFileSync(path, readFileSync(fixture('plan/comeback.csv')));
    hipcheck(['add', path, '--morning', '0', '--distance', '3.2', '--duration', '21:00', '--pain', '2'], { env });
    hipcheck(['add', path, '--morning', '0'], { env: { HIPCHECK_TODAY: '2025-06-14' } });
    const next = JSON.parse(hipcheck(['plan', path, '--format', 'json'], { env: { HIPCHECK_TODAY: '2025-06-14' } }).stdout);
    expect(next.history.at(-1)).toMatchObject({ date: '2025-06-13', session: 'walk–run 2', outcome: 'passed' });
    expect(next.stage.name).toBe('walk–run 3');
  });

  it('--format choices, and the bash completion offers them', () => {
    expect(formatChoices('plan')).toEqual(['text', 'markdown', 'json', 'ics']);
    const script = hipcheck(['completion', 'bash']).stdout;
    const completed = spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(hipcheck plan --format ''); COMP_CWORD=3; _hipcheck; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
    expect(completed.stdout.trim().split('\n')).toEqual(['text', 'markdown', 'json', 'ics']);
  });
});
