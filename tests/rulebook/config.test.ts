import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/model/errors.js';
import { applyConfig, parseConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { fixture } from '../helpers/cli.js';

const definitions = loadRuleDefinitions();

/** The problems a config text gives, as "path: message (got …, expected …)". */
function problemsOf(text: string): { message: string; got?: string; expected?: string; line?: number }[] {
  try {
    parseConfig(text, 'hipcheck.config.yaml', definitions);
    return [];
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.problems;
  }
}

describe('hipcheck.config.yaml', () => {
  it('changes severities and options, and keeps the other defaults', () => {
    const config = parseConfig(readFileSync(fixture('configs/strict-coach.yaml'), 'utf8'), 'strict-coach.yaml', definitions);
    const ruleSet = applyConfig(definitions, config);
    expect(ruleSet.byId.get('weekly-ramp')).toMatchObject({ severity: 'warn', options: { infoPct: 10, warnPct: 25, minPreviousKm: 10 } });
    expect(ruleSet.byId.get('acute-chronic')!.severity).toBe('off');
    expect(ruleSet.byId.get('pain-during')!.severity).toBe('warn');
    expect(config.athlete.baselinePain).toBe(1);
    expect(ruleSet.safetyOverrides).toEqual([]);
  });

  it('reports every mistake with its key path, position, value and what is allowed', () => {
    try {
      parseConfig(readFileSync(fixture('configs/broken.yaml'), 'utf8'), 'broken.yaml', definitions);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const problems = (error as UserError).problems;
      const byPath = (path: string) => problems.find((problem) => problem.message.startsWith(`${path}:`));
      expect(byPath('rules.weekly-ramp.options.warnPct')).toMatchObject({ line: 2, got: "'ten'", expected: 'a number from infoPct (10) to 1000', message: 'rules.weekly-ramp.options.warnPct: wrong type' });
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

describe('every option has a type and a range', () => {
  it('pain-during.options.edge: 50 is no option; edgeMax: 50 is out of range', () => {
    expect(problemsOf('rules:\n  pain-during: { options: { edge: 50 } }\n')).toMatchObject([{ message: 'rules.pain-during.options.edge: unknown option', expected: 'an option of pain-during: safeMax, edgeMax' }]);
    expect(problemsOf('rules:\n  pain-during: { options: { edgeMax: 50 } }\n')).toMatchObject([{ message: 'rules.pain-during.options.edgeMax: out of range', got: '50', expected: 'a number from safeMax (3) to 10' }]);
  });
  it('a range can name another option, read from the config\'s own values', () => {
    expect(problemsOf('rules:\n  pain-during: { options: { safeMax: 4.5 } }\n')).toEqual([]);
    expect(problemsOf('rules:\n  pain-during: { options: { safeMax: 6 } }\n')).toMatchObject([{ message: 'rules.pain-during.options.safeMax: out of range', expected: 'a number from 0 to edgeMax (5)' }]);
  });
  it('whole numbers stay whole; negative days are refused', () => {
    expect(problemsOf('rules:\n  pain-24h: { options: { risingDays: 3.5 } }\n')).toMatchObject([{ expected: 'a whole number from 3 to 14' }]);
    expect(problemsOf('rules:\n  session-spike: { options: { windowDays: -30 } }\n')).toMatchObject([{ message: 'rules.session-spike.options.windowDays: out of range' }]);
  });
  it('information-only rules take off or info only: they never move the status', () => {
    expect(problemsOf('rules:\n  rest-days: warn\n')).toMatchObject([{ message: 'rules.rest-days: rest-days is information only and never moves the status', got: "'warn'", expected: 'off or info' }]);
    expect(problemsOf('rules:\n  shoe-mileage: { severity: stop }\n')).toHaveLength(1);
    expect(problemsOf('rules:\n  rest-days: off\n  shoe-mileage: info\n')).toEqual([]);
  });
});

describe('safety rules are never lowered quietly', () => {
  it.each([
    ['red-flag: off', 'switched off'],
    ['red-flag: warn', 'severity lowered to warn'],
    ['red-flag: { options: { painAt: 9 } }', 'painAt raised from 8 to 9'],
    ['pain-during: info', 'severity lowered to info'],
    ['pain-during: { options: { edgeMax: 7 } }', 'edgeMax raised from 5 to 7'],
    ['pain-builds: off', 'switched off'],
    ['pain-builds: { options: { redRise: 4 } }', 'redRise raised from 3 to 4'],
  ])('"%s" without safetyOverride is refused (exit 2), naming the key to use', (rule, change) => {
    const [problem] = problemsOf(`rules:\n  ${rule}\n`);
    expect(problem!.message).toMatch(/^rules\.[a-z-]+: lowers a safety rule/);
    expect(problem!.got).toContain(change);
    expect(problem!.expected).toMatch(/safetyOverride: "<why>"/);
  });
  it('with safetyOverride it is accepted, and the rule set carries the notice', () => {
    const config = parseConfig('rules:\n  red-flag: { severity: off, safetyOverride: "my physio reads every note" }\n', '/home/sam/hipcheck.config.yaml', definitions);
    const ruleSet = applyConfig(definitions, config);
    expect(ruleSet.byId.get('red-flag')!.severity).toBe('off');
    expect(ruleSet.safetyOverrides).toEqual([{ rule: 'red-flag', change: 'switched off', protects: 'urgent red flags send you to a doctor', reason: 'my physio reads every note', configFile: '/home/sam/hipcheck.config.yaml' }]);
  });
  it('making a safety rule stricter needs nothing', () => {
    expect(problemsOf('rules:\n  red-flag: { options: { painAt: 7 } }\n  pain-during: { severity: stop, options: { edgeMax: 4 } }\n')).toEqual([]);
  });
  it('an empty safetyOverride is refused', () => {
    expect(problemsOf('rules:\n  red-flag: { severity: off, safetyOverride: "" }\n').map((problem) => problem.message)).toContain('rules.red-flag.safetyOverride: not a valid value');
  });
  it('a hand-built config that lowers a safety rule without saying so is a programming error', () => {
    expect(() => applyConfig(definitions, { athlete: {}, rules: { 'red-flag': { severity: 'off' } } })).toThrow(/without safetyOverride/);
  });
});
