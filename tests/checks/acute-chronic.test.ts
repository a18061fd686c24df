import { describe, expect, it } from 'vitest';
import { daily, expectInvalid, expectValid, runRule } from '../helpers/ruleTester.js';

const ID = 'acute-chronic';
/** 21 days at `before` km a day, then 7 days at `last` km a day (28 days in all). */
const load = (before: number, last: number) => ({ entries: daily('2025-03-01', [...Array(21).fill(before), ...Array(7).fill(last)]) });

describe(ID, () => {
  it('a ratio of exactly 1.5 is not above the limit', () => {
    // acute 7 × 1.8 = 12.6 km; chronic (21 + 12.6) / 4 = 8.4 km a week; 12.6 / 8.4 = 1.5
    expectValid(ID, load(1, 1.8));
  });
  it('above 1.5: info, with the formula in the evidence', () => {
    // acute 14 km; chronic (21 + 14) / 4 = 8.75 km a week; 14 / 8.75 = 1.6
    const [finding] = expectInvalid(ID, load(1, 2), [{ severity: 'info', date: '2025-03-28', message: /acute:chronic ratio 1\.60 .*last 7 days 14\.0 km ÷ average week of the last 28 days 8\.8 km/ }]);
    expect(finding!.evidence.formula).toBe('last 7 days ÷ (last 28 days ÷ 4)');
  });
  it('needs 28 days of log', () => {
    expect(runRule(ID, { entries: daily('2025-03-02', Array(27).fill(5)) }).tooLittleData).toMatch(/28 days/);
  });
});
