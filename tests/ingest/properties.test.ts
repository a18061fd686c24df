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
