import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'surface-variety';
const runs = (roadKm: number, trailKm: number, count = 6) => ({
  entries: [
    ...Array.from({ length: count - 1 }, (_, i) => run(`2025-03-${String(10 + i).padStart(2, '0')}`, roadKm / (count - 1), { terrain: 'road' })),
    run('2025-03-20', trailKm, { terrain: 'trail' }),
  ],
});

describe(ID, () => {
  it('90% on road: info, with the camber advice', () => {
    expectInvalid(ID, runs(90, 10), [{ severity: 'info', message: /90% of 100\.0 km on road; camber/ }]);
  });
  it('89% on one surface is varied enough', () => expectValid(ID, runs(89, 11)));
  it('needs terrain on 6 runs', () => expect(runRule(ID, runs(90, 10, 5)).tooLittleData).toMatch(/terrain on 6 runs/));
});
