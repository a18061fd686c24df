// Reads the rule book from rules/*.yaml. The files ship with the package next to dist/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type RuleDefinition, type RuleSet } from './types.js';
import { SEVERITIES } from '../model/report.js';

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

/** Where the build writes every rules/*.yaml file, parsed, as one JSON object keyed by file name. */
export const COMPILED_RULES_PATH = join('dist', 'rules.json');

export function loadRuleDefinitions(dir = findRulesDir()): RuleDefinition[] {
  const ruleFiles = readdirSync(dir).filter((name) => name.endsWith('.yaml') && !NOT_RULES.has(name)).sort();
  const values = compiledRules(dir, ruleFiles) ?? ruleFiles.map((name) => parse(readFileSync(join(dir, name), 'utf8')) as unknown);
  return ruleFiles.map((name, index) => checkDefinition(values[index], name));
}

/**
 * The rule files as the build compiled them. Parsing twenty YAML files takes ~30 ms, a sixth
 * of `analyze`'s start-up; one JSON file takes well under 1 ms. The copy is used only while no
 * rule file is newer and it holds every one of them, so an edited or added rules/*.yaml takes
 * effect at once, without a rebuild.
 */
function compiledRules(dir: string, ruleFiles: string[]): unknown[] | undefined {
  const compiled = join(dirname(dir), COMPILED_RULES_PATH);
  if (!existsSync(compiled)) return undefined;
  const builtMs = statSync(compiled).mtimeMs;
  if (ruleFiles.some((name) => statSync(join(dir, name)).mtimeMs > builtMs)) return undefined;
  const byFile = JSON.parse(readFileSync(compiled, 'utf8')) as Record<string, unknown>;
  if (!ruleFiles.every((name) => Object.hasOwn(byFile, name))) return undefined;
  return ruleFiles.map((name) => byFile[name]);
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
