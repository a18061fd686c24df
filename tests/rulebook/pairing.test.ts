// The rule book and the checkers must pair up one to one, and every rule must have tests.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';

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
