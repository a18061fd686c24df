import { describe, it } from 'vitest';
import { daily, expectInvalid, expectValid } from '../helpers/ruleTester.js';

const ID = 'weekly-hours';
const week = (minutesPerRun: number) => ({ entries: daily('2025-03-03', [10, 10, 10, 10, 10, 10], { durationMin: minutesPerRun }), asOf: '2025-03-09' });

describe(ID, () => {
  it('exactly 13.5 hours is not over', () => expectValid(ID, week(135)));
  it('13.6 hours: warn', () => expectInvalid(ID, week(136), [{ severity: 'warn', message: 'week of 2025-03-03: 13.6 h of running, over 13.5 h' }]));
});
