// Current status from the findings of the last 14 days up to as-of.
import { addDaysTo } from '../analysis/calendar.js';
import { findingDay } from '../checks/engine.js';
import type { Finding, Status } from '../model/report.js';

export const STATUS_WINDOW_DAYS = 14;

export function recentFindings(findings: Finding[], asOf: string): Finding[] {
  const from = addDaysTo(asOf, -(STATUS_WINDOW_DAYS - 1));
  return findings.filter((finding) => {
    const day = findingDay(finding);
    return day >= from && day <= asOf;
  });
}

export function statusOf(recent: Finding[]): Status {
  if (recent.some((finding) => finding.severity === 'stop')) return 'red';
  if (recent.some((finding) => finding.severity === 'warn')) return 'amber';
  return 'green';
}

/** The findings that set the status, worst first (they are sorted already). */
export function statusReasons(recent: Finding[], status: Status): string[] {
  if (status === 'green') return [`no pain or load warnings in the ${STATUS_WINDOW_DAYS} days up to as-of`];
  const level = status === 'red' ? 'stop' : 'warn';
  return recent.filter((finding) => finding.severity === level).map((finding) => `${finding.rule}: ${finding.message}`);
}
