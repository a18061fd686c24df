import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'strength-frequency';
const week = (strengthSessions: number) => ({
  entries: [run('2025-03-03', 8), ...Array.from({ length: strengthSessions }, (_, i) => run(`2025-03-0${4 + 2 * i}`, 0, { type: 'strength' as const }))],
  asOf: '2025-03-09',
});

describe(ID, () => {
  it('two sessions a week is enough', () => expectValid(ID, week(2)));
  it('one session: info', () => expectInvalid(ID, week(1), [{ severity: 'info', message: 'week of 2025-03-03: 1 strength session, fewer than 2' }]));
  it('silent when the log records no strength work at all', () => expect(runRule(ID, week(0)).tooLittleData).toMatch(/no strength sessions/));
});
