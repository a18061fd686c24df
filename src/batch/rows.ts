// The squad table: one row per athlete, worst first, stale logs flagged.
import { NO_PAIN_DATA, recentFindings } from '../advice/status.js';
import type { BatchRow } from '../model/squad.js';
import type { BatchError, BatchResult } from './runJob.js';

/**
 * What one finished job hands back to the main thread: the squad row, plus the report (or the
 * error) as JSON text when the output shows it. Built in the worker, so only this small row
 * crosses threads for the table formats, never the whole report object graph.
 */
export interface BatchOutcome {
  row: BatchRow;
  json?: string;
}

export function outcomeOf(result: BatchResult, keepJson: boolean): BatchOutcome {
  const row = rowOf(result);
  if (!keepJson) return { row };
  return { row, json: JSON.stringify('report' in result ? result.report : result.failure) };
}

const STATUS_ORDER: Record<BatchRow['status'], number> = { red: 0, amber: 1, green: 2, error: 3 };

/** A row as of the athlete's own log; the CLI sets daysBehind and stale once every log is in. */
export function rowOf(result: BatchResult): BatchRow {
  if ('failure' in result) return errorRow(result.failure);
  const { report } = result;
  const recent = recentFindings(report.findings, report.asOf).filter((finding) => finding.severity !== 'info');
  const { last7DaysKm, previous7DaysKm } = report.summary;
  // The status's own first reason (a standing red flag older than 14 days, or a stale log,
  // included); a green with no pain data says so rather than standing bare.
  const top = report.status === 'green' ? report.statusReasons.find((reason) => reason.startsWith(NO_PAIN_DATA)) : report.statusReasons[0];
  return {
    athlete: report.athlete.name,
    source: report.athlete.source,
    status: report.status,
    asOf: report.asOf,
    daysBehind: 0,
    stale: false,
    last7DaysKm,
    changePct: previous7DaysKm > 0 ? Math.round((last7DaysKm / previous7DaysKm - 1) * 1000) / 10 : null,
    acuteChronicRatio: report.summary.acuteChronicRatio,
    maxPain14Days: report.summary.maxPain14Days,
    restDaysLast7: report.summary.restDaysLast7,
    warnings: recent.length,
    topFinding: top ?? '',
    weeklyKm: report.summary.weeks.slice(-8).map((week) => week.distanceKm),
    units: report.advice.units,
  };
}

function errorRow(failure: BatchError): BatchRow {
  return {
    athlete: failure.athlete, source: failure.source, status: 'error', asOf: null, daysBehind: 0, stale: false,
    last7DaysKm: null, changePct: null, acuteChronicRatio: null, maxPain14Days: null, restDaysLast7: null,
    warnings: 0, topFinding: '', weeklyKm: [], units: 'km', error: failure.error,
  };
}

/** Red, amber, green, then most warnings, then name; unreadable logs last. */
export function worstFirst(a: BatchRow, b: BatchRow): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.warnings - a.warnings || a.athlete.localeCompare(b.athlete) || a.source.localeCompare(b.source);
}
