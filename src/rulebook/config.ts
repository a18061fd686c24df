// hipcheck.config.yaml: rule severities and options, and athlete defaults. Every mistake is
// reported with its key path, the value found and what is allowed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { UserError } from '../model/errors.js';
import type { DistanceUnit, InputProblem } from '../model/log.js';
import { type RuleDefinition, type RuleSet, type SafetyOverride } from './types.js';
import { safetyLowerings } from './safety.js';
import { SEVERITIES, type Severity } from '../model/report.js';
import { optionRangeProblem, ruleSetOf } from './load.js';
import { DISTANCE_UNIT_WORDS, parseDistanceUnit } from '../util/units.js';
import { yamlErrorMessage } from '../util/yamlErrors.js';

export const CONFIG_FILE_NAME = 'hipcheck.config.yaml';

export interface AthleteDefaults {
  baselinePain?: number;
  units?: DistanceUnit;
}

export interface RuleOverride {
  severity?: Severity;
  options?: Record<string, unknown>;
  /** A safety tier lowered on purpose: the reason given, and the file that gives it. */
  safetyOverride?: { reason: string; file: string };
}

export interface Config {
  /** The file it was read from, for notices. */
  file?: string;
  athlete: AthleteDefaults;
  /** Per rule id: severity and option overrides. */
  rules: Record<string, RuleOverride>;
}

export const EMPTY_CONFIG: Config = { athlete: {}, rules: {} };

/** hipcheck.config.yaml in this folder or the nearest one above it. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** How deep a config goes, for the message when one is nested a thousand levels deep. */
const CONFIG_DEPTH = 'a config needs three or four';

export function parseConfig(text: string, file: string, definitions: RuleDefinition[]): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: InputProblem[] = [];
  const problem = problemsAt(file, lineCounter, problems);
  if (doc.errors.length > 0) {
    throw new UserError(doc.errors.map((error) => ({ file, ...lineCounter.linePos(error.pos[0]), severity: 'error' as const, message: yamlErrorMessage(error.message, CONFIG_DEPTH) })));
  }
  const config: Config = { file, athlete: {}, rules: {} };
  const root = doc.contents;
  if (root === null) return config;
  if (!isMap(root)) throw new UserError({ file, severity: 'error', message: 'the config must be a mapping', expected: 'keys rules: and athlete:' });
  for (const pair of root.items as Pair[]) {
    const key = String((pair.key as { value?: unknown }).value);
    if (key === 'rules') config.rules = readRules(pair.value, definitions, problem, 'rules', file);
    else if (key === 'athlete') {
      if (!isMap(pair.value)) {
        problem(pair.value, 'athlete', valueOf(pair.value), 'a mapping with baseline_pain and units');
        continue;
      }
      for (const athletePair of pair.value.items as Pair[]) {
        const name = String((athletePair.key as { value?: unknown }).value);
        if (!readAthleteSetting(athletePair, config.athlete, 'athlete', problem)) problem(athletePair.key, `athlete.${name}`, name, 'baseline_pain or units', 'unknown key');
      }
    } else {
      problem(pair.key, key, key, 'rules or athlete', 'unknown key');
    }
  }
  // In file order, as the reader meets them (option ranges are checked once the rule is read).
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  if (problems.length > 0) throw new UserError(problems);
  return config;
}

/** Reports a problem at a node's line:col, with its key path, what was found and what is allowed. */
export type ProblemAt = (node: unknown, path: string, got: unknown, expected: string, what?: string) => void;

export function problemsAt(file: string, lineCounter: LineCounter, problems: InputProblem[]): ProblemAt {
  return (node, path, got, expected, what = 'not a valid value') => {
    const offset = (node as Node | null)?.range?.[0];
    problems.push({ file, ...(offset === undefined ? {} : lineCounter.linePos(offset)), severity: 'error', message: `${path}: ${what}`, got: describe(got), expected });
  };
}

/**
 * A `rules:` mapping checked against the rule book: ids, severities, option names and types.
 * Read from the nodes themselves, so a roster athlete's `rules:` is reported at its own line.
 */
export function readRules(node: unknown, definitions: RuleDefinition[], problem: ProblemAt, path = 'rules', file = path): Config['rules'] {
  const rules: Config['rules'] = {};
  if (!isMap(node)) {
    problem(node, path, valueOf(node), 'a mapping of rule id to severity or { severity, options }');
    return rules;
  }
  const known = new Map(definitions.map((rule) => [rule.id, rule]));
  for (const rulePair of node.items as Pair[]) readRule(rulePair, known, rules, problem, path, file);
  return rules;
}

const INFORMATION_SEVERITIES: readonly Severity[] = ['off', 'info'];

