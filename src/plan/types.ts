// The way back, day by day: what `hipcheck plan` works out from a Report and the log's entries,
// and every format renders (text, Markdown, JSON, iCalendar).
import type { DistanceUnit } from '../model/log.js';
import type { Status } from '../model/report.js';

/**
 * Where the runner stands:
 * - red-flag: an urgent red flag with no clearance logged after it: no running plan;
 * - comeback: after a red (a stop finding): cross-training until settled, the 10–5–10 test,
 *   the walk–run build-up;
 * - return: back after a break of 7 days or more: the 10–5–10 test, then two continuous runs;
 * - amber: the reduced week; green: next week within the progression limits.
 */
export type PlanMode = 'red-flag' | 'comeback' | 'return' | 'amber' | 'green';

export type DayKind = 'see a doctor' | 'cross-train' | 'rest' | 'test' | 'walk-run' | 'run' | 'long run';

export interface PlanDay {
  date: string;
  kind: DayKind;
  /**
   * One line: "Walk–run 2: 2 min run, 1 min walk × 7 (21 min)". A day that depends on how the
   * last one went says so first: "If the last session passed: walk–run 3: …".
   */
  title: string;
  /** What must hold for the day to go ahead ("if settled", "if the last session passed"); absent when nothing. */
  condition?: string;
  /** When it applies and how to do it ("only if this morning's pain is at your baseline"). */
  details: string[];
  /** A run's distance in km, and in the runner's units. */
  distanceKm?: number;
  distance?: number;
  durationMin?: number;
  /** What to log that day, so the next plan can read it: never guessed. */
  log: string[];
}

export type StageOutcome = 'start' | 'passed' | 'repeat' | 'back' | 'not ready' | 'not judged' | 'waiting' | 'settled' | 'unsettled' | 'restart';

/** Something the log shows since the plan started, and what the plan made of it. */
export interface StageEvent {
  date: string;
  /** The session it was judged against ("10–5–10 test", "walk–run 2"), or the phase. */
  session: string;
  outcome: StageOutcome;
  /** Why, in the log's own numbers: "pain 4 during", "morning 1 above your baseline of 0". */
  reason: string;
}

export interface Plan {
  schemaVersion: 1;
  athlete: { name: string; source: string };
  /** The report's as-of day (the last entry, or --as-of). */
  asOf: string;
  /** The first day of the plan: --as-of, else today. */
  startDay: string;
  units: DistanceUnit;
  /** The same status and reasons as `analyze` gives for this log and these settings. */
  status: Status;
  statusReasons: string[];
  mode: PlanMode;
  /** One line: where the runner stands. */
  headline: string;
  /** The stage now, on the way back (comeback and return). */
  stage: { number: number; of: number; name: string } | null;
  /** Since the plan started: the day it started and what the log shows since. */
  since: string | null;
  history: StageEvent[];
  days: PlanDay[];
  /** How the plan moves on, and who to see. */
  rules: string[];
  /** Where the plan's rules come from. */
  sources: string[];
}
