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

export function parseConfig(text: string, file: string, definitions: RuleDefinition[]): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (node: unknown) => {
    const offset = (node as Node | null)?.range?.[0];
    return offset === undefined ? {} : lineCounter.linePos(offset);
  };
  const problems: InputProblem[] = [];
  const problem = (node: unknown, path: string, got: unknown, expected: string, what = 'not a valid value') =>
    problems.push({ file, ...at(node), severity: 'error', message: `${path}: ${what}`, got: describe(got), expected });
  if (doc.errors.length > 0) {
    throw new UserError(doc.errors.map((error) => ({ file, ...lineCounter.linePos(error.pos[0]), severity: 'error' as const, message: `YAML syntax error: ${error.message.split('\n')[0]}` })));
  }
  const config: Config = { athlete: {}, rules: {} };
  const root = doc.contents;
  if (root === null) return config;
  if (!isMap(root)) throw new UserError({ file, severity: 'error', message: 'the config must be a mapping', expected: 'keys rules: and athlete:' });
  const known = new Map(definitions.map((rule) => [rule.id, rule]));
  for (const pair of root.items as Pair[]) {
    const key = String((pair.key as { value?: unknown }).value);
    if (key === 'rules') {
      if (!isMap(pair.value)) {
        problem(pair.value, 'rules', valueOf(pair.value), 'a mapping of rule id to severity or { severity, options }');
        continue;
      }
      for (const rulePair of pair.value.items as Pair[]) readRule(rulePair, known, config, problem, file);
    } else if (key === 'athlete') {
      if (!isMap(pair.value)) {
        problem(pair.value, 'athlete', valueOf(pair.value), 'a mapping with baseline_pain and units');
        continue;
      }
      for (const athletePair of pair.value.items as Pair[]) readAthlete(athletePair, config, problem);
    } else {
      problem(pair.key, key, key, 'rules or athlete', 'unknown key');
    }
  }
  // In file order, as the reader meets them (option ranges are checked once the rule is read).
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  if (problems.length > 0) throw new UserError(problems);
  return config;
}

type Report = (node: unknown, path: string, got: unknown, expected: string, what?: string) => void;

const INFORMATION_SEVERITIES: readonly Severity[] = ['off', 'info'];

function readRule(pair: Pair, known: Map<string, RuleDefinition>, config: Config, problem: Report, file: string): void {
  const id = String((pair.key as { value?: unknown }).value);
  const rule = known.get(id);
  if (!rule) {
    problem(pair.key, `rules.${id}`, id, `a rule id: ${[...known.keys()].join(', ')}`, 'unknown rule id');
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
  if (isScalar(pair.value)) readSeverity(pair.value, `rules.${id}`);
  else if (isMap(pair.value)) {
    for (const inner of pair.value.items as Pair[]) {
      const key = String((inner.key as { value?: unknown }).value);
      if (key === 'severity') readSeverity(inner.value, `rules.${id}.severity`);
      else if (key === 'options' && isMap(inner.value)) {
        override.options = {};
        for (const optionPair of inner.value.items as Pair[]) {
          const name = String((optionPair.key as { value?: unknown }).value);
          if (!Object.hasOwn(rule.optionSpecs, name)) {
            const names = Object.keys(rule.optionSpecs);
            problem(optionPair.key, `rules.${id}.options.${name}`, name, names.length ? `an option of ${id}: ${names.join(', ')}` : `no options (${id} has none)`, 'unknown option');
          } else {
            override.options[name] = valueOf(optionPair.value);
            optionNodes.set(name, optionPair.value);
          }
        }
      } else if (key === 'safetyOverride') {
        const reason = valueOf(inner.value);
        if (typeof reason === 'string' && reason.trim() !== '') override.safetyOverride = { reason: reason.trim(), file };
        else problem(inner.value, `rules.${id}.safetyOverride`, reason, 'the reason, as text, for lowering a safety rule on purpose');
      } else problem(inner.key, `rules.${id}.${key}`, key === 'options' ? valueOf(inner.value) : key, key === 'options' ? 'a mapping of option names to values' : 'severity, options or safetyOverride');
    }
  } else problem(pair.value, `rules.${id}`, valueOf(pair.value), `${SEVERITIES.join(', ')} or { severity, options }`);
  checkOptionValues(id, rule, override, optionNodes, problem);
  const lowerings = safetyLowerings(rule, override.severity, override.options);
  if (lowerings.length > 0 && !override.safetyOverride) {
    problem(isMap(pair.value) ? pair.key : severityNode, `rules.${id}`, lowerings.join('; '), `the default, or safetyOverride: "<why>" under rules.${id} to do it on purpose`, `lowers a safety rule (${rule.safety!.protects})`);
  }
  config.rules[id] = override;
}

/** Each option against its type and range; ranges naming another option use the merged values. */
function checkOptionValues(id: string, rule: RuleDefinition, override: RuleOverride, nodes: Map<string, unknown>, problem: Report): void {
  if (!override.options) return;
  const merged = { ...rule.options, ...override.options } as RuleDefinition['options'];
  for (const [name, value] of Object.entries(override.options)) {
    const spec = rule.optionSpecs[name]!;
    const expected = optionRangeProblem(name, value, rule.optionSpecs, merged);
    if (!expected) continue;
    const wrongType = spec.type === 'boolean' ? typeof value !== 'boolean' : typeof value !== 'number';
    problem(nodes.get(name), `rules.${id}.options.${name}`, value, expected, wrongType ? 'wrong type' : 'out of range');
    delete override.options[name];
  }
}

function readAthlete(pair: Pair, config: Config, problem: Report): void {
  const key = String((pair.key as { value?: unknown }).value);
  const value = valueOf(pair.value);
  if (key === 'baseline_pain') {
    if (typeof value === 'number' && value >= 0 && value <= 10) config.athlete.baselinePain = value;
    else problem(pair.value, 'athlete.baseline_pain', value, 'a number from 0 to 10');
  } else if (key === 'units') {
    if (value === 'km' || value === 'mi') config.athlete.units = value;
    else problem(pair.value, 'athlete.units', value, 'km or mi');
  } else problem(pair.key, `athlete.${key}`, key, 'baseline_pain or units', 'unknown key');
}

function valueOf(node: unknown): unknown {
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
