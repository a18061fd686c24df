// What a finished batch job hands back, and the order a coach reads the squad in.
import type { BatchRow } from '../model/squad.js';
import { errorEntry, errorRow, squadEntry } from '../report/squadRow.js';
import type { BatchResult } from './runJob.js';
import { jsonText } from '../util/json.js';

/**
 * What one finished job hands back to the main thread: the squad row, plus the squad entry (or
 * the error) as JSON text when the output shows it. Built in the worker, so only this small row
 * crosses threads for the table formats, never the whole report object graph.
 */
export interface BatchOutcome {
  row: BatchRow;
  json?: string;
  cacheWarning?: string;
}

export function outcomeOf(result: BatchResult, keepJson: boolean): BatchOutcome {
  const row = 'failure' in result ? errorRow(result.failure) : result.row;
  const warning = result.cacheWarning ? { cacheWarning: result.cacheWarning } : {};
  if (!keepJson) return { row, ...warning };
  if ('failure' in result) return { row, ...warning, json: jsonText(errorEntry(result.failure)) };
  if (!('report' in result)) throw new Error('a batch that shows reports was handed a row without its report');
  return { row, ...warning, json: jsonText(squadEntry(result.report, result.logKey)) };
}

const STATUS_ORDER: Record<BatchRow['status'], number> = { red: 0, amber: 1, green: 2, error: 3 };
/** An unreadable log with a red flag in its bad rows comes before every red: it needs a doctor and a fix. */
const statusOrder = (row: BatchRow) => (row.status === 'error' && row.redFlag !== undefined ? -1 : STATUS_ORDER[row.status]);

/**
 * The order a coach reads a squad in: red, amber, green; within a status the most urgent
 * status-setting finding first (a red flag, then pain above 5, …: advice/triage.ts), then the
 * most recent, then most warnings, then name. Unreadable logs last, except one whose unreadable
 * rows carry an urgent red flag (--strict): that one first.
 */
export function worstFirst(a: BatchRow, b: BatchRow): number {
  return statusOrder(a) - statusOrder(b)
    || a.triageRank - b.triageRank
    || (b.reasonDay ?? '').localeCompare(a.reasonDay ?? '')
    || b.warnings - a.warnings
    || a.athlete.localeCompare(b.athlete)
    || a.source.localeCompare(b.source);
}
