import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'pain-persistent';

describe(ID, () => {
  it('pain on runs spanning 6 days is not yet persistent', () => {
    expectValid(ID, { entries: [run('2025-03-01', 5, { pain: 2 }), run('2025-03-03', 5, { pain: 2 }), run('2025-03-06', 5, { pain: 2 })] });
  });
  it('pain on runs spanning 7 days: warn, see a physiotherapist', () => {
    expectInvalid(ID, { entries: [run('2025-03-01', 5, { pain: 2 }), run('2025-03-04', 5, { pain: 1 }), run('2025-03-07', 5, { pain: 2 })] }, [
      { severity: 'warn', from: '2025-03-01', message: 'pain above your baseline every time it was scored from 2025-03-01 to 2025-03-07 (7 days, 3 scores) without a pain-free day; consider seeing a physiotherapist' },
    ]);
  });
  it('at 14 days the message says sports physiotherapist', () => {
    expectInvalid(ID, { entries: [run('2025-03-01', 5, { pain: 2 }), run('2025-03-07', 5, { pain: 2 }), run('2025-03-14', 5, { pain: 2 })] }, [{ severity: 'warn', message: /14 days.*see a sports physiotherapist/ }]);
  });
  it('a pain-free run in between resets the count', () => {
    expectValid(ID, { entries: [run('2025-03-01', 5, { pain: 2 }), run('2025-03-04', 5, { pain: 0 }), run('2025-03-07', 5, { pain: 2 })] });
  });
  it('pain records on rest days extend the span, and a pain-free rest day breaks it', () => {
    expectInvalid(ID, { entries: [run('2025-03-01', 5, { pain: 2 }), run('2025-03-07', 0, { type: 'rest', pain: 2 })] }, [{ severity: 'warn', message: /2025-03-01 to 2025-03-07 \(7 days, 2 scores\)/ }]);
    expectValid(ID, { entries: [run('2025-03-01', 5, { pain: 2 }), run('2025-03-04', 0, { type: 'rest', pain: 0 }), run('2025-03-07', 5, { pain: 2 })] });
  });
  it('pain at baseline does not count', () => {
    expectValid(ID, { entries: [run('2025-03-01', 5, { pain: 1 }), run('2025-03-07', 5, { pain: 1 })], baselinePain: 1 });
  });
});
