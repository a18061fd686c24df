import { describe, it } from 'vitest';
import { daily, expectInvalid, expectValid } from '../helpers/ruleTester.js';

const ID = 'monotony';
const week = (kmPerDay: number[]) => ({ entries: daily('2025-03-03', kmPerDay), asOf: '2025-03-09' });

describe(ID, () => {
  it('a varied week is fine', () => expectValid(ID, week([0, 10, 5, 0, 8, 0, 16])));
  it('the same distance every day: info', () => expectInvalid(ID, week([5, 5, 5, 5, 5, 5, 5]), [{ severity: 'info', message: /the same distance every day/ }]));
  it('mean/SD above 2.0: info', () => {
    // Six days of 10 and one of 6: mean 9.43, SD 1.40, monotony 6.74.
    expectInvalid(ID, week([10, 10, 10, 6, 10, 10, 10]), [{ severity: 'info', message: /monotony 6\.74/ }]);
  });
  it('a monotony exactly at the limit is not above it', () => {
    // [3,3,3,3,3,3,0]: mean 18/7, SD 3√6/7, monotony √6 = 2.449…; the limit is set on that line.
    expectValid(ID, { ...week([3, 3, 3, 3, 3, 3, 0]), options: { limit: Math.sqrt(6) } });
    expectInvalid(ID, { ...week([3, 3, 3, 3, 3, 3, 0]), options: { limit: Math.sqrt(6) - 0.001 } }, [{ severity: 'info' }]);
  });
});
