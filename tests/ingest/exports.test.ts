import { describe, expect, it } from 'vitest';
import { isRunning } from '../../src/model/log.js';
import { painFromNote } from '../../src/ingest/painNotes.js';
import { fixtureLog } from '../helpers/logs.js';

describe('Strava bulk export', () => {
  const log = fixtureLog('exports/strava-activities.csv');
  const byDate = (date: string) => log.entries.find((entry) => entry.date === date)!;

  it('keeps runs, marks strength and cross-training, never counts them as running', () => {
    expect(log.entries.filter(isRunning).map((entry) => entry.date)).toEqual(['2025-03-03', '2025-03-05', '2025-03-08', '2025-03-10']);
    expect(byDate('2025-03-04').type).toBe('strength');
    expect(byDate('2025-03-06').type).toBe('cross');
    expect(byDate('2025-03-09').type).toBe('cross');
  });

  it('uses the metres column, moving time, doubled cadence, gear and the UTC day', () => {
    expect(byDate('2025-03-03')).toMatchObject({ time: '06:45', shoes: 'Pegasus 41', cadenceSpm: 169, elevationGainM: 41.2 });
    expect(byDate('2025-03-03').distanceKm).toBeCloseTo(6.0213, 4);
    expect(byDate('2025-03-03').durationMin).toBeCloseTo(2150 / 60, 6);
    // 11:22:54 PM UTC stays on the 6th.
    expect(byDate('2025-03-06').time).toBe('23:22');
  });

  it('Perceived Exertion is kept as effort', () => {
    expect(byDate('2025-03-10').effort).toBe(3);
  });

  it('trail and virtual runs set the terrain', () => {
    expect(byDate('2025-03-08').terrain).toBe('trail');
    expect(byDate('2025-03-10').terrain).toBe('treadmill');
  });

  it('pain from descriptions and private notes, across line breaks', () => {
    expect(byDate('2025-03-03').pain).toBe(2);
    expect(byDate('2025-03-05')).toMatchObject({ pain: 4, painNextDay: 2 });
    expect(byDate('2025-03-05').notes).toContain('6x800\nhip pain 4/10');
    expect(log.problems).toEqual([expect.objectContaining({ line: 8, severity: 'warning', message: expect.stringMatching(/mention pain without a score/) })]);
  });

  it('an older header generation is read by column name', () => {
    const old = fixtureLog('exports/strava-activities-2019.csv');
    expect(old.entries.map((entry) => [entry.date, entry.distanceKm, entry.cadenceSpm])).toEqual([['2019-06-01', 5, 166], ['2019-06-02', 12, 165]]);
  });
});

describe('Garmin Connect export', () => {
  it('km account: missing markers, thousands separators, track metres, duration fallbacks', () => {
    const log = fixtureLog('exports/garmin-km.csv');
    const runs = log.entries.filter(isRunning);
    expect(runs.map((entry) => entry.date)).toEqual(['2026-04-20', '2026-04-23', '2026-04-24', '2026-04-26']);
    expect(runs[1]).toMatchObject({ terrain: 'trail', elevationGainM: 1337, pain: 5, distanceKm: 14.5 });
    expect(runs[2]).toMatchObject({ terrain: 'track', distanceKm: 6.4 });
    expect(runs[2]!.durationMin).toBeCloseTo(31 + 25.5 / 60, 6);
    // Moving time "00:NaN:NaN" falls back to Time.
    expect(runs[3]!.durationMin).toBeCloseTo(30 + 5 / 60, 6);
    expect(log.entries.find((entry) => entry.date === '2026-04-21')!.type).toBe('strength');
    expect(log.entries.find((entry) => entry.date === '2026-04-25')!.type).toBe('cross');
    expect(log.skippedRows).toBe(0);
  });

  it('miles account: detected from the paces, or said with --units', () => {
    const guessed = fixtureLog('exports/garmin-mi.csv');
    expect(guessed.units).toBe('mi');
    expect(guessed.entries[0]!.distanceKm).toBeCloseTo(5 * 1.609344, 6);
    expect(guessed.problems[0]!.message).toMatch(/read as mi from the paces/);
    const told = fixtureLog('exports/garmin-mi.csv', { units: 'mi' });
    expect(told.problems).toEqual([]);
    expect(told.entries[1]).toMatchObject({ pain: 3 });
  });
});

describe('pain scores in notes', () => {
  it.each([
    ['hip pain 5/10', { pain: 5 }],
    ['pain: 4', { pain: 4 }],
    ['hip 3/10 today', { pain: 3 }],
    ['pain 6 during, 2 next morning', { pain: 6, painNextDay: 2 }],
    ['felt great', {}],
  ])('%j', (note, expected) => {
    expect(painFromNote(note)).toEqual({ ...expected, unscored: false });
  });
  it('pain without a score is flagged, not guessed', () => {
    expect(painFromNote('hip a bit sore')).toEqual({ unscored: true });
  });
});
