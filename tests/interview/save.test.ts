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
    expect(result.stderr).toMatch(new RegExp(`saved today's pain record to ${path.replace(/[.]/g, '\\.')}\n$`));
    const after = readFileSync(path);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
    const log = readLog(path, after.toString('utf8'));
    expect(log.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(log.entries.at(-1)).toMatchObject({ type: 'rest', pain: 2, distanceKm: 0 });
    expect(log.entries.at(-1)!.notes).toMatch(/^hipcheck interview: cut back 30-50%/);
    if (name.endsWith('european.csv')) expect(after.subarray(before.length).toString('utf8')).toMatch(/\r\n$/);
  });

  it('judges the log with the answers: one verdict, with the log\'s status and why', () => {
    const result = hipcheck(['interview', '--answers', ANSWERS, '--log', 'fixtures/logs/example.csv', '--format', 'json'], { env: { HIPCHECK_TODAY: '2025-03-30' } });
    const json = JSON.parse(result.stdout);
    expect(json.log).toMatchObject({ status: 'amber', stale: false });
    expect(json.verdict).toMatchObject({ status: 'amber', decidedBy: 'answers' });
    expect(json.verdict.why).toMatch(/^your answers say AMBER: pain during your last run was 4\/10 .*; your log says AMBER: .*; so AMBER: both agree\.$/);
  });

  it('a saved red flag makes a later analyze red; a second interview the same day appends a second record', () => {
    for (const name of ['logs/european.csv', 'logs/athlete.yaml']) {
      const path = copyOf(name);
      const env = { HIPCHECK_TODAY: '2025-06-09' };
      expect(hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save'], { env }).status).toBe(0);
      const second = hipcheck(['interview', '--answers', 'fixtures/answers/building-walking.yaml', '--log', path, '--save'], { env });
      expect(second.stderr, name).toContain("saved today's pain record");
      const entries = readLog(path, readFileSync(path, 'utf8')).entries.filter((entry) => entry.date === '2025-06-09');
      expect(entries, name).toHaveLength(2);
      // A CSV without a red_flag column gets the flag at the head of the note; YAML gets the key.
      if (name.endsWith('.csv')) expect(entries[1]!.notes, name).toMatch(/^RED FLAG: deep groin pain when walking\. hipcheck interview 2 of the day: stop running/);
      else expect(entries[1]!.redFlag, name).toBe('deep groin pain when walking');
      const analysis = JSON.parse(hipcheck(['analyze', path, '--format', 'json'], { env }).stdout);
      expect(analysis.status, name).toBe('red');
    }
  });

  it('a second identical interview the same day appends a second record (numbered), not refused as a duplicate', () => {
    for (const name of ['logs/european.csv', 'logs/athlete.yaml']) {
      const path = copyOf(name);
      const env = { HIPCHECK_TODAY: '2025-06-09' };
      for (const round of [1, 2, 3]) expect(hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save'], { env }).status, `${name} ${round}`).toBe(0);
      const log = readLog(path, readFileSync(path, 'utf8'));
      expect(log.problems.filter((problem) => problem.severity === 'error'), name).toEqual([]);
      expect(log.entries.filter((entry) => entry.date === '2025-06-09').map((entry) => entry.notes!.replace(/:.*/, '')), name)
        .toEqual(['hipcheck interview', 'hipcheck interview 2 of the day', 'hipcheck interview 3 of the day']);
    }
  });

  it('the note records the verdict shown (answers and log together), not the answers\' alone', () => {
    const path = copyOf('logs/example.csv');
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/mild-settled.yaml', '--log', path, '--save']);
    expect(result.stdout).toContain('This week: CUT BACK: next week up to 33.9 km');
    expect(readLog(path, readFileSync(path, 'utf8')).entries.at(-1)!.notes).toMatch(/^hipcheck interview: cut back: next week up to 33\.9 km;/);
  });

  it('a CSV with a red_flag column gets the red flag there, and analyze turns red', () => {
    const path = join(tempDir('hipcheck-save-'), 'flags.csv');
    writeFileSync(path, 'date,distance,type,pain,notes,red_flag\n2025-06-07,5,easy,2,,\n');
    const env = { HIPCHECK_TODAY: '2025-06-09' };
    expect(hipcheck(['interview', '--answers', 'fixtures/answers/building-walking.yaml', '--log', path, '--save'], { env }).status).toBe(1);
    const saved = readLog(path, readFileSync(path, 'utf8')).entries.at(-1)!;
    expect(saved.redFlag).toBe('deep groin pain when walking');
    expect(saved.notes).toMatch(/^hipcheck interview: stop running/);
    expect(JSON.parse(hipcheck(['analyze', path, '--format', 'json'], { env }).stdout).status).toBe('red');
  });

  // Logs without a type column: the record is a row of 0 distance, which reads back as a rest day.
  const NO_TYPE: Record<string, string> = {
    'comma.csv': 'date,distance,pain,notes\n2025-06-07,5,2,\n',
    'semicolon-crlf-bom.csv': '\uFEFFDate;Distance (km);Pain;Notes\r\n2025-06-07;5,2;2;\r\n',
    'miles.csv': 'Date,Distance (mi),Hip pain,Comments\n2025-06-07,3.1,1,\n',
    'plain.yaml': 'runs:\n  - date: 2025-06-07\n    distance: 5\n    pain: 2\n',
  };
  it.each(Object.keys(NO_TYPE))('no type column (%s): a red-flag interview is saved as a rest day with its pain and the flag, and analyze turns red', (name) => {
    const path = join(tempDir('hipcheck-save-'), name);
    writeFileSync(path, NO_TYPE[name]!);
    const env = { HIPCHECK_TODAY: '2025-06-09' };
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/building-walking.yaml', '--log', path, '--save'], { env });
    expect(result.stderr).toContain("saved today's pain record");
    expect(result.status).toBe(1);
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(NO_TYPE[name]!)).toBe(true);
    if (name.includes('crlf')) expect(after.slice(NO_TYPE[name]!.length)).toMatch(/^2025-06-09;0;3;"?RED FLAG: [^\r\n]*\r\n$/);
    const saved = readLog(path, after).entries.at(-1)!;
    expect(saved).toMatchObject({ date: '2025-06-09', type: 'rest', distanceKm: 0, pain: 3 });
    expect(`${saved.redFlag ?? ''} ${saved.notes ?? ''}`).toMatch(/deep groin pain when walking/);
    const analysis = JSON.parse(hipcheck(['analyze', path, '--format', 'json'], { env }).stdout);
    expect(analysis.status).toBe('red');
    expect(analysis.summary.runs).toBe(1);
    expect(analysis.summary.painDays.at(-1)).toMatchObject({ date: '2025-06-09', rest: true, worst: 3 });
  });

  it('the log options apply to the record: --date-format writes today in the log\'s own pattern', () => {
    const path = join(tempDir('hipcheck-save-'), 'dmy.csv');
    writeFileSync(path, 'date,distance,pain,notes\n07/06/2025,5,2,\n');
    const result = hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--date-format', 'dd/MM/yyyy', '--save'], { env: { HIPCHECK_TODAY: '2025-06-09' } });
    expect(result.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/\n09\/06\/2025,0,2,hipcheck interview: cut back 30-50%; pain now\/last run\/morning after: 2\/4\/2;[^\n]*\n$/);
  });

  it('a log that cannot take the record at all (no pain column) is refused before the first question', () => {
    const path = join(tempDir('hipcheck-save-'), 'nopain.csv');
    const text = 'date,distance,notes\n2025-06-07,5,\n';
    writeFileSync(path, text);
    const result = hipcheck(['interview', '--answers', ANSWERS, '--log', path, '--save'], { env: { HIPCHECK_TODAY: '2025-06-09' } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cannot save the interview: the log has no pain column');
    expect(result.stderr).toContain('--save: nothing was asked and nothing written; fix the log, or leave out --save');
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('a save that fails after a complete interview still prints the outcome first, then exits 2; the log that could not hold a red flag was named before the questions', () => {
    const path = join(tempDir('hipcheck-save-'), 'bare.csv');
    writeFileSync(path, 'date,distance,pain\n2025-06-07,5,2\n');
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/building-walking.yaml', '--log', path, '--save'], { env: { HIPCHECK_TODAY: '2025-06-09' } });
    expect(result.status).toBe(2);
    expect(result.stdout.split('\n')[0]).toBe('RED FLAG: stop running and see a doctor within the next few days.');
    expect(result.stdout).toContain('This week: STOP RUNNING FOR NOW');
    expect(readFileSync(path, 'utf8')).toBe('date,distance,pain\n2025-06-07,5,2\n');
    const warning = result.stderr.indexOf('it has no red_flag or notes column, so a red flag could not be saved to it');
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(result.stderr.indexOf('the outcome above stands; nothing was saved'));
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
