// One athlete's line in a squad check (hipcheck batch), shared by the batch runner and the reporters.
import type { Status } from './report.js';


export interface BatchRow {
  athlete: string;
  source: string;
  status: Status | 'error';
  asOf: string | null;
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
  topFinding: string;
  /** Distance of the last 8 calendar weeks, oldest first, for the sparkline. */
  weeklyKm: number[];
  units: 'km' | 'mi';
  /** Rows of the log that could not be read and were left out. */
  skippedRows: number;
  error?: string;
}

/** An athlete whose log could not be read at all. */
export interface BatchError {
  athlete: string;
  source: string;
  error: string;
}

