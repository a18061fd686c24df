// Keys every JavaScript object has (constructor, __proto__, toString) are not rule ids or
// options: each is reported as unknown, by name, and never changes the config.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { UserError } from '../../src/model/errors.js';

function problems(text: string): string[] {
  try {
    parseConfig(text, 'hipcheck.config.yaml', loadRuleDefinitions());
  } catch (error) {
    if (error instanceof UserError) return error.problems.map((problem) => problem.message);
    throw error;
  }
  return [];
}

describe('config: prototype keys', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('an option named %s is an unknown option', (name) => {
    expect(problems(`rules:\n  weekly-ramp:\n    options:\n      ${name}: 5\n`)).toEqual([`rules.weekly-ramp.options.${name}: unknown option`]);
    expect(problems(`rules:\n  weekly-ramp:\n    options:\n      ${name}: { warnPct: 1 }\n`)).toEqual([`rules.weekly-ramp.options.${name}: unknown option`]);
  });

  it.each(['constructor', '__proto__'])('a rule named %s is an unknown rule id', (name) => {
    expect(problems(`rules:\n  ${name}: warn\n`)).toEqual([`rules.${name}: unknown rule id`]);
  });

  it('__proto__ under athlete is an unknown key, and a valid config is untouched by it', () => {
    expect(problems('athlete:\n  __proto__: { baseline_pain: 9 }\n')).toEqual(['athlete.__proto__: unknown key']);
    const config = parseConfig('rules:\n  weekly-ramp: { options: { warnPct: 25 } }\n', 'x', loadRuleDefinitions());
    expect(Object.getPrototypeOf(config.rules['weekly-ramp']!.options)).toBe(Object.prototype);
    expect(config.rules['weekly-ramp']!.options).toEqual({ warnPct: 25 });
  });
});
