import type { AnalysisContext } from '../analysis/context.js';
import type { RuleOptions } from '../rulebook/types.js';
import type { FindingSeverity } from '../model/report.js';

/** What a checker returns: a message id from its rule file and the numbers behind it. */
export interface RawFinding {
  messageId: string;
  data: Record<string, string | number>;
  /** The rule's higher tier (one step above its configured severity). */
  escalate?: boolean;
  /** A safety floor no config can lower (only turning the rule off silences it). */
  minimumSeverity?: FindingSeverity;
  date?: string;
  from?: string;
  to?: string;
  evidence: Record<string, unknown>;
}

export interface CheckResult {
  findings: RawFinding[];
  /** Set when the log lacks what the rule needs: the rule stays silent rather than guess. */
  tooLittleData?: string;
}

export type Check<Options extends RuleOptions = RuleOptions> = (context: AnalysisContext, options: Options) => CheckResult;

/** Strictly above a limit, ignoring floating-point dust (10.000000001% is 10%). */
export function isOver(value: number, limit: number): boolean {
  return value > limit + 1e-9;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export const plural = (count: number, suffix = 's') => (count === 1 ? '' : suffix);
