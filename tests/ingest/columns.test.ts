import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/ingest/read.js';
import { UserError } from '../../src/model/errors.js';

/** Reads a one-run CSV whose columns are date, distance and the column under test. */
function withColumn(header: string, value: string) {
  const log = readLog('t.csv', `date,distance,${header}\n2025-03-04,10,${value}\n`);
  expect(log.problems).toEqual([]);
  return log.entries[0]!;
}

describe('every header alias from the log format', () => {
  it.each([
    ['Time', '50:00', { durationMin: 50 }],
    ['Duration', '50:00', { durationMin: 50 }],
    ['Moving time', '50:00', { durationMin: 50 }],
    ['Pace', '5:00', { paceMinPerKm: 5 }],
    ['Avg pace', '5:00', { paceMinPerKm: 5 }],
    ['Terrain', 'Trail', { terrain: 'trail' }],
    ['Surface', 'road', { terrain: 'road' }],
    ['Type', 'tempo', { type: 'tempo' }],
    ['Workout', 'Intervals', { type: 'intervals' }],
    ['Session', 'long', { type: 'long' }],
    ['Pain', '3', { pain: 3 }],
    ['Pain (0-10)', '3', { pain: 3 }],
    ['Hip pain', '3', { pain: 3 }],
    ['Pain during', '3', { pain: 3 }],
    ['Pain after', '2', { painAfter: 2 }],
    ['Pain next day', '1', { painNextDay: 1 }],
    ['Next-day pain', '1', { painNextDay: 1 }],
    ['Pain 24h', '1', { painNextDay: 1 }],
    ['Morning pain', '1', { painNextDay: 1 }],
    ['Elevation', '120', { elevationGainM: 120 }],
    ['Elevation gain', '120', { elevationGainM: 120 }],
    ['Ascent', '120', { elevationGainM: 120 }],
    ['Cadence', '172', { cadenceSpm: 172 }],
    ['Steps/min', '172', { cadenceSpm: 172 }],
    ['RPE', '6', { effort: 6 }],
    ['Perceived Exertion', '6', { effort: 6 }],
    ['Shoes', 'Pegasus', { shoes: 'Pegasus' }],
    ['Shoe', 'Pegasus', { shoes: 'Pegasus' }],
    ['Gear', 'Pegasus', { shoes: 'Pegasus' }],
    ['Pain start', '3', { painStart: 3 }],
    ['Pain at start', '3', { painStart: 3 }],
    ['Pain end', '1', { painEnd: 1 }],
    ['Pain at finish', '1', { painEnd: 1 }],
    ['Notes', 'felt good', { notes: 'felt good' }],
    ['Comment', 'felt good', { notes: 'felt good' }],
    ['Comments', 'felt good', { notes: 'felt good' }],
  ])('%s', (header, value, expected) => {
    expect(withColumn(header, value)).toMatchObject(expected);
  });

  it.each(['Date', 'Day', 'DATE', ' day '])('date column "%s"', (header) => {
    expect(readLog('t.csv', `${header},distance\n2025-03-04,5\n`).entries[0]?.date).toBe('2025-03-04');
  });

  it.each([
    ['Distance', 5],
    ['Distance (km)', 5],
    ['km', 5],
    ['dist', 5],
    ['Distance (mi)', 5 * 1.609344],
    ['miles', 5 * 1.609344],
  ])('distance column "%s"', (header, km) => {
    expect(readLog('t.csv', `date,${header}\n2025-03-04,5\n`).entries[0]?.distanceKm).toBeCloseTo(km, 9);
  });

  it('elevation in feet when the header says ft', () => {
    expect(withColumn('Elevation (ft)', '1000').elevationGainM).toBeCloseTo(304.8, 6);
  });

  it('a unit column overrides the log unit row by row', () => {
    const log = readLog('t.csv', 'date,distance,unit\n2025-03-04,5,mi\n2025-03-05,5,km\n');
    expect(log.entries.map((entry) => entry.distanceKm)).toEqual([5 * 1.609344, 5]);
  });

  it('the YAML units: key and --units set the unit of plain distances', () => {
    expect(readLog('t.yaml', 'units: mi\nruns:\n  - {date: 2025-03-04, distance: 2}\n').entries[0]?.distanceKm).toBeCloseTo(3.218688, 6);
    expect(readLog('t.csv', 'date,distance\n2025-03-04,2\n', { units: 'mi' }).entries[0]?.distanceKm).toBeCloseTo(3.218688, 6);
  });

  it('a log without a distance column names the columns found and the names accepted', () => {
    try {
      readLog('t.csv', 'Date,Length,Feel\n2025-03-04,5,ok\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const [problem] = (error as UserError).problems;
      expect(problem).toMatchObject({ file: 't.csv', line: 1, message: 'no distance column' });
      expect(problem!.got).toBe('columns "Date", "Length", "Feel"');
      expect(problem!.expected).toContain('distance, dist, km');
    }
  });
});
