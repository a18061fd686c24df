// The status model of docs/CLINICAL.md, in one place: green, amber or red from the findings, each
// with its reasons. Pure: the analysis, batch and the interview can all call it.
//
// - Each finding is judged on its own; the status is the worst of the 14 days up to as-of.
// - Urgent red flags are the exception: they stand, whatever their age, until cleared.
// - Information-only findings never move it (the engine makes them severity info).
// - Silence never clears a status: with no entry in the 14 days the log is stale, judged as of
//   its last entry, and never green.
// - With no pain score in the 14 days the status rests on load alone and says "no pain data".
import { addDaysTo, daysBetween } from '../analysis/calendar.js';
import { findingDay } from '../checks/engine.js';
import { byUrgency } from './triage.js';
import type { Entry } from '../model/log.js';
import type { Finding, Status, StatusDetail } from '../model/report.js';
import { keepWhere } from '../util/arrays.js';

export const STATUS_WINDOW_DAYS = 14;

export const NO_PAIN_DATA = 'no pain data';

export interface StatusDecision {
  status: Status;
  reasons: string[];
  detail: StatusDetail;
  /** What decides the status and the advice: the window's findings that move the status, and standing red flags. */
  deciding: Finding[];
  /** The day the window ends: as-of, or the last entry when the log is stale. */
  judgedAsOf: string;
  /** The day the log is judged against: --as-of, else today (staleness is measured to it). */
  referenceDay: string;
}

export function inWindow(date: string, windowEnd: string): boolean {
  return date >= addDaysTo(windowEnd, -(STATUS_WINDOW_DAYS - 1)) && date <= windowEnd;
}

/** Findings of the 14 days up to `windowEnd`. */
export function recentFindings(findings: Finding[], windowEnd: string): Finding[] {
  return findings.filter((finding) => inWindow(findingDay(finding), windowEnd));
}

/**
 * Why a log is stale, in one sentence every format shares (the status reason, the advice, the
 * plan): measured against the judged day (--as-of, else today), never the log's own last entry.
 */
export function staleSentence(lastEntry: string, referenceDay: string): string {
  return lastEntry === ''
    ? `no entries on or before ${referenceDay}`
    : `no entries in the ${STATUS_WINDOW_DAYS} days up to ${referenceDay}; the last is ${lastEntry}, ${daysBetween(lastEntry, referenceDay)} days before`;
}

const hasPainScore = (entry: Entry) =>
  entry.pain !== undefined || entry.painAfter !== undefined || entry.painNextDay !== undefined || entry.painStart !== undefined || entry.painEnd !== undefined;

/**
 * The status of a log as of `asOf`, from every finding of its rules and its entries (for
 * staleness and pain data). `entries` need not be sorted.
 */
export function decideStatus(findings: Finding[], entries: Entry[], asOf: string): StatusDecision {
  const upToAsOf = keepWhere(entries, (entry) => entry.date <= asOf);
  const lastEntry = upToAsOf.reduce((last, entry) => (entry.date > last ? entry.date : last), '');
  const stale = lastEntry === '' || !inWindow(lastEntry, asOf);
  const judgedAsOf = stale && lastEntry !== '' ? lastEntry : asOf;
  const painData = upToAsOf.some((entry) => inWindow(entry.date, judgedAsOf) && hasPainScore(entry));

  const recent = recentFindings(findings, judgedAsOf).filter((finding) => finding.severity !== 'info');
  const standing = findings.filter((finding) => finding.urgent && findingDay(finding) <= asOf && !recent.includes(finding));
  // Most urgent first (advice/triage.ts): the first reason is the one that set the status.
  const deciding = [...standing, ...recent].sort(byUrgency);

  let status: Status = deciding.some((finding) => finding.severity === 'stop') ? 'red' : deciding.some((finding) => finding.severity === 'warn') ? 'amber' : 'green';
  if (stale && status === 'green') status = 'amber';

  const reasons: string[] = [];
  const level = status === 'red' ? 'stop' : 'warn';
  for (const finding of deciding.filter((candidate) => candidate.severity === level)) {
    const standsOn = standing.includes(finding) ? ' (an urgent red flag stands until a professional\'s clearance is logged)' : '';
    reasons.push(`${finding.rule}: ${finding.message}${standsOn}`);
  }
  if (stale) {
    // After the findings that set the status; first (alone) when staleness raised green to amber.
    reasons.push(`stale: ${staleSentence(lastEntry, asOf)}, so this status rests on old data and is never green`);
  }
  if (status === 'green') reasons.push(`no pain or load warnings in the ${STATUS_WINDOW_DAYS} days up to as-of`);
  if (!painData && !stale) reasons.push(`${NO_PAIN_DATA}: no pain score in the ${STATUS_WINDOW_DAYS} days up to as-of, so this status rests on load alone`);

  const notes = [...(painData ? [] : [NO_PAIN_DATA]), ...(stale ? [`stale: last entry ${lastEntry || 'none'}`] : [])];
  return {
    status,
    reasons,
    detail: { painData, stale, lastEntry, notes, standingRedFlags: deciding.filter((finding) => finding.urgent).length, ...setByOf(deciding, level, status) },
    deciding,
    judgedAsOf,
    referenceDay: asOf,
  };
}

/** The finding that set the status (most urgent at the status's severity); none when green. */
function setByOf(deciding: Finding[], level: Finding['severity'], status: Status): Pick<StatusDetail, 'setBy'> {
  const first = status === 'green' ? undefined : deciding.find((finding) => finding.severity === level);
  return first ? { setBy: { rule: first.rule, date: findingDay(first) } } : {};
}
