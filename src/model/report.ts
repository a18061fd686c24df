export const SEVERITIES = ['off', 'info', 'warn', 'stop'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Severity of a finding: a rule that is off produces none. */
export type FindingSeverity = Exclude<Severity, 'off'>;

export type Status = 'green' | 'amber' | 'red';

export interface Finding {
  rule: string;
  severity: FindingSeverity;
  /** A single day, or a from–to span. */
  date?: string;
  from?: string;
  to?: string;
  message: string;
  evidence: Record<string, unknown>;
  /** The rule's first source: citation and URL where one exists. */
  source: string;
}

export interface WeekSummary {
  weekStart: string;
  distanceKm: number;
  runs: number;
  restDays: number;
  longestRunKm: number;
  maxPain: number | null;
  /** Average pain during runs that week. */
  averagePain: number | null;
  hours: number;
}

export interface Advice {
  /** Upper limit for the next 7 days, in km. */
  nextWeekMaxKm: number;
  /** Lower end of the range when cutting back (amber), in km. */
  nextWeekMinKm: number;
  longestRunMaxKm: number;
  /** The runner's units, and the same two limits in them. */
  units: 'km' | 'mi';
  nextWeekMax: number;
  longestRunMax: number;
  actions: string[];
  seeProfessional: 'none' | 'physio' | 'doctor';
}

export interface Report {
  schemaVersion: 1;
  /** group: the roster's group, in a batch. */
  athlete: { name: string; source: string; group?: string };
  asOf: string;
  /** Where as-of came from: the log's last entry, or --as-of. */
  asOfFrom: 'last-entry' | 'option';
  period: { from: string; to: string };
  summary: {
    runs: number;
    distanceKm: number;
    skippedRows: number;
    /** Optional values that were unreadable and dropped (their runs were kept). */
    droppedFields: number;
    otherSessions: { strength: number; cross: number; rest: number };
    last7DaysKm: number;
    previous7DaysKm: number;
    acuteChronicRatio: number | null;
    maxPain14Days: number | null;
    restDaysLast7: number;
    weeks: WeekSummary[];
    /** Pain during each run of the last 16 weeks, for the daily timeline. */
    painTimeline: { date: string; pain: number }[];
  };
  status: Status;
  statusReasons: string[];
  advice: Advice;
  findings: Finding[];
  /** Rules that stayed silent because the log lacks what they need. */
  tooLittleData: { rule: string; reason: string }[];
  warnings: string[];
  /**
   * How current the log is: its last entry on or before the as-of day, and how many days that
   * is behind the reference day (--as-of, else today). Set by the athlete pipeline.
   */
  freshness?: Freshness;
}

/** A log whose last entry is this many days or more behind the reference day is stale. */
export const STALE_AFTER_DAYS = 14;

export interface Freshness {
  lastEntry: string;
  /** The day it is measured against: --as-of, else today. */
  referenceDay: string;
  daysBehind: number;
  stale: boolean;
}
