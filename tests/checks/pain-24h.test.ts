import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'pain-24h';
const rest = (date: string, pain: number) => run(date, 0, { type: 'rest', pain });

describe(`${ID}: the next morning`, () => {
  it('back to baseline 0 the next morning', () => expectValid(ID, { entries: [run('2025-03-04', 10, { pain: 3, painNextDay: 0 })] }));
  it('next-day 1 over baseline 0: not settled, warn', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 1 })] }, [{ severity: 'warn', message: 'pain 1/10 the morning after the run on 2025-03-04, above your baseline of 0: not settled within 24 h' }]);
  });
  it('next-day 1 with a baseline of 1 is settled', () => expectValid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 1 })], baselinePain: 1 }));
  it('a morning at 6 stops whatever the baseline (6, 7); 5.9 with a baseline of 6 is settled', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 6 })], baselinePain: 6 }, [{ severity: 'stop', message: /far from settled/ }]);
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 6 })], baselinePain: 7 }, [{ severity: 'stop' }]);
    expectValid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 5.9 })], baselinePain: 6 });
  });
  it('next-day 5 warns, next-day 6 stops', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 5 })] }, [{ severity: 'warn' }]);
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 6 })] }, [{ severity: 'stop', message: /far from settled/ }]);
  });
  it('two unsettled mornings at 1/10 within a week stay amber: reduce, do not stop', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 1 }), run('2025-03-06', 10, { painNextDay: 1 })] }, [{ severity: 'warn' }, { severity: 'warn' }]);
  });
  it('a rest-day entry the next day gives the morning score', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10), rest('2025-03-05', 3)] }, [{ severity: 'warn', date: '2025-03-04' }]);
  });
  it('says when no next-morning pain is logged', () => {
    expect(runRule(ID, { entries: [run('2025-03-04', 10, { pain: 2 })] }).tooLittleData).toMatch(/no next-morning pain/);
  });
});

describe(`${ID}: does not settle within a day or two`, () => {
  it('still 4 two mornings after the same run: stop', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 4 }), rest('2025-03-06', 4)] }, [{ severity: 'stop', message: 'pain 4/10 two mornings after the run on 2025-03-04: not settling within a day or two' }]);
  });
  it('3 two mornings after: amber only', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 3 }), rest('2025-03-06', 3)] }, [{ severity: 'warn' }]);
  });
  it('the pain_start of a run two days later is the second morning', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 3 }), run('2025-03-06', 5, { painStart: 4, painNextDay: 0 })] }, [{ severity: 'stop', date: '2025-03-04' }]);
  });
  it('morning pain above baseline rising three days in a row (1 → 2 → 3): stop', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { painNextDay: 1 }), rest('2025-03-06', 2), rest('2025-03-07', 3)] }, [
      { severity: 'stop', date: '2025-03-07', message: 'morning pain above your baseline rose 3 days in a row (1 → 2 → 3, 2025-03-05 → 2025-03-07): not settling' },
      { severity: 'warn', date: '2025-03-04' },
    ]);
  });
  it('rising from baseline (0 → 1 → 2) is not "not settling"; a flat day breaks the rise', () => {
    expect(runRule(ID, { entries: [run('2025-03-04', 10, { painNextDay: 0 }), rest('2025-03-06', 1), rest('2025-03-07', 2)] }).findings.filter((f) => f.severity === 'stop')).toEqual([]);
    expect(runRule(ID, { entries: [run('2025-03-04', 10, { painNextDay: 1 }), rest('2025-03-06', 1), rest('2025-03-07', 2)] }).findings.filter((f) => f.severity === 'stop')).toEqual([]);
  });
});
