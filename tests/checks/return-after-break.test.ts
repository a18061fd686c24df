import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'return-after-break';
/** A run on 2025-03-01, then `daysOff` days without running, then a first run back. */
const back = (daysOff: number, firstRun: Partial<{ durationMin: number }>, km = 8) => {
  const returnDate = `2025-03-${String(2 + daysOff).padStart(2, '0')}`;
  return { entries: [run('2025-02-22', 40), run('2025-03-01', 40), run(returnDate, km, firstRun)] };
};

describe(ID, () => {
  it('a 6-day break is no break', () => expectValid(ID, back(6, { durationMin: 40 })));
  it('after a 7-day break, a 40-minute first run: warn', () => {
    expectInvalid(ID, back(7, { durationMin: 40 }), [{ severity: 'warn', date: '2025-03-09', message: 'back on 2025-03-09 after 7 days off with a 40 min first run, over 30 min' }]);
  });
  it('after a 7-day break, 30 minutes is fine', () => expectValid(ID, back(7, { durationMin: 30 })));
  it('without a duration, distance over 5 km is judged', () => {
    expectInvalid(ID, back(7, {}, 5.1), [{ severity: 'warn', message: /5\.1 km first run, over 5\.0 km/ }]);
    expectValid(ID, back(7, {}, 5));
  });
  it('a first week back over 50% of the average week before: warn', () => {
    // 80 km in the 4 weeks before → 20 km a week; 11 km in the first week back is 55%.
    expectInvalid(ID, { entries: [run('2025-02-22', 40), run('2025-03-01', 40), run('2025-03-09', 5, { durationMin: 30 }), run('2025-03-11', 6, { durationMin: 30 })] }, [
      { severity: 'warn', from: '2025-03-09', message: /first 7 days back from 2025-03-09: 11\.0 km, 55% of the average week/ },
    ]);
  });
});
