import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'weekly-ramp';
// Week 1 starts Monday 2025-03-03 and is complete; week 2 starts 2025-03-10.
const twoWeeks = (previousKm: number, thisKm: number) => ({ entries: [run('2025-03-03', previousKm), run('2025-03-10', thisKm)], asOf: '2025-03-16' });

describe(ID, () => {
  it('exactly +10% is within the guideline', () => expectValid(ID, twoWeeks(20, 22)));
  it('+10.1% is over the guideline: info', () => {
    expectInvalid(ID, twoWeeks(20, 22.02), [{ severity: 'info', from: '2025-03-10', message: 'week of 2025-03-10: 22.0 km vs 20.0 km the week before, +10.1%, over the 10% guideline' }]);
  });
  it('exactly +30% is still info', () => expectInvalid(ID, twoWeeks(20, 26), [{ severity: 'info' }]));
  it('+30.1% is over the limit: warn', () => {
    expectInvalid(ID, twoWeeks(20, 26.02), [{ severity: 'warn', message: /\+30\.1%, over 30%/ }]);
  });
  it('a week after a week under 10 km is not compared (5 → 8 km is no 60% ramp)', () => expectValid(ID, twoWeeks(5, 8)));
  it('a partial first week is never the base of a ramp', () => {
    expect(runRule(ID, { entries: [run('2025-03-06', 12), run('2025-03-10', 30)], asOf: '2025-03-16' }).findings).toEqual([]);
  });
  it('the current partial week fires once it is already over', () => {
    expectInvalid(ID, { entries: [run('2025-03-03', 20), run('2025-03-10', 27)], asOf: '2025-03-11' }, [{ severity: 'warn' }]);
  });
});
