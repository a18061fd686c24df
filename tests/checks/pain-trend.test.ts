import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'pain-trend';
// Mondays of consecutive weeks.
const weeks = (...pains: number[]) => pains.map((pain, index) => run(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31'][index]!, 8, { pain }));

describe(ID, () => {
  it('rising three weeks in a row: warn', () => {
    expectInvalid(ID, { entries: weeks(1, 2, 3, 4) }, [{ severity: 'warn', from: '2025-03-03', message: /rose 3 weeks in a row: 1\.0 → 2\.0 → 3\.0 → 4\.0/ }]);
  });
  it('two rises only', () => expectValid(ID, { entries: weeks(1, 2, 3) }));
  // Averages of two runs a week: 1.5 → 1.6 → 1.7 → 1.8 rises by 0.1 each week; 1.5 → 1.55 → … does not.
  const twoRunWeeks = (...pairs: [number, number][]) => pairs.flatMap(([a, b], index) => {
    const [monday, wednesday] = [['2025-03-03', '2025-03-05'], ['2025-03-10', '2025-03-12'], ['2025-03-17', '2025-03-19'], ['2025-03-24', '2025-03-26']][index]!;
    return [run(monday!, 8, { pain: a }), run(wednesday!, 8, { pain: b })];
  });
  it('rises of 0.1 a week, the smallest the report shows: warn', () => {
    expectInvalid(ID, { entries: twoRunWeeks([1, 2], [1.2, 2], [1.4, 2], [1.6, 2]) }, [{ severity: 'warn', message: /rose 3 weeks in a row: 1\.5 → 1\.6 → 1\.7 → 1\.8/ }]);
  });
  it('rises below 0.1 (1.5 → 1.55 → 1.57 → 1.59) are noise: valid, never "rose: 1.6 → 1.6"', () => {
    expectValid(ID, { entries: twoRunWeeks([1, 2], [1.1, 2], [1.14, 2], [1.18, 2]) });
  });
  it('a flat week breaks the rise (pain must increase, not just stay)', () => expectValid(ID, { entries: weeks(1, 2, 2, 3) }));
  it('a week without pain scores breaks the sequence', () => {
    expectValid(ID, { entries: [run('2025-03-03', 8, { pain: 1 }), run('2025-03-10', 8, { pain: 2 }), run('2025-03-24', 8, { pain: 3 }), run('2025-03-31', 8, { pain: 4 })] });
  });
});
