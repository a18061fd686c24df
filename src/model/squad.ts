// One athlete's line in a squad check (hipcheck batch), shared by the batch runner and the reporters.
import type { Status } from './report.js';

/** A log whose last entry is this many days behind the newest log in the batch is stale. */
export const STALE_AFTER_DAYS = 14;

export interface BatchRow {
  athlete: string;
  source: string;
  status: Status | 'error';
  asOf: string | null;
  /** Days the log's last entry is behind the newest in the batch; 0 when current. */
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
  error?: string;
}

