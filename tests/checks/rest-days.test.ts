import { describe, expect, it } from 'vitest';
import { daily, expectInvalid, expectValid, runRule } from '../helpers/ruleTester.js';

const ID = 'rest-days';
// The week of Monday 2025-03-03, fully covered.
const week = (kmPerDay: (number | null)[]) => ({ entries: daily('2025-03-03', kmPerDay), asOf: '2025-03-09' });

describe(ID, () => {
  it('two rest days is enough', () => expectValid(ID, week([5, 5, null, 5, 5, null, 5])));
  it('one rest day: information only (weak evidence)', () => {
    expectInvalid(ID, week([5, 5, null, 5, 5, 5, 5]), [{ severity: 'info', from: '2025-03-03', message: 'week of 2025-03-03: 1 rest day, fewer than 2' }]);
  });
  it('an entry of type rest is a rest day', () => {
    const entries = week([5, 5, 0, 5, 5, null, 5]).entries.map((entry) => (entry.date === '2025-03-05' ? { ...entry, type: 'rest' as const } : entry));
    expectValid(ID, { entries, asOf: '2025-03-09' });
  });
  it('a week the log does not fully cover is not judged', () => {
    expect(runRule(ID, { entries: daily('2025-03-05', [5, 5, 5, 5, 5]), asOf: '2025-03-09' }).tooLittleData).toMatch(/fully covers/);
  });
});
