// The shape every reader produces: one runner's entries, normalised to km, minutes and
// plain calendar days, plus every problem met on the way.

export type DistanceUnit = 'km' | 'mi';

export const KNOWN_TERRAINS = ['road', 'trail', 'track', 'treadmill', 'grass', 'hills', 'mixed'] as const;

export const SESSION_TYPES = [
  'easy', 'long', 'tempo', 'intervals', 'hills', 'race', 'recovery', 'rest', 'strength', 'cross',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Types that are not running: they never count as running distance or load. */
export const NON_RUNNING_TYPES: ReadonlySet<SessionType> = new Set(['rest', 'strength', 'cross']);

/** One entry of a log. Dates are `YYYY-MM-DD` calendar days: no time zone can move them. */
export interface Entry {
  date: string;
  /** Time of day `HH:mm`, when the log gives one. */
  time?: string;
  distanceKm: number;
  durationMin?: number;
  paceMinPerKm?: number;
  /** Lower-case; one of KNOWN_TERRAINS or whatever the runner wrote. */
  terrain?: string;
  type?: SessionType;
  /** Hip pain during the run, 0–10. */
  pain?: number;
  painAfter?: number;
  painNextDay?: number;
  /** Pain at the start and at the end of the run, for the within-run pattern. */
  painStart?: number;
  painEnd?: number;
  elevationGainM?: number;
  cadenceSpm?: number;
  /** Perceived exertion, 1–10 (RPE), as apps like Strava record it. */
  effort?: number;
  shoes?: string;
  notes?: string;
  /** A structured red-flag column (`red_flag`): the sign the runner named, or "yes". */
  redFlag?: string;
  /** A professional's clearance recorded in a `cleared` column (who, and what they said); only values read as one. */
  cleared?: string;
  /** Free text in columns hipcheck does not read otherwise, by header: read for red flags only. */
  otherText?: Record<string, string>;
  /** Where the entry came from, for messages. */
  line: number;
}

/**
 * A row that could not become an entry, for any reason (a bad, future or out-of-range date, a
 * bad distance, a row the file's layout broke), but still carries text: its notes (and any other
 * free text in it) are kept so a red flag written there is never lost.
 */
export interface UnusableRow {
  line: number;
  /** The row's own date when it could be read, else none. */
  date?: string;
  notes: string;
  /** Why the row was left out, as in its problem message. */
  reason: string;
}

export interface Athlete {
  name?: string;
  units?: DistanceUnit;
  baselinePain?: number;
}

export type ProblemSeverity = 'error' | 'warning';

/** A problem with the input, located as precisely as the format allows. */
export interface InputProblem {
  file: string;
  line?: number;
  col?: number;
  severity: ProblemSeverity;
  message: string;
  got?: string;
  expected?: string;
}

export interface Log {
  source: string;
  athlete: Athlete;
  /** Units the log was written in (for showing numbers back in the runner's units). */
  units: DistanceUnit;
  entries: Entry[];
  problems: InputProblem[];
  /** Rows that could not be used and were left out. */
  skippedRows: number;
  /** Optional values that were unreadable and dropped (the row itself was kept). */
  droppedFields: number;
  /** Skipped rows that carry notes, kept for the red-flag check. */
  unusableRows: UnusableRow[];
  /** Lines of the example entry `hipcheck init` wrote, left out of the analysis (not a run). */
  initExampleLines?: number[];
}

export function isRunning(entry: Entry): boolean {
  return entry.type === undefined || !NON_RUNNING_TYPES.has(entry.type);
}
