// The rule book and the checkers must pair up one to one, and every rule must have tests.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { buildCheckContext, type Check } from '../../src/checks/types.js';
import { logOf } from '../helpers/ruleTester.js';
import { syntheticLog } from '../helpers/synthetic.js';

const definitions = loadRuleDefinitions();

describe('rules/ and src/checks/ pair up', () => {
  it('every rule file has a checker and every checker a rule file', () => {
    expect(definitions.map((rule) => rule.id).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(definitions.map((rule) => rule.id))('%s has a checker file and a test file with valid and invalid cases', (id) => {
    expect(existsSync(new URL(`../../src/checks/${id}.ts`, import.meta.url))).toBe(true);
    const testFile = new URL(`../checks/${id}.test.ts`, import.meta.url);
    expect(existsSync(testFile)).toBe(true);
    const text = readFileSync(testFile, 'utf8');
    expect(text).toMatch(/expectValid|findings\)\.toEqual\(\[\]\)/);
    expect(text).toMatch(/expectInvalid/);
  });

  it.each(definitions.map((rule) => [rule.id, rule] as const))('%s cites a source and gives advice', (_id, rule) => {
    expect(rule.sources[0]!.citation.length).toBeGreaterThan(20);
    expect(rule.advice.length).toBeGreaterThan(0);
    expect(rule.evidence.length).toBeGreaterThan(5);
  });
});

describe('rule files declare what checkers use, and credit the right article', () => {
  it.each(definitions.map((rule) => [rule.id, rule] as const))('%s: its checker reads only options its rule file declares', (id, rule) => {
    const options = new Proxy(rule.options, {
      get(target, name) {
        if (typeof name === 'string') {
          if (!(name in target)) throw new Error(`${id} reads option ${name}, which rules/${id}.yaml does not declare`);
        }
        return Reflect.get(target, name);
      },
    });
    const context = buildCheckContext(logOf(syntheticLog({ runs: 60, seed: 7 }).map((entry, index) => ({ ...entry, painStart: index % 4, painEnd: (index * 3) % 7, painAfter: index % 6, durationMin: 50, notes: 'felt ok' }))), { asOf: '2024-04-30', baselinePain: 0, units: 'km' });
    expect(() => (CHECKS[id] as Check)(context, options)).not.toThrow();
  });

  it.each(definitions.map((rule) => [rule.id, rule] as const))('%s: every number option says where it comes from', (_id, rule) => {
    for (const spec of Object.values(rule.optionSpecs)) expect(spec.evidence.length).toBeGreaterThan(5);
  });

  // DOMAIN.md, "Which article says what".
  it.each([
    ['pain-during', /clinic \(Thrive\)/],
    ['pain-timing', /clinic \(Thrive\)/],
    ['pain-builds', /clinic \(Thrive\)/],
    ['pain-persistent', /Running-injury blog/],
    ['see-clinician', /Injurymap/],
    ['red-flag', /Injurymap/],
    ['return-after-break', /Running-injury blog.*10–5–10|Running-injury blog.*jog 10/],
    ['shoe-mileage', /Running-injury blog/],
    ['cadence', /Running-injury blog/],
    ['pace-variety', /Running-injury blog/],
    ['strength-frequency', /Running-injury blog/],
    ['pattern', /coach's blog/],
    ['rest-days', /Ristolainen/],
  ])('%s credits %s', (id, pattern) => {
    expect(definitions.find((rule) => rule.id === id)!.sources.map((source) => source.citation).join(' | ')).toMatch(pattern);
  });
  it('pace-variety no longer credits the Runner\'s World feature, and pain-timing no longer the consultant physiotherapist', () => {
    expect(JSON.stringify(definitions.find((rule) => rule.id === 'pace-variety')!.sources)).not.toMatch(/Runner's World/);
    expect(JSON.stringify(definitions.find((rule) => rule.id === 'pain-timing')!.sources)).not.toMatch(/Runner's World|consultant/);
  });
});
