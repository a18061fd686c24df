import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'shoe-mileage';
const shoeWith = (km: number) => ({ entries: [run('2025-03-01', km - 10, { shoes: 'Pegasus' }), run('2025-03-02', 10, { shoes: 'Pegasus' })] });

describe(`${ID}: information only`, () => {
  it('exactly 500 km is not past 500', () => expectValid(ID, shoeWith(500)));
  it('500.1 km: due a check', () => expectInvalid(ID, shoeWith(500.1), [{ severity: 'info', date: '2025-03-02', message: 'Pegasus: 500.1 km logged, past 500.0 km: due a check (last used 2025-03-02)' }]));
  it('700.1 km: due for replacing, still information', () => expectInvalid(ID, shoeWith(700.1), [{ severity: 'info', message: /past 700\.0 km: due for replacing/ }]));
});
