export const SEVERITIES = ['off', 'info', 'warn', 'stop'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Severity of a finding: a rule that is off produces none. */
export type FindingSeverity = Exclude<Severity, 'off'>;

export type Status = 'green' | 'amber' | 'red';

/** Who to see, and how soon. */
export type ReferralWho = 'doctor' | 'sports physiotherapist' | 'physiotherapist';
export type ReferralWhen = 'today' | 'within days' | 'soon' | 'if it persists';
export interface Referral {
  who: ReferralWho;
  when: ReferralWhen;
}

export interface Finding {
  rule: string;
  severity: FindingSeverity;
  /** An urgent red flag: it stands, whatever its age, until a professional's clearance is logged. */
  urgent?: boolean;
  /** Who this finding says to see, and how soon. */
  refer?: Referral;
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

/**
 * One day of the pain calendar. Pain scores are the highest of that day's entries, 0–10, null
 * when none was logged; `nextMorning` is the pain_next_day of the day before's runs.
 */
export interface PainDay {
  date: string;
  distanceKm: number;
  longestRunKm: number;
  /**
   * No running that day. The last record may be the morning after the as-of day, when the
   * as-of day's run gives its next-morning pain: nothing else is known of that day (rest false).
   */
  rest: boolean;
  /** During the run (pain, pain_start, pain_end). */
  during: number | null;
  after: number | null;
  nextMorning: number | null;
  /** The pain a non-running record (rest day, diary day) gives for that day. */
  restRecord: number | null;
  /** The worst of the four: the calendar cell's colour. */
  worst: number | null;
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
  /** What kind of advice this is: the cause decides it (docs/CLINICAL.md). */
  mode: AdviceMode;
  /**
   * Who to see and how soon, with the reason; null when nobody needs to be seen yet. `action` is
   * what to do and how soon ("See a sports physiotherapist or a doctor soon (within a week or
   * so)"), `text` the whole sentence with the reasons: every format takes its words from these.
   */
  see: (Referral & { why: string; action: string; text: string }) | null;
}

/**
 * Which way an advice line moves the running load. The headline has one; a line that goes
 * another way (build up beside "hold", cut mileage beside "stop") is left out (advice/direction.ts).
 */
export type LoadDirection = 'stop' | 'cut' | 'hold' | 'build';
export const LOAD_DIRECTIONS: readonly LoadDirection[] = ['stop', 'cut', 'hold', 'build'];

/**
 * The way an advice line goes: a load direction, or `train` for a line that keeps some training
 * going without moving the running load (strengthen, mobility work, low-impact cardio): it fits
 * any headline but stop, so it never follows "stop running and see a doctor".
 */
export type LineDirection = LoadDirection | 'train';
export const LINE_DIRECTIONS: readonly LineDirection[] = [...LOAD_DIRECTIONS, 'train'];

export type AdviceMode = 'build' | 'hold' | 'reduce' | 'stop' | 'see a doctor' | 'no recent running' | 'stale';

/** How the status was reached, beyond the findings. */
export interface StatusDetail {
  /** Some pain score in the 14 days up to as-of; without one the status rests on load alone. */
  painData: boolean;
  /** No entry at all in the 14 days up to as-of: the status is never green then. */
  stale: boolean;
  /** The last entry on or before as-of. */
  lastEntry: string;
  /** Short notes printed next to the status in every format ("no pain data"). */
  notes: string[];
  /** Urgent red flags that stand until a professional's clearance is logged. */
  standingRedFlags: number;
  /** The finding that set the status: its rule and day (none when green, or amber for staleness alone). */
  setBy?: { rule: string; date: string };
}

/** A safety tier lowered or switched off on purpose in a config; every report says so at the top. */
export interface SafetyOverride {
  rule: string;
  /** What changed, in words: "switched off", "edgeMax raised from 5 to 7". */
  change: string;
  /** What the tier normally does: "urgent red flags send you to a doctor". */
  protects: string;
  /** The reason the config gives in safetyOverride. */
  reason: string;
  /** The config (or roster) file that says so. */
  configFile: string;
}

export interface Report {
  schemaVersion: 1;
  /** group: the roster's group, in a batch. */
  athlete: { name: string; source: string; group?: string };
  /** Safety tiers a config lowered on purpose (empty when none). */
  safetyOverrides: SafetyOverride[];
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
    /** Every day of the last 16 weeks (from the first entry at most), for the pain calendar. */
    painDays?: PainDay[];
    /** Lines of `hipcheck init`'s example entry, still in the log and left out of the analysis. */
    initExampleLines?: number[];
  };
  status: Status;
  statusReasons: string[];
  statusDetail: StatusDetail;
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