function readRule(pair: Pair, known: Map<string, RuleDefinition>, rules: Config['rules'], problem: ProblemAt, prefix: string, file: string): void {
  const id = String((pair.key as { value?: unknown }).value);
  const rule = known.get(id);
  if (!rule) {
    problem(pair.key, `${prefix}.${id}`, id, `a rule id: ${[...known.keys()].join(', ')}`, 'unknown rule id');
    return;
  }
  const override: RuleOverride = {};
  let severityNode: unknown = pair.value;
  const optionNodes = new Map<string, unknown>();
  const readSeverity = (node: unknown, path: string) => {
    const value = valueOf(node);
    severityNode = node;
    if (!(SEVERITIES as readonly unknown[]).includes(value)) problem(node, path, value, SEVERITIES.join(', '), 'not a severity');
    else if (rule.informationOnly && !INFORMATION_SEVERITIES.includes(value as Severity)) {
      problem(node, path, value, INFORMATION_SEVERITIES.join(' or '), `${id} is information only and never moves the status`);
    } else override.severity = value as Severity;
  };
  if (isScalar(pair.value)) readSeverity(pair.value, `${prefix}.${id}`);
  else if (isMap(pair.value)) {
    for (const inner of pair.value.items as Pair[]) {
      const key = String((inner.key as { value?: unknown }).value);
      if (key === 'severity') readSeverity(inner.value, `${prefix}.${id}.severity`);
      else if (key === 'options' && isMap(inner.value)) {
        override.options = {};
        for (const optionPair of inner.value.items as Pair[]) {
          const name = String((optionPair.key as { value?: unknown }).value);
          // Own keys only: `constructor` or `__proto__` are not options just because every object has them.
          if (!Object.hasOwn(rule.optionSpecs, name)) {
            const names = Object.keys(rule.optionSpecs);
            problem(optionPair.key, `${prefix}.${id}.options.${name}`, name, names.length ? `an option of ${id}: ${names.join(', ')}` : `no options (${id} has none)`, 'unknown option');
          } else {
            override.options[name] = valueOf(optionPair.value);
            optionNodes.set(name, optionPair.value);
          }
        }
      } else if (key === 'safetyOverride') {
        const reason = valueOf(inner.value);
        if (typeof reason === 'string' && reason.trim() !== '') override.safetyOverride = { reason: reason.trim(), file };
        else problem(inner.value, `${prefix}.${id}.safetyOverride`, reason, 'the reason, as text, for lowering a safety rule on purpose');
      } else problem(inner.key, `${prefix}.${id}.${key}`, key === 'options' ? valueOf(inner.value) : key, key === 'options' ? 'a mapping of option names to values' : 'severity, options or safetyOverride');
    }
  } else problem(pair.value, `${prefix}.${id}`, valueOf(pair.value), `${SEVERITIES.join(', ')} or { severity, options }`);
  checkOptionValues(`${prefix}.${id}`, rule, override, optionNodes, problem);
  const lowerings = safetyLowerings(rule, override.severity, override.options);
  if (lowerings.length > 0 && !override.safetyOverride) {
    problem(isMap(pair.value) ? pair.key : severityNode, `${prefix}.${id}`, lowerings.join('; '), `the default, or safetyOverride: "<why>" under ${prefix}.${id} to do it on purpose`, `lowers a safety rule (${rule.safety!.protects})`);
  }
  rules[id] = override;
}

/** Each option against its type and range; ranges naming another option use the merged values. */
function checkOptionValues(path: string, rule: RuleDefinition, override: RuleOverride, nodes: Map<string, unknown>, problem: ProblemAt): void {
  if (!override.options) return;
  const merged = { ...rule.options, ...override.options } as RuleDefinition['options'];
  for (const [name, value] of Object.entries(override.options)) {
    const spec = rule.optionSpecs[name]!;
    const expected = optionRangeProblem(name, value, rule.optionSpecs, merged);
    if (!expected) continue;
    const wrongType = spec.type === 'boolean' ? typeof value !== 'boolean' : typeof value !== 'number';
    problem(nodes.get(name), `${path}.options.${name}`, value, expected, wrongType ? 'wrong type' : 'out of range');
    delete override.options[name];
  }
}

/**
 * `baseline_pain` (a number 0–10) or `units` (km or mi, also written kilometres or miles),
 * for the config's `athlete:` and each roster athlete. False when the key is neither.
 */
export function readAthleteSetting(pair: Pair, athlete: AthleteDefaults, prefix: string, problem: ProblemAt): boolean {
  const key = String((pair.key as { value?: unknown }).value);
  const value = valueOf(pair.value);
  if (key === 'baseline_pain') {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10) athlete.baselinePain = value;
    else problem(pair.value, `${prefix}.baseline_pain`, value, 'a number from 0 to 10');
    return true;
  }
  if (key === 'units') {
    const units = typeof value === 'string' ? parseDistanceUnit(value) : undefined;
    if (units) athlete.units = units;
    else problem(pair.value, `${prefix}.units`, value, DISTANCE_UNIT_WORDS);
    return true;
  }
  return false;
}

/** The plain value of a node, for messages. */
export function valueOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node === null || node === undefined ? null : (node as { toJSON?: () => unknown }).toJSON?.() ?? node;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** Defaults from the rule book with the config's overrides on top. */
export function applyConfig(definitions: RuleDefinition[], config: Config): RuleSet {
  const overrides: SafetyOverride[] = [];
  const rules = definitions.map((rule) => {
    const override = config.rules[rule.id];
    if (!override) return rule;
    const lowerings = safetyLowerings(rule, override.severity, override.options);
    if (lowerings.length > 0) {
      // parseConfig refuses this without safetyOverride; a caller building a Config by hand must say it too.
      if (!override.safetyOverride) throw new Error(`rules.${rule.id} lowers a safety rule without safetyOverride`);
      overrides.push({ rule: rule.id, change: lowerings.join('; '), protects: rule.safety!.protects, reason: override.safetyOverride.reason, configFile: override.safetyOverride.file });
    }
    return { ...rule, severity: override.severity ?? rule.severity, options: { ...rule.options, ...override.options } as RuleDefinition['options'] };
  });
  return ruleSetOf(rules, overrides);
}
