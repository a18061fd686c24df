import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'pain-after';

describe(`${ID}: the ceiling of 5 applies after a run too`, () => {
  it('pain 5 after a run is acceptable', () => expectValid(ID, { entries: [run('2025-03-04', 10, { pain: 2, painAfter: 5 })] }));
  it('pain 5.1 after a run: warn (amber)', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { pain: 2, painAfter: 5.1 })] }, [{ severity: 'warn', message: /pain 5\.1\/10 after the run on 2025-03-04/ }]);
  });
  it('pain 7 after a run that settled by morning is still too much', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 10, { pain: 3, painAfter: 7, painNextDay: 0 })] }, [{ severity: 'warn', message: /even if it settled by morning/ }]);
  });
  it('says when no pain after runs is logged', () => expect(runRule(ID, { entries: [run('2025-03-04', 10, { pain: 2 })] }).tooLittleData).toMatch(/pain_after/));
});
