import { SEVERITIES, type FindingSeverity, type Severity } from '../model/report.js';


export type OptionValue = number | boolean | string;
export type RuleOptions = Record<string, OptionValue>;

export interface RuleSource {
  citation: string;
  url?: string;
}

/** A rule as written in rules/<id>.yaml. */
export interface RuleDefinition {
  id: string;
  title: string;
  summary: string;
  /** The lower tier; checks may escalate a finding one step above it. */
  severity: Severity;
  options: RuleOptions;
  rationale: string;
  evidence: string;
  sources: RuleSource[];
  advice: string[];
  messages: Record<string, string>;
}

/** A rule after the user's config is merged over its defaults. */
export type ConfiguredRule = RuleDefinition;

export interface RuleSet {
  rules: ConfiguredRule[];
  byId: Map<string, ConfiguredRule>;
}

/** One step up, capped at stop: the higher tier of a two-tier rule. */
export function escalate(severity: FindingSeverity): FindingSeverity {
  return severity === 'info' ? 'warn' : 'stop';
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
