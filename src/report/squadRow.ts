// One athlete's line of a squad table, from their report: what every squad format shows.
import { recentFindings } from '../advice/status.js';
import { triageRank } from '../advice/triage.js';
import { NO_PAIN_DATA } from '../advice/status.js';
import { findingDay } from '../checks/engine.js';
import { addDaysTo, weekStartOf } from '../analysis/calendar.js';
import type { Report } from '../model/report.js';
import type { BatchError, BatchRow } from '../model/squad.js';

/** A squad row; `logKey` is the log's path relative to the folder or roster it came from. */
export function rowOf(report: Report, logKey = report.athlete.source): BatchRow {
  const recent = recentFindings(report.findings, report.asOf).filter((finding) => finding.severity !== 'info');
  const { last7DaysKm, previous7DaysKm } = report.summary;
  const setBy = report.statusDetail?.setBy;
  return {
    athlete: report.athlete.name,
    source: report.athlete.source,
    ...(report.athlete.group !== undefined ? { group: report.athlete.group } : {}),
    logKey,
    status: report.status,
    asOf: report.asOf,
    lastEntry: report.freshness?.lastEntry ?? report.asOf,
    daysBehind: report.freshness?.daysBehind ?? 0,
    stale: report.freshness?.stale ?? false,
    last7DaysKm,
    changePct: previous7DaysKm > 0 ? Math.round((last7DaysKm / previous7DaysKm - 1) * 1000) / 10 : null,
    acuteChronicRatio: report.summary.acuteChronicRatio,
    maxPain14Days: report.summary.maxPain14Days,
    restDaysLast7: report.summary.restDaysLast7,
    warnings: recent.length,
    recentFindings: recent.map((finding) => ({ rule: finding.rule, day: findingDay(finding), message: finding.message })),
    topFinding: topReason(report),
    triageRank: setBy ? triageRank(setBy.rule) : Number.MAX_SAFE_INTEGER,
    reasonDay: setBy?.date ?? null,
    see: seeAction(report),
    weeklyKm: report.summary.weeks.slice(-8).map((week) => week.distanceKm),
    // Weeks run Monday to Sunday: as of any other day the last week is still going.
    lastWeekPartial: addDaysTo(weekStartOf(report.asOf), 6) !== report.asOf,
    units: report.advice.units,
    skippedRows: report.summary.skippedRows,
    ...(report.summary.initExampleLines ? { initExampleLines: report.summary.initExampleLines } : {}),
  };
}

/** Who to see and how soon, as a phrase after the reason: the advice's own words, never a shorter guess. */
export function seeAction(report: Report): string {
  const action = report.advice.see?.action ?? '';
  return action.charAt(0).toLowerCase() + action.slice(1);
}

/**
 * The reason shown for a row: the status's own reason for the finding that set it (a standing
 * red flag older than 14 days included); a green with no pain data says so rather than
 * standing bare; staleness is shown by the row itself.
 */
export function topReason(report: Report): string {
  const setBy = report.statusDetail?.setBy;
  if (setBy) return report.statusReasons.find((reason) => reason.startsWith(`${setBy.rule}: `)) ?? '';
  if (report.status === 'green') return report.statusReasons.find((reason) => reason.startsWith(NO_PAIN_DATA)) ?? '';
  return report.statusReasons.find((reason) => !reason.startsWith('stale: ')) ?? '';
}

export function errorRow(failure: BatchError): BatchRow {
  return {
    athlete: failure.athlete, source: failure.source, ...(failure.group !== undefined ? { group: failure.group } : {}), logKey: failure.logKey,
    status: 'error', asOf: null, lastEntry: null, daysBehind: 0, stale: false,
    last7DaysKm: null, changePct: null, acuteChronicRatio: null, maxPain14Days: null, restDaysLast7: null,
    warnings: 0, recentFindings: [], topFinding: '', triageRank: Number.MAX_SAFE_INTEGER, reasonDay: null, see: '',
    weeklyKm: [], lastWeekPartial: false, units: 'km', skippedRows: 0, error: failure.error,
    ...(failure.redFlag !== undefined ? { redFlag: failure.redFlag, referral: 'doctor' as const } : {}),
  };
}

/** A squad entry in json and ndjson: the athlete's whole report plus how current the log is. */
export function squadEntry(report: Report, logKey = report.athlete.source): Report & { batch: { daysBehind: number; stale: boolean; logKey: string } } {
  return { ...report, batch: { daysBehind: report.freshness?.daysBehind ?? 0, stale: report.freshness?.stale ?? false, logKey } };
}

/** An unreadable log in json and ndjson: the same `athlete` object as a report, plus the error. */
export function errorEntry(failure: BatchError): { schemaVersion: 1; athlete: Report['athlete']; status: 'error'; error: string; redFlag?: string; batch: { logKey: string } } {
  return {
    schemaVersion: 1,
    athlete: { name: failure.athlete, source: failure.source, ...(failure.group !== undefined ? { group: failure.group } : {}) },
    status: 'error',
    error: failure.error,
    ...(failure.redFlag !== undefined ? { redFlag: failure.redFlag } : {}),
    batch: { logKey: failure.logKey },
  };
}
