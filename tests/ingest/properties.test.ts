// Property-based tests: no input crashes the reader, and unit conversions round-trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/ingest/read.js';
import { decode } from '../../src/ingest/source.js';
import { UserError } from '../../src/model/errors.js';
import { KM_PER_MILE } from '../../src/util/units.js';

function readBytes(bytes: Uint8Array, name: string): 'log' | 'user-error' {
  try {
    readLog(name, decode(bytes, name));
    return 'log';
  } catch (error) {
    if (error instanceof UserError && error.problems.length > 0) return 'user-error';
    throw error;
  }
}

const csvish = fc.array(
  fc.array(fc.oneof(fc.constantFrom('date', 'distance', 'pain', '2025-01-01', '5', '"', ',', ';', '\n', '\r\n', '-', ':', '10', 'x', '\t', '2025-13-40'), fc.string()), { maxLength: 12 }).map((parts) => parts.join('')),
  { maxLength: 20 },
).map((lines) => lines.join('\n'));

describe('any input ends in a log or a clean error', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('x.csv', 'x.yaml', '<stdin>'), (bytes, name) => {
      expect(['log', 'user-error']).toContain(readBytes(bytes, name));
    }), { numRuns: 400 });
  });

  it('CSV-like and YAML-like text', () => {
    fc.assert(fc.property(csvish, fc.constantFrom('x.csv', 'x.yaml', 'x.tsv', '<stdin>'), (text, name) => {
      expect(['log', 'user-error']).toContain(readBytes(new TextEncoder().encode(`date,distance\n${text}`), name));
      expect(['log', 'user-error']).toContain(readBytes(new TextEncoder().encode(text), name));
    }), { numRuns: 400 });
  });
});

describe('conversions round-trip within rounding', () => {
  it('km → mi → km', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 300, noNaN: true }), (km) => {
      const miles = (km / KM_PER_MILE).toFixed(4);
      const log = readLog('t.csv', `date,distance_mi\n2025-01-01,${miles}\n`);
      expect(Math.abs(log.entries[0]!.distanceKm - km)).toBeLessThan(0.0001 * KM_PER_MILE);
    }));
  });

  it('pace ↔ duration', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 180, max: 900 }), (tenthsKm, secondsPerKm) => {
      const km = tenthsKm / 10;
      const pace = `${Math.floor(secondsPerKm / 60)}:${String(secondsPerKm % 60).padStart(2, '0')}`;
      const fromPace = readLog('t.csv', `date,distance,pace\n2025-01-01,${km},${pace}\n`).entries[0]!;
      const totalSeconds = Math.round(fromPace.durationMin! * 60);
      const duration = `${Math.floor(totalSeconds / 3600)}:${String(Math.floor(totalSeconds / 60) % 60).padStart(2, '0')}:${String(totalSeconds % 60).padStart(2, '0')}`;
      const fromDuration = readLog('t.csv', `date,distance,duration\n2025-01-01,${km},${duration}\n`).entries[0]!;
      // A duration rounded to the second moves the pace by at most half a second over the distance.
      expect(Math.abs(fromDuration.paceMinPerKm! - secondsPerKm / 60)).toBeLessThanOrEqual(0.5 / 60 / km + 1e-9);
    }));
  });
});

// A log as a runner keeps it: every optional column filled with a readable value.
const OPTIONAL_COLUMNS = ['duration', 'pace', 'terrain', 'pain', 'pain_after', 'pain_next_day', 'pain_start', 'pain_end', 'elevation_gain', 'cadence', 'effort', 'shoes', 'notes'] as const;
const goodRow = fc.record({
  gapDays: fc.integer({ min: 0, max: 3 }),
  distance: fc.oneof(fc.integer({ min: 10, max: 300 }).map((tenths) => String(tenths / 10)), fc.constantFrom('8.2km', '5 mi', '10 K', '16.0 km')),
  duration: fc.constantFrom('45:10', '1:02:33', '62 min', '55', ''),
  pace: fc.constantFrom('5:30', '6:10/km', ''),
  terrain: fc.constantFrom('road', 'trail', 'grass', ''),
  pain: fc.constantFrom('0', '3', '3/10', '4 / 10', 'none', 'n/a', '-', ''),
  pain_after: fc.constantFrom('1', '2.5', ''),
  pain_next_day: fc.constantFrom('0', '1', 'no', ''),
  pain_start: fc.constantFrom('0', '2', ''),
  pain_end: fc.constantFrom('1', '3', ''),
  elevation_gain: fc.constantFrom('120', '400 ft', ''),
  cadence: fc.constantFrom('170', '176 spm', ''),
  effort: fc.constantFrom('4', '7/10', ''),
  shoes: fc.constantFrom('Pegasus', ''),
  notes: fc.constantFrom('easy', 'hip pain 3/10', 'legs heavy', ''),
});
// Anything a cell can hold that is not a delimiter, quote or line break: typos, huge and
// infinite numbers, out-of-range scores, stray text.
const garbage = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcxyz019.-/:+e ?!%*'.split('')), maxLength: 12 }),
  fc.constantFrom('1e400', '9'.repeat(400), 'Infinity', 'NaN', '-5', '11', '11/10', '3-4', '∞', '0:00', '1', '99:99'),
);

function csvOf(rows: Record<string, string | number>[]): string {
  let day = new Date(Date.UTC(2025, 0, 1));
  const lines = rows.map((row) => {
    day = new Date(day.getTime() + ((row.gapDays as number) + 1) * 86_400_000);
    return [day.toISOString().slice(0, 10), row.distance, ...OPTIONAL_COLUMNS.map((column) => row[column])].join(',');
  });
  return `date,distance,${OPTIONAL_COLUMNS.join(',')}\n${lines.join('\n')}\n`;
}

const runTotals = (text: string) => {
  const log = readLog('t.csv', text);
  const runs = log.entries.filter((entry) => entry.type === undefined);
  return { runs: runs.length, distanceKm: runs.reduce((sum, run) => sum + run.distanceKm, 0), skippedRows: log.skippedRows, droppedFields: log.droppedFields };
};

describe('a bad optional value never costs the run', () => {
  it('corrupting any optional cells of any rows keeps the run count and total distance', () => {
    fc.assert(fc.property(
      fc.array(goodRow, { minLength: 1, maxLength: 15 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...OPTIONAL_COLUMNS), garbage), { minLength: 1, maxLength: 10 }),
      (rows, corruptions) => {
        const clean = runTotals(csvOf(rows));
        const corrupted: Record<string, string | number>[] = rows.map((row) => ({ ...row }));
        for (const [index, column, value] of corruptions) corrupted[index % rows.length]![column] = value;
        const after = runTotals(csvOf(corrupted));
        expect(clean.skippedRows).toBe(0);
        expect(after.runs).toBe(clean.runs);
        expect(after.distanceKm).toBeCloseTo(clean.distanceKm, 9);
        expect(after.skippedRows).toBe(0);
        // What was lost is counted (a pace that contradicts a corrupted duration costs one more).
        expect(after.droppedFields).toBeLessThanOrEqual(clean.droppedFields + 2 * corruptions.length);
      },
    ), { numRuns: 300 });
  });
});
