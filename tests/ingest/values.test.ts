import { describe, expect, it } from 'vitest';
import { parseRunDate } from '../../src/ingest/dates.js';
import { isMissingMarker, isRejection, parseDistance, parseDurationMin, parseNumber, parsePace, parsePain } from '../../src/ingest/values.js';

describe('durations', () => {
  it.each([
    ['45:10', 45 + 10 / 60],
    ['1:02:33', 62 + 33 / 60],
    ['62 min', 62],
    ['62', 62],
    ['1h 05m', 65],
    ['00:09:25.5', 9 + 25.5 / 60],
  ])('reads %s as %f minutes', (text, minutes) => {
    expect(parseDurationMin(text)).toBeCloseTo(minutes, 6);
  });

  it.each(['thirty', '45:75', '1:2:3:4', '-5'])('refuses %s', (text) => {
    expect(isRejection(parseDurationMin(text))).toBe(true);
  });
});

describe('paces', () => {
  it('reads min/km and min/mi and bare paces', () => {
    expect(parsePace('5:30')).toEqual({ minPerUnit: 5.5 });
    expect(parsePace('5:30/km')).toEqual({ minPerUnit: 5.5, unit: 'km' });
    expect(parsePace('8:45 min/mi')).toEqual({ minPerUnit: 8.75, unit: 'mi' });
  });
  it('refuses text that is not a pace', () => {
    expect(isRejection(parsePace('fast'))).toBe(true);
  });
});

describe('dates', () => {
  it('reads the three ISO forms, keeping the time of day', () => {
    expect(parseRunDate('2025-03-04', undefined)).toEqual({ date: '2025-03-04' });
    expect(parseRunDate('2025-03-04T07:30', undefined)).toEqual({ date: '2025-03-04', time: '07:30' });
    expect(parseRunDate('2025-03-04 07:30', undefined)).toEqual({ date: '2025-03-04', time: '07:30' });
  });
  it('never guesses the day/month order of 03/04/2025', () => {
    const result = parseRunDate('03/04/2025', undefined);
    expect(isRejection(result) && result.expected).toMatch(/--date-format/);
  });
  it('reads either order when --date-format says which', () => {
    expect(parseRunDate('03/04/2025', 'dd/MM/yyyy')).toEqual({ date: '2025-04-03' });
    expect(parseRunDate('03/04/2025', 'MM/dd/yyyy')).toEqual({ date: '2025-03-04' });
  });
  it('refuses days that do not exist', () => {
    expect(isRejection(parseRunDate('2025-02-29', undefined))).toBe(true);
    expect(parseRunDate('2024-02-29', undefined)).toEqual({ date: '2024-02-29' });
  });
});

describe('numbers', () => {
  it('reads decimal commas only where the file uses them', () => {
    expect(parseNumber('5,2', { decimalComma: true })).toBe(5.2);
    expect(parseNumber('5,2', { decimalComma: false })).toBeUndefined();
    expect(parseNumber('1,337', { decimalComma: false })).toBeUndefined();
  });
});

const dot = { decimalComma: false };

describe('distance cells, as runners type them', () => {
  it.each([
    ['8.2', 'km', 8.2, undefined],
    ['8.2km', 'km', 8.2, 'km'],
    ['16.0km', 'mi', 16, 'km'],
    ['10 K', 'km', 10, 'km'],
    ['5 mi', 'km', 5 * 1.609344, 'mi'],
    ['3 miles', 'km', 3 * 1.609344, 'mi'],
    ['5', 'mi', 5 * 1.609344, undefined],
    ['5000 m', 'km', 5, 'm'],
    ['400m', 'mi', 0.4, 'm'],
  ] as const)('%s in a %s column is %f km', (text, column, km, cellUnit) => {
    const read = parseDistance(text, column, dot);
    expect(isRejection(read)).toBe(false);
    expect((read as { km: number }).km).toBeCloseTo(km, 9);
    expect((read as { cellUnit?: string }).cellUnit).toBe(cellUnit);
  });

  it.each(['5 m', '99 m', 'far', '-3', '1e400', '9'.repeat(400), '1001', '5 yards'])('refuses %j', (text) => {
    expect(isRejection(parseDistance(text, 'km', dot))).toBe(true);
  });

  it('"5 m" is refused as ambiguous (metres or miles), never guessed', () => {
    const read = parseDistance('5 m', 'km', dot);
    expect(isRejection(read) && read.expected).toMatch(/metres or miles/);
  });
});

