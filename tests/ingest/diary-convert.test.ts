import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinDiary } from '../../src/ingest/diary.js';
import { readLog } from '../../src/ingest/read.js';
import { toCanonicalCsv, toCanonicalYaml } from '../../src/report/canonical.js';
import { fixture, hipcheck } from '../helpers/cli.js';
import { fixtureLog } from '../helpers/logs.js';
import { tempDir } from '../helpers/tempDir.js';

describe('pain diary joined by date', () => {
  const log = joinDiary(fixtureLog('exports/strava-activities.csv'), fixtureLog('diaries/pain-diary.csv', { diary: true }));
  const on = (date: string) => log.entries.filter((entry) => entry.date === date);

  it('fills a run\'s pain scores, and reports where the diary and the notes disagree', () => {
    expect(on('2025-03-05')[0]).toMatchObject({ pain: 5, painNextDay: 3 });
    const conflicts = log.problems.filter((problem) => /differs/.test(problem.message));
    expect(conflicts.map((problem) => problem.got)).toEqual(['5 in the diary, 4 in the log', '3 in the diary, 2 in the log']);
    expect(conflicts[0]).toMatchObject({ file: 'fixtures/diaries/pain-diary.csv', line: 2, severity: 'warning' });
  });

  it('a diary day without a run stays as a pain record, not a run', () => {
    expect(on('2025-03-07')).toEqual([expect.objectContaining({ type: 'rest', pain: 2, distanceKm: 0 })]);
  });

  it('a diary needs no distance column', () => {
    expect(() => readLog('d.csv', 'date,pain\n2025-03-01,3\n', { diary: true })).not.toThrow();
  });
});

describe('--tz for Strava\'s UTC times', () => {
  it('moves a late-evening UTC run to the next day east of Greenwich', () => {
    const text = readFileSync(fixture('exports/strava-activities.csv'), 'utf8');
    const berlin = readLog('s.csv', text, { timeZone: 'Europe/Berlin' });
    expect(berlin.entries.find((entry) => entry.type === 'cross' && entry.date === '2025-03-07')?.time).toBe('00:22');
    const utc = readLog('s.csv', text);
    expect(utc.entries.some((entry) => entry.date === '2025-03-06' && entry.time === '23:22')).toBe(true);
  });
  it('an unknown zone is a usage error', () => {
    const result = hipcheck(['validate', '--tz', 'Mars/Olympus', 'fixtures/exports/strava-activities.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown time zone (got "Mars/Olympus"');
  });
});

describe('hipcheck convert', () => {
  it('canonical CSV and YAML read back to the same entries', () => {
    const log = fixtureLog('exports/garmin-km.csv', { units: 'km' });
    for (const [name, text] of [['c.csv', toCanonicalCsv(log)], ['c.yaml', toCanonicalYaml(log)]] as const) {
      const back = readLog(name, text);
      expect(back.problems).toEqual([]);
      expect(back.entries.map((entry) => [entry.date, entry.type, entry.terrain, entry.pain, entry.cadenceSpm])).toEqual(log.entries.map((entry) => [entry.date, entry.type, entry.terrain, entry.pain, entry.cadenceSpm]));
      back.entries.forEach((entry, index) => expect(entry.distanceKm).toBeCloseTo(log.entries[index]!.distanceKm, 3));
    }
  });

  it('-o writes the file; an existing file is refused unless --force, and left byte-identical', () => {
    const dir = tempDir('hipcheck-convert-');
    const out = join(dir, 'log.csv');
    const first = hipcheck(['convert', 'fixtures/exports/strava-activities.csv', '--pain', 'fixtures/diaries/pain-diary.csv', '--to', 'csv', '-o', out]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(`wrote 8 entries to ${out}`);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('date,distance_km,duration,pace,terrain,type,pain,pain_after,pain_next_day,pain_start,pain_end,elevation_gain,cadence,effort,shoes,notes,red_flag,cleared');
    writeFileSync(out, 'my own log, do not touch\n');
    const again = hipcheck(['convert', 'fixtures/exports/strava-activities.csv', '--to', 'csv', '-o', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists; not overwritten (expected a new file name, or --force to replace it)');
    expect(readFileSync(out, 'utf8')).toBe('my own log, do not touch\n');
    expect(hipcheck(['convert', 'fixtures/exports/strava-activities.csv', '--to', 'yaml', '-o', out, '--force']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^athlete:\n {2}units: km\nruns:\n/);
  });

  it('--to is required', () => {
    expect(hipcheck(['convert', 'fixtures/exports/strava-activities.csv']).status).toBe(2);
  });
});
