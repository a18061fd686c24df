import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'pain-during';
const onePainfulRun = (pain: number) => ({ entries: [run('2025-03-04', 10, { pain })] });

describe(ID, () => {
  it('pain 3 is in the safe zone', () => expectValid(ID, onePainfulRun(3)));
  it('pain 4 is at the edge: warn', () => {
    expectInvalid(ID, onePainfulRun(4), [{ severity: 'warn', date: '2025-03-04', message: 'pain 4/10 during the run on 2025-03-04 (10.0 km): at the 4–5 edge' }]);
  });
  it('pain 5 is still the edge: warn', () => expectInvalid(ID, onePainfulRun(5), [{ severity: 'warn', message: /4–5 edge/ }]));
  it('pain 5.5 has not reached 6: warn', () => expectInvalid(ID, onePainfulRun(5.5), [{ severity: 'warn' }]));
  it('pain 6 is above the edge: stop', () => expectInvalid(ID, onePainfulRun(6), [{ severity: 'stop', message: /above the edge/ }]));
  it('a config that lowers the severity lowers both tiers', () => {
    expectInvalid(ID, { ...onePainfulRun(6), severity: 'info' }, [{ severity: 'warn' }]);
  });
  it('config thresholds move the edge', () => expectValid(ID, { ...onePainfulRun(4), options: { edge: 5 } }));
});
