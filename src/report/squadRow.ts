// One athlete's line of a squad table, from their report: what every squad format shows.
import { recentFindings } from '../advice/status.js';
import type { Report } from '../model/report.js';
import type { BatchError, BatchRow } from '../model/squad.js';

export function rowOf(report: Report): BatchRow {
  const recent = recentFindings(report.findings, report.asOf).filter((finding) => finding.severity !== 'info');
  const { last7DaysKm, previous7DaysKm } = report.summary;
  const top = recent[0];
  return {
    athlete: report.athlete.name,
    source: report.athlete.source,
    status: report.status,
    asOf: report.asOf,
    daysBehind: report.freshness?.daysBehind ?? 0,
    stale: report.freshness?.stale ?? false,
    last7DaysKm,
    changePct: previous7DaysKm > 0 ? Math.round((last7DaysKm / previous7DaysKm - 1) * 1000) / 10 : null,
    acuteChronicRatio: report.summary.acuteChronicRatio,
    maxPain14Days: report.summary.maxPain14Days,
    restDaysLast7: report.summary.restDaysLast7,
    warnings: recent.length,
    topFinding: top ? `${top.rule}: ${top.message}` : '',
    weeklyKm: report.summary.weeks.slice(-8).map((week) => week.distanceKm),
    units: report.advice.units,
    skippedRows: report.summary.skippedRows,
  };
}

export function errorRow(failure: BatchError): BatchRow {
  return {
    athlete: failure.athlete, source: failure.source, status: 'error', asOf: null, daysBehind: 0, stale: false,
    last7DaysKm: null, changePct: null, acuteChronicRatio: null, maxPain14Days: null, restDaysLast7: null,
    warnings: 0, topFinding: '', weeklyKm: [], units: 'km', skippedRows: 0, error: failure.error,
  };
}

/** A squad entry in json and ndjson: the athlete's whole report plus how current the log is. */
export function squadEntry(report: Report): Report & { batch: { daysBehind: number; stale: boolean } } {
  return { ...report, batch: { daysBehind: report.freshness?.daysBehind ?? 0, stale: report.freshness?.stale ?? false } };
}
