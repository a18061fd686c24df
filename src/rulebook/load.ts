// Reads the rule book from rules/*.yaml. The files ship with the package next to dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SEVERITIES, type RuleDefinition, type RuleSet } from './types.js';

/** The rules/ folder: found by walking up from this module, so it works from src/ and dist/. */
export function findRulesDir(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'pain-during.yaml'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`hipcheck's rules/ folder was not found above ${from}`);
  }
}

/** Files in rules/ that are not rules (interview data and the like). */
const NOT_RULES = new Set(['interview.yaml', 'conditions.yaml']);

export function loadRuleDefinitions(dir = findRulesDir()): RuleDefinition[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !NOT_RULES.has(name))
    .sort()
    .map((name) => checkDefinition(parse(readFileSync(join(dir, name), 'utf8')), name));
}

function checkDefinition(value: unknown, file: string): RuleDefinition {
  const rule = value as RuleDefinition;
  const fail = (what: string) => {
    throw new Error(`rules/${file}: ${what}`);
  };
  if (typeof rule !== 'object' || rule === null) fail('not a mapping');
  if (`${rule.id}.yaml` !== file) fail(`id ${JSON.stringify(rule.id)} does not match the file name`);
  for (const key of ['title', 'summary', 'rationale', 'evidence'] as const) if (typeof rule[key] !== 'string') fail(`${key} must be text`);
  if (!SEVERITIES.includes(rule.severity)) fail(`severity must be one of ${SEVERITIES.join(', ')}`);
  if (!Array.isArray(rule.sources) || rule.sources.length === 0) fail('needs at least one source');
  if (!Array.isArray(rule.advice) || !rule.advice.every((line) => typeof line === 'string')) fail('advice must be a list of text lines (quote a line that contains ": ")');
  if (typeof rule.messages !== 'object' || rule.messages === null || !Object.values(rule.messages).every((text) => typeof text === 'string')) fail('messages must map ids to text');
  if (!rule.sources.every((source) => typeof source?.citation === 'string')) fail('every source needs a citation as text');
  rule.options ??= {};
  return rule;
}

export function ruleSetOf(rules: RuleDefinition[]): RuleSet {
  return { rules, byId: new Map(rules.map((rule) => [rule.id, rule])) };
}
