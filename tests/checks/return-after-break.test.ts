import { describe, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'return-after-break';
/** Runs every other day from 2025-02-15 to 2025-03-01, then `daysOff` days without running, then a first run back. */
const back = (daysOff: number, firstRun: Partial<{ durationMin: number }>, km = 8) => ({
  entries: [...Array.from({ length: 8 }, (_, i) => run(addDaysTo('2025-02-15', i * 2), 10)), run(addDaysTo('2025-03-01', daysOff + 1), km, firstRun)],
});

describe(`${ID}: a break clearly longer than the usual gap`, () => {
  it('a 6-day break is no break', () => expectValid(ID, back(6, { durationMin: 40 })));
  it('after a 7-day break, a 26-minute first run (longer than the 10–5–10 test): warn', () => {
    expectInvalid(ID, back(7, { durationMin: 26 }), [{ severity: 'warn', date: '2025-03-09', message: 'back on 2025-03-09 after 7 days off (your usual gap 2 days) with a 26 min first run, longer than the 10–5–10 test (25 min)' }]);
  });
  it('after a 7-day break, 25 minutes (the test) is fine', () => expectValid(ID, back(7, { durationMin: 25 })));
  it('without a duration, distance over 4 km is judged', () => {
    expectInvalid(ID, back(7, {}, 4.1), [{ severity: 'warn', message: /4\.1 km first run, longer than the 10–5–10 test \(4\.0 km\)/ }]);
    expectValid(ID, back(7, {}, 4));
  });
  it('a runner who simply runs every 9 days is not back from a break', () => {
    expectValid(ID, { entries: Array.from({ length: 6 }, (_, i) => run(addDaysTo('2025-01-01', i * 9), 10, { durationMin: 60 })) });
  });
  it('a first week back well above the weeks before is information only', () => {
    expectInvalid(ID, { entries: [...back(7, { durationMin: 25 }, 4).entries, run('2025-03-11', 9, { durationMin: 25 })] }, [{ severity: 'info', from: '2025-03-09', message: /first 7 days back from 2025-03-09: 13\.0 km, 65% of the average week/ }]);
  });
});
