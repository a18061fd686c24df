import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/model/errors.js';
import { applyConfig, parseConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { fixture } from '../helpers/cli.js';

const definitions = loadRuleDefinitions();

describe('hipcheck.config.yaml', () => {
  it('changes severities and options, and keeps the other defaults', () => {
    const config = parseConfig(readFileSync(fixture('configs/strict-coach.yaml'), 'utf8'), 'strict-coach.yaml', definitions);
    const ruleSet = applyConfig(definitions, config);
    expect(ruleSet.byId.get('weekly-ramp')).toMatchObject({ severity: 'warn', options: { infoPct: 10, warnPct: 25, minPreviousKm: 10 } });
    expect(ruleSet.byId.get('acute-chronic')!.severity).toBe('off');
    expect(ruleSet.byId.get('pain-during')!.severity).toBe('warn');
    expect(config.athlete.baselinePain).toBe(1);
  });

  it('reports every mistake with its key path, position, value and what is allowed', () => {
    try {
      parseConfig(readFileSync(fixture('configs/broken.yaml'), 'utf8'), 'broken.yaml', definitions);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const problems = (error as UserError).problems;
      const byPath = (path: string) => problems.find((problem) => problem.message.startsWith(`${path}:`));
      expect(byPath('rules.weekly-ramp.options.warnPct')).toMatchObject({ line: 2, got: "'ten'", expected: 'a number' });
      expect(byPath('rules.weekly-ramp.options.maxPct')!.expected).toBe('an option of weekly-ramp: infoPct, warnPct, minPreviousKm');
      expect(byPath('rules.no-such-rule')).toMatchObject({ line: 3, col: 3 });
      expect(byPath('rules.no-such-rule')!.expected).toContain('pain-during');
      expect(byPath('rules.rest-days')).toMatchObject({ got: "'sometimes'", expected: 'off, info, warn, stop' });
      expect(byPath('athlete.units')).toMatchObject({ got: "'furlongs'", expected: 'km or mi (also kilometres, miles)' });
      expect(problems).toHaveLength(5);
    }
  });

  it('an empty config changes nothing', () => {
    expect(applyConfig(definitions, parseConfig('', 'empty.yaml', definitions)).rules).toEqual(definitions);
  });
});
