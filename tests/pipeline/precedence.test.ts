// Which setting wins: command line > roster entry > the log's athlete block > config > defaults.
import { describe, expect, it } from 'vitest';
import { mergeRules, settleAthlete } from '../../src/pipeline/precedence.js';

const NO_CONFIG = { athlete: {}, rules: {} };

describe('settleAthlete: one order for every setting', () => {
  it('baseline: command line beats roster, roster beats the log, the log beats the config', () => {
    const config = { athlete: { baselinePain: 1 }, rules: {} };
    expect(settleAthlete({ baselinePain: 4 }, { baselinePain: 3 }, { baselinePain: 2 }, config).logAthlete.baselinePain).toBe(4);
    expect(settleAthlete({}, { baselinePain: 3 }, { baselinePain: 2 }, config).logAthlete.baselinePain).toBe(3);
    expect(settleAthlete({}, {}, { baselinePain: 2 }, config).logAthlete.baselinePain).toBe(2);
    expect(settleAthlete({}, undefined, {}, config).logAthlete.baselinePain).toBe(1);
    // A baseline of 0 set on a higher level still wins (0 is a value, not "unset").
    expect(settleAthlete({ baselinePain: 0 }, { baselinePain: 3 }, {}, config).logAthlete.baselinePain).toBe(0);
    expect(settleAthlete({}, undefined, {}, NO_CONFIG).logAthlete.baselinePain).toBeUndefined();
  });

  it('name: the roster beats the log', () => {
    expect(settleAthlete({}, { name: 'Ana Silva' }, { name: 'ana' }, NO_CONFIG).logAthlete.name).toBe('Ana Silva');
    expect(settleAthlete({}, {}, { name: 'ana' }, NO_CONFIG).logAthlete.name).toBe('ana');
  });

  it('rules: the roster overrides the config rule by rule and option by option', () => {
    const config = { athlete: {}, rules: { 'weekly-ramp': { severity: 'warn' as const, options: { warnPct: 25 } }, 'acute-chronic': { severity: 'off' as const } } };
    const settled = settleAthlete({}, { rules: { 'weekly-ramp': { options: { warnPct: 20 } }, 'pain-24h': { severity: 'off' } } }, {}, config);
    expect(settled.rules).toEqual({
      'weekly-ramp': { severity: 'warn', options: { warnPct: 20 } },
      'acute-chronic': { severity: 'off' },
      'pain-24h': { severity: 'off' },
    });
  });

  it('mergeRules keeps the lower level where the upper says nothing', () => {
    expect(mergeRules({ 'rest-days': { severity: 'info', options: { minRestDays: 2 } } }, { 'rest-days': { severity: 'warn' } })).toEqual({ 'rest-days': { severity: 'warn', options: { minRestDays: 2 } } });
  });
});
