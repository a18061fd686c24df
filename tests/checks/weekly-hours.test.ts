import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'weekly-hours';
/** `weeks` complete weeks from Monday 2025-01-06, six runs a week of this many minutes each. */
const weeksOf = (weeks: number, minutesPerRun: number) => ({
  entries: Array.from({ length: weeks * 7 }, (_, day) => day).filter((day) => day % 7 !== 6).map((day) => run(addDaysTo('2025-01-06', day), 10, { durationMin: minutesPerRun })),
  asOf: addDaysTo('2025-01-06', weeks * 7 - 1),
});

describe(`${ID}: 700 h a year is compared with months, never one week`, () => {
  it('an average of exactly 13.5 h a week over 8 weeks is not over', () => expectValid(ID, weeksOf(8, 135)));
  it('13.6 h a week on average: information only', () => {
    expectInvalid(ID, weeksOf(8, 136), [{ severity: 'info', message: 'average 13.6 h of running a week over 8 weeks (2025-01-06 → 2025-03-02), above 13.5 h (700 h a year)' }]);
  });
  it('one 20-hour week is not judged: it needs 8 weeks', () => {
    expect(runRule(ID, weeksOf(1, 200)).tooLittleData).toMatch(/needs 8 complete weeks/);
  });
});
