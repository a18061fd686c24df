// One athlete's line in a squad check (hipcheck batch), shared by the batch runner and the reporters.
import type { Status } from './report.js';

/** How an athlete moved since an earlier check (`batch --compare`). */
export type SquadChange = 'new' | 'worse' | 'better' | 'unchanged';

export interface BatchRow {
  athlete: string;
  source: string;
  /** The roster's group (training group, squad), if any. */
  group?: string;
  /** The log's path relative to the folder or roster it came from: how --compare matches athletes. */
  logKey: string;
  status: Status | 'error';
  asOf: string | null;
  /** The log's last entry on or before as-of. */
  lastEntry: string | null;
  /** Days the log's last entry is behind the reference day (--as-of, else today). */
  daysBehind: number;
  stale: boolean;
  last7DaysKm: number | null;
  changePct: number | null;
  acuteChronicRatio: number | null;
  maxPain14Days: number | null;
  restDaysLast7: number | null;
  /** warn and stop findings of the last 14 days. */
  warnings: number;
  /** Those findings, for --compare: rule, day and message. */
  recentFindings: { rule: string; day: string; message: string }[];
  /** The finding that set the status (`rule: message`); empty when green. */
  topFinding: string;
  /** How urgent that finding's rule is (0 = most: a red flag); ranks athletes within a status. */
  triageRank: number;
  /** The day of that finding, for recency within a rank. */
  reasonDay: string | null;
  /** Who to see and how soon, in the advice's own words ("see a sports physiotherapist or a doctor soon (within a week or so)"); empty when nobody. */
  see: string;
  /** Distance of the last 8 calendar weeks, oldest first, for the sparkline. */
  weeklyKm: number[];
  /** The last of those weeks is the current one, not yet complete (as-of is not a Sunday). */
  lastWeekPartial: boolean;
  units: 'km' | 'mi';
  /** Rows of the log that could not be read and were left out. */
  skippedRows: number;
  /** Lines of `hipcheck init`'s example entry, still in the log (left out of the analysis). */
  initExampleLines?: number[];
  error?: string;
  /** An unreadable log (--strict) whose bad rows carry an urgent red flag: listed first. */
  redFlag?: string;
  /** With --compare: how the athlete moved, the status before, and warn/stop findings new since then. */
  change?: { kind: SquadChange; previousStatus?: Status | 'error'; newFindings: string[] };
}

/** An athlete whose log could not be read at all. */
export interface BatchError {
  athlete: string;
  source: string;
  error: string;
  /** An urgent red flag in the rows that made the log unreadable. */
  redFlag?: string;
  group?: string;
  logKey: string;
}

