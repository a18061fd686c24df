import { buildContext, type AnalysisContext, type ContextOptions } from '../analysis/context.js';
import type { RuleOptions } from '../rulebook/types.js';
import type { Referral } from '../model/report.js';
import type { Entry, Log, UnusableRow } from '../model/log.js';

/** What the checks read: the analysis context, plus what only the red-flag checks need. */
export interface CheckContext extends AnalysisContext {
  /** Rows left out (bad or future date, bad distance) that carry notes: a red flag there still counts. */
  unusableRows: UnusableRow[];
  /** Every readable entry of the log, --since or not: urgent red flags are read from all of them up to as-of. */
  logEntries: Entry[];
  /**
   * Today, when as-of was not given: a row dated after it is a typo or a plan, and its notes are
   * read dated as the nearest readable entry. With --as-of, rows after it are simply later.
   */
  futureAfter?: string;
}

export function buildCheckContext(log: Log, options: ContextOptions & { futureAfter?: string }): CheckContext {
  return { ...buildContext(log, options), unusableRows: log.unusableRows, logEntries: log.entries, ...(options.futureAfter ? { futureAfter: options.futureAfter } : {}) };
}

/** What a checker returns: a message id from its rule file and the numbers behind it. */
export interface RawFinding {
  messageId: string;
  data: Record<string, string | number>;
  /** The rule's higher tier (one step above its configured severity). */
  escalate?: boolean;
  /** Information only, whatever the rule's severity: it never moves the status. */
  info?: boolean;
  /** An urgent red flag: it stands until a professional's clearance is logged. */
  urgent?: boolean;
  /** Who to see, and how soon. */
  refer?: Referral;
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

export type Check<Options extends RuleOptions = RuleOptions> = (context: CheckContext, options: Options) => CheckResult;

/** Strictly above a limit, ignoring floating-point dust (10.000000001% is 10%). */
export function isOver(value: number, limit: number): boolean {
  return value > limit + 1e-9;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export const plural = (count: number, suffix = 's') => (count === 1 ? '' : suffix);
