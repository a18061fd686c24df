import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'pain-24h';

describe(ID, () => {
  it('back to baseline 0 the next morning', () => expectValid(ID, { entries: [run('2025-03-04', 10, { pain: 3, painNextDay: 0 })] }));
  it('next-day 1 over baseline 0: not settled, warn', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 1 })] }, [{ severity: 'warn', message: 'pain 1/10 the morning after the run on 2025-03-04, above your baseline of 0: not settled within 24 h' }]);
  });
  it('next-day 1 with a baseline of 1 is settled', () => expectValid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 1 })], baselinePain: 1 }));
  it('next-day 5 warns, next-day 6 stops', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 5 })] }, [{ severity: 'warn' }]);
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 6 })] }, [{ severity: 'stop', message: /far from settled/ }]);
  });
  it('twice within 7 days: the second is a stop', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 2 }), run('2025-03-10', 10, { painNextDay: 2 })] }, [
      { severity: 'stop', date: '2025-03-10', message: /after 2 runs in 7 days/ },
      { severity: 'warn', date: '2025-03-04' },
    ]);
  });
  it('7 days apart is not "within 7 days"', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 2 }), run('2025-03-11', 10, { painNextDay: 2 })] }, [{ severity: 'warn' }, { severity: 'warn' }]);
  });
  it('a rest-day entry the next day gives the morning score', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10), run('2025-03-05', 0, { type: 'rest', pain: 3 })] }, [{ severity: 'warn', date: '2025-03-04' }]);
  });
  it('says when no next-day pain is logged', () => {
    expect(runRule(ID, { entries: [run('2025-03-04', 10, { pain: 2 })] }).tooLittleData).toMatch(/no next-day pain/);
  });
});
