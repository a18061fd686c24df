import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'pain-timing';
const runs = (scores: [number, number][], fields: 'startEnd' | 'duringAfter') =>
  scores.map(([a, b], i) => run(`2025-03-${String(i * 2 + 1).padStart(2, '0')}`, 8, fields === 'startEnd' ? { painStart: a, painEnd: b } : { pain: a, painAfter: b }));

describe(`${ID}: pictures worded as "consistent with", information only`, () => {
  it('pain easing during most runs: consistent with a tendon picture', () => {
    expectInvalid(ID, { entries: runs([[4, 1], [3, 1], [4, 2], [2, 2]], 'startEnd') }, [{ severity: 'info', message: /eased during 3 of 4 runs .*consistent with a tendon picture, not a diagnosis/ }]);
  });
  it('pain lasting after runs: consistent with an inflammatory picture; stopping right after: mechanical', () => {
    expectInvalid(ID, { entries: runs([[3, 3], [4, 5], [3, 4]], 'duringAfter') }, [{ severity: 'info', message: /still there after 3 of 3 painful runs with a pain-after score: consistent with an inflammatory/ }]);
    expectInvalid(ID, { entries: runs([[3, 0], [4, 0], [3, 0]], 'duringAfter') }, [{ severity: 'info', message: /stopped right after 3 of 3 painful runs with a pain-after score: .*lower back/ }]);
  });
  it('pain building during runs is pain-builds\' business, not this rule\'s', () => {
    expectValid(ID, { entries: runs([[1, 4], [2, 5], [1, 3]], 'startEnd') });
  });
  it('under 60% of runs, or fewer than 3, is no pattern', () => {
    expectValid(ID, { entries: runs([[4, 1], [1, 4], [3, 3], [2, 2], [4, 2]], 'startEnd') });
    expect(runRule(ID, { entries: runs([[4, 1], [4, 2]], 'startEnd') }).findings).toEqual([]);
  });
});
