// Day arithmetic must agree with date-fns day by day, also across daylight-saving changes.
// São Paulo is the hard case: until 2019 its clocks jumped from 00:00 to 01:00, so some days
// had no midnight. The zone is set before the module loads (each test file runs in its own
// process).
import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

process.env.TZ = 'America/Sao_Paulo';
let calendar: typeof import('../../src/analysis/calendar.js');
beforeAll(async () => {
  calendar = await import('../../src/analysis/calendar.js');
});

const day = fc.date({ min: new Date(Date.UTC(1995, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const iso = (date: Date) => format(date, 'yyyy-MM-dd');

describe('calendar', () => {
  it('runs in a zone with midnight clock changes', () => {
    expect(new Date(2018, 10, 4, 0, 0).getHours()).toBe(1);
  });

  it('steps over a day without a midnight', () => {
    expect(calendar.addDaysTo('2018-11-03', 1)).toBe('2018-11-04');
    expect(calendar.addDaysTo('2018-11-03', 2)).toBe('2018-11-05');
    expect(calendar.daysBetween('2018-11-03', '2018-11-05')).toBe(2);
    expect(calendar.addDaysTo('2018-11-05', -2)).toBe('2018-11-03');
  });

  it('agrees with date-fns for any day and shift', () => {
    fc.assert(fc.property(day, fc.integer({ min: -1500, max: 1500 }), (date, days) => {
      expect(calendar.addDaysTo(date, days)).toBe(iso(addDays(parseISO(date), days)));
    }), { numRuns: 2000, seed: 20261123 });
  });

  it('counts the calendar days between any two days', () => {
    fc.assert(fc.property(day, day, (from, to) => {
      expect(calendar.daysBetween(from, to)).toBe(differenceInCalendarDays(parseISO(to), parseISO(from)));
    }), { numRuns: 2000, seed: 20261123 });
  });

  it('finds the Monday of any day', () => {
    fc.assert(fc.property(day, (date) => {
      expect(calendar.weekStartOf(date)).toBe(iso(startOfISOWeek(parseISO(date))));
    }), { numRuns: 500, seed: 20261123 });
  });
});
