import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'pain-trend';
// Mondays of three consecutive weeks.
const weeks = (a: number, b: number, c: number) => [run('2025-03-03', 8, { pain: a }), run('2025-03-10', 8, { pain: b }), run('2025-03-17', 8, { pain: c })];

describe(ID, () => {
  it('rising two weeks in a row: warn', () => {
    expectInvalid(ID, { entries: weeks(1, 2, 3) }, [{ severity: 'warn', from: '2025-03-03', message: /rose 2 weeks in a row: 1\.0 → 2\.0 → 3\.0/ }]);
  });
  it('one rise only', () => expectValid(ID, { entries: weeks(1, 1, 2) }));
  it('a flat week breaks the rise (pain must increase, not just stay)', () => expectValid(ID, { entries: weeks(2, 2, 2) }));
  it('a week without pain scores breaks the sequence', () => {
    expectValid(ID, { entries: [run('2025-03-03', 8, { pain: 1 }), run('2025-03-10', 8, { pain: 2 }), run('2025-03-24', 8, { pain: 3 })] });
  });
});
