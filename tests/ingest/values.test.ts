import { describe, expect, it } from 'vitest';
import { parseRunDate } from '../../src/ingest/dates.js';
import { isRejection, parseDurationMin, parseNumber, parsePace } from '../../src/ingest/values.js';

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
