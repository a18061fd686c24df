import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'pace-variety';
const sixWeeks = (types: string[]) => ({
  entries: types.map((type, i) => run(addDaysTo('2025-02-01', i * 7), 8, { type: type as 'easy' })),
  asOf: '2025-03-14',
});

describe(ID, () => {
  it('six weeks of only easy and long runs: info', () => {
    expectInvalid(ID, sixWeeks(['easy', 'long', 'easy', 'recovery', 'long', 'easy', 'easy']), [{ severity: 'info', message: /all 6 typed runs were easy, long or recovery runs/ }]);
  });
  it('one tempo run is variety', () => expectValid(ID, sixWeeks(['easy', 'long', 'tempo', 'recovery', 'long', 'easy', 'easy'])));
  it('needs six weeks of log', () => expect(runRule(ID, { entries: [run('2025-03-01', 5, { type: 'easy' })] }).tooLittleData).toMatch(/6 weeks/));
});
