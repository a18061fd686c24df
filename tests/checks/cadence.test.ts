import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'cadence';
const runsAt = (spm: number) => ({ entries: [run('2025-03-01', 8, { cadenceSpm: spm }), run('2025-03-03', 8, { cadenceSpm: spm })] });

describe(ID, () => {
  it('170 spm is not below 170', () => expectValid(ID, runsAt(170)));
  it('160 spm: info, with a target of +5–10% of the runner\'s own cadence', () => {
    expectInvalid(ID, runsAt(160), [{ severity: 'info', message: 'average cadence 160 spm over the last 2 runs, below 170; a 5–10% rise would be 168–176 spm' }]);
  });
});
