// An urgent red flag stands until the log records that a professional cleared the runner
// (DOMAIN § 5). The flags are the report's own `red-flag` findings at stop severity, so the
// plan and `analyze` never disagree about what is a red flag; a clearance is an entry on or
// after the flag's day whose `cleared` field records one.
import type { Entry } from '../model/log.js';
import type { Finding, Report } from '../model/report.js';

/** Values of a `cleared` field that do not record a clearance. */
const NOT_CLEARED = new Set(['', 'no', 'n', 'false', '0', '-', 'none', 'not yet', 'pending', 'waiting']);

export interface Clearance {
  date: string;
  words: string;
}

export function clearancesIn(entries: Entry[]): Clearance[] {
  return entries
    .filter((entry) => entry.cleared !== undefined && !NOT_CLEARED.has(entry.cleared.trim().toLowerCase()))
    .map((entry) => ({ date: entry.date, words: entry.cleared!.trim() }));
}

const dayOf = (finding: Finding) => finding.date ?? finding.to ?? finding.from ?? '';

/** Red-flag findings that could stop running, oldest first. */
function redFlags(report: Report): Finding[] {
  return report.findings.filter((finding) => finding.rule === 'red-flag' && finding.severity === 'stop').sort((a, b) => (dayOf(a) < dayOf(b) ? -1 : 1));
}

/** The latest red flag with no clearance logged on or after its day, if any. */
export function standingRedFlag(report: Report, entries: Entry[]): { finding: Finding; date: string } | undefined {
  const clearances = clearancesIn(entries);
  const standing = redFlags(report).filter((finding) => !clearances.some((clearance) => clearance.date >= dayOf(finding)));
  const last = standing.at(-1);
  return last ? { finding: last, date: dayOf(last) } : undefined;
}

/** Days on which a clearance ended a red flag: the way back starts again from there. */
export function clearedFlagDays(report: Report, entries: Entry[]): string[] {
  const clearances = clearancesIn(entries);
  return redFlags(report).flatMap((finding) => clearances.filter((clearance) => clearance.date >= dayOf(finding)).slice(0, 1).map((clearance) => clearance.date));
}

export { dayOf };