describe('pain cells', () => {
  it.each([
    ['3', 3], ['3.5', 3.5], ['3/10', 3], ['3 / 10', 3], ['0/10', 0], ['10/10', 10], ['none', 0], ['No', 0], ['pain-free', 0], [7, 7],
  ] as const)('%j is %f', (text, pain) => expect(parsePain(text, dot)).toBe(pain));

  it('reads decimal commas only where the file uses them', () => {
    expect(parsePain('3,5', { decimalComma: true })).toBe(3.5);
    expect(isRejection(parsePain('3,5', dot))).toBe(true);
  });

  it.each(['11', '-1', '10.1', '11/10', '3-4', 'bad', '3/5', 'NaN'])('refuses %j (outside 0–10 or not a score)', (text) => {
    expect(isRejection(parsePain(text, dot))).toBe(true);
  });
});

describe('missing markers mean "not recorded"', () => {
  it.each(['', '  ', 'n/a', 'N/A', 'na', 'NA', '-', '--', '—', '?'])('%j', (text) => expect(isMissingMarker(text)).toBe(true));
  it.each(['0', 'none', 'no', 'nan', '-3'])('%j is a value, not a missing marker', (text) => expect(isMissingMarker(text)).toBe(false));
});

describe('more durations', () => {
  it.each([['1 hr 5 min', 65], ['45m 30s', 45.5], ['1h05', 65], ['90 mins', 90], ['2 hours', 120], ['45.5', 45.5]])('reads %s as %f minutes', (text, minutes) => {
    expect(parseDurationMin(text)).toBeCloseTo(minutes, 9);
  });
  it.each(['49:00:00', '1e400', String(Number.MAX_VALUE)])('refuses %s (over 48 hours or not finite)', (text) => {
    expect(isRejection(parseDurationMin(text))).toBe(true);
  });
});

describe('numbers are finite', () => {
  it('a 400-digit number is not a number', () => {
    expect(parseNumber('9'.repeat(400), dot)).toBeUndefined();
    expect(parseNumber(Infinity, dot)).toBeUndefined();
  });
});

describe('date range and --date-format', () => {
  it.each(['0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])('%s is outside 1900–2100', (text) => {
    const read = parseRunDate(text, undefined);
    expect(isRejection(read) && read.expected).toBe('a date from 1900 to 2100');
  });
  it('1900-01-01 and 2100-12-31 are the ends of the range', () => {
    expect(parseRunDate('1900-01-01', undefined)).toEqual({ date: '1900-01-01' });
    expect(parseRunDate('2100-12-31', undefined)).toEqual({ date: '2100-12-31' });
  });
  it('with --date-format, ISO dates in the same file are still read', () => {
    expect(parseRunDate('2025-03-04', 'dd/MM/yyyy')).toEqual({ date: '2025-03-04' });
    expect(parseRunDate('2025-03-04 07:30', 'dd/MM/yyyy')).toEqual({ date: '2025-03-04', time: '07:30' });
    expect(parseRunDate('04/03/2025', 'dd/MM/yyyy')).toEqual({ date: '2025-03-04' });
  });
  it('a pattern date outside the range is refused too', () => {
    expect(isRejection(parseRunDate('04/03/2052', 'dd/MM/yyyy'))).toBe(false);
    expect(isRejection(parseRunDate('04/03/2152', 'dd/MM/yyyy'))).toBe(true);
  });
});
