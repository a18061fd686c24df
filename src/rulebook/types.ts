import { SEVERITIES, type FindingSeverity, type LineDirection, type SafetyOverride, type Severity } from '../model/report.js';

export type { SafetyOverride };

export type OptionValue = number | boolean | string;
export type RuleOptions = Record<string, OptionValue>;

export interface RuleSource {
  citation: string;
  url?: string;
}

export type OptionType = 'number' | 'integer' | 'boolean';

/** One option as its rule file declares it: type, range, default, and where the number comes from. */
export interface OptionSpec {
  type: OptionType;
  default: OptionValue;
  /** Lowest allowed value: a number, or the name of another option of the rule. */
  min?: number | string;
  /** Highest allowed value: a number, or the name of another option of the rule. */
  max?: number | string;
  /** What the option means, in a runner's words. */
  meaning: string;
  /** The source of the number, or "project default" when it is the project's own choice. */
  evidence: string;
}

/**
 * A safety tier: configuring the rule below `severity` (or off), or raising one of the `raise`
 * options above its default, needs an explicit `safetyOverride` in the config.
 */
export interface SafetyTier {
  severity: FindingSeverity;
  raise: string[];
  /** What the tier protects, for the messages ("pain above 5 during a run stops running"). */
  protects: string;
}

/** A rule as written in rules/<id>.yaml. */
export interface RuleDefinition {
  id: string;
  title: string;
  summary: string;
  /** The lower tier; checks may escalate a finding one step above it. */
  severity: Severity;
  /** Option values (the defaults, or the config's values once merged). */
  options: RuleOptions;
  optionSpecs: Record<string, OptionSpec>;
  /** Information only: never moves the status (severity off or info only). */
  informationOnly: boolean;
  safety?: SafetyTier;
  rationale: string;
  evidence: string;
  sources: RuleSource[];
  advice: string[];
  /** Which way the advice moves the load, when it does (acute-chronic: cut); none for neutral advice. */
  adviceDirection?: LineDirection;
  messages: Record<string, string>;
}

/** A rule after the user's config is merged over its defaults. */
export type ConfiguredRule = RuleDefinition;

export interface RuleSet {
  rules: ConfiguredRule[];
  byId: Map<string, ConfiguredRule>;
  safetyOverrides: SafetyOverride[];
}

/** One step up, capped at stop: the higher tier of a two-tier rule. */
export function escalate(severity: FindingSeverity): FindingSeverity {
  return severity === 'info' ? 'warn' : 'stop';
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
