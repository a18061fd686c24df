// Reads the rule book from rules/*.yaml. The files ship with the package next to dist/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type OptionSpec, type RuleDefinition, type RuleOptions, type RuleSet, type SafetyOverride, type SafetyTier } from './types.js';
import { LINE_DIRECTIONS, SEVERITIES } from '../model/report.js';

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
  const rule = value as RuleDefinition & { options?: Record<string, unknown>; safety?: unknown };
  const fail = (what: string): never => {
    throw new Error(`rules/${file}: ${what}`);
  };
  if (typeof rule !== 'object' || rule === null) fail('not a mapping');
  if (`${rule.id}.yaml` !== file) fail(`id ${JSON.stringify(rule.id)} does not match the file name`);
  for (const key of ['title', 'summary', 'rationale', 'evidence'] as const) if (typeof rule[key] !== 'string') fail(`${key} must be text`);
  if (!SEVERITIES.includes(rule.severity)) fail(`severity must be one of ${SEVERITIES.join(', ')}`);
  if (!Array.isArray(rule.sources) || rule.sources.length === 0) fail('needs at least one source');
  if (!Array.isArray(rule.advice) || !rule.advice.every((line) => typeof line === 'string')) fail('advice must be a list of text lines (quote a line that contains ": ")');
  if (rule.adviceDirection !== undefined && !LINE_DIRECTIONS.includes(rule.adviceDirection)) fail(`adviceDirection must be one of ${LINE_DIRECTIONS.join(', ')}`);
  if (typeof rule.messages !== 'object' || rule.messages === null || !Object.values(rule.messages).every((text) => typeof text === 'string')) fail('messages must map ids to text');
  if (!rule.sources.every((source) => typeof source?.citation === 'string')) fail('every source needs a citation as text');
  rule.informationOnly ??= false;
  if (typeof rule.informationOnly !== 'boolean') fail('informationOnly must be true or false');
  if (rule.informationOnly && !['off', 'info'].includes(rule.severity)) fail('an information-only rule has severity info (or off)');
  const specs = checkOptionSpecs(rule.options ?? {}, fail);
  rule.optionSpecs = specs;
  rule.options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default]));
  if (rule.safety !== undefined) rule.safety = checkSafety(rule.safety, rule.optionSpecs, fail);
  return rule;
}

const OPTION_TYPES = ['number', 'integer', 'boolean'] as const;

function checkOptionSpecs(raw: Record<string, unknown>, fail: (what: string) => never): Record<string, OptionSpec> {
  if (typeof raw !== 'object' || raw === null) fail('options must map names to { type, default, min, max, meaning, evidence }');
  const specs: Record<string, OptionSpec> = {};
  for (const [name, value] of Object.entries(raw)) {
    const spec = value as OptionSpec;
    const at = `options.${name}`;
    if (typeof spec !== 'object' || spec === null) fail(`${at} must be a mapping with type, default, min, max, meaning and evidence`);
    if (!(OPTION_TYPES as readonly string[]).includes(spec.type)) fail(`${at}.type must be one of ${OPTION_TYPES.join(', ')}`);
    if (typeof spec.meaning !== 'string' || typeof spec.evidence !== 'string') fail(`${at} needs meaning and evidence as text (evidence: "project default" for a number of our own)`);
    if (spec.type === 'boolean' ? typeof spec.default !== 'boolean' : typeof spec.default !== 'number') fail(`${at}.default must be a ${spec.type}`);
    if (spec.type !== 'boolean') {
      for (const bound of ['min', 'max'] as const) {
        if (spec[bound] === undefined) fail(`${at}.${bound} is missing: every number option has a range`);
        if (typeof spec[bound] === 'string' && !(spec[bound] in raw)) fail(`${at}.${bound} names no option of this rule`);
        if (typeof spec[bound] !== 'string' && typeof spec[bound] !== 'number') fail(`${at}.${bound} must be a number or another option's name`);
      }
    }
    specs[name] = spec;
  }
  for (const [name, spec] of Object.entries(specs)) {
    const problem = optionRangeProblem(name, spec.default, specs, Object.fromEntries(Object.entries(specs).map(([other, s]) => [other, s.default])));
    if (problem) fail(`options.${name}.default ${spec.default}: expected ${problem}`);
  }
  return specs;
}

/**
 * Why a value does not fit an option (its type and range, with ranges that name another option
 * read from `values`), or undefined when it fits. Shared by the rule files and the config.
 */
export function optionRangeProblem(name: string, value: unknown, specs: Record<string, OptionSpec>, values: RuleOptions): string | undefined {
  const spec = specs[name]!;
  if (spec.type === 'boolean') return typeof value === 'boolean' ? undefined : 'true or false';
  const bound = (limit: number | string | undefined) => (typeof limit === 'string' ? Number(values[limit]) : limit);
  const min = bound(spec.min);
  const max = bound(spec.max);
  const describe = (limit: number | string | undefined, resolved: number | undefined) => (typeof limit === 'string' ? `${limit} (${resolved})` : String(resolved));
  const expected = `${spec.type === 'integer' ? 'a whole number' : 'a number'} from ${describe(spec.min, min)} to ${describe(spec.max, max)}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return expected;
  if (spec.type === 'integer' && !Number.isInteger(value)) return expected;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) return expected;
  return undefined;
}

function checkSafety(raw: unknown, specs: Record<string, OptionSpec>, fail: (what: string) => never): SafetyTier {
  const safety = raw as SafetyTier;
  if (typeof safety !== 'object' || safety === null) fail('safety must be a mapping with severity, raise and protects');
  if (!['info', 'warn', 'stop'].includes(safety.severity)) fail('safety.severity must be info, warn or stop');
  safety.raise ??= [];
  if (!Array.isArray(safety.raise) || !safety.raise.every((name) => typeof name === 'string' && name in specs)) fail('safety.raise must list options of this rule');
  if (typeof safety.protects !== 'string') fail('safety.protects must say in words what the tier protects');
  return safety;
}

export function ruleSetOf(rules: RuleDefinition[], safetyOverrides: SafetyOverride[] = []): RuleSet {
  return { rules, byId: new Map(rules.map((rule) => [rule.id, rule])), safetyOverrides };
}
