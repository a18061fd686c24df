// An urgent red flag stands until the log records that a professional cleared the runner
// (DOMAIN § 5). The flags are the report's own `red-flag` findings at stop severity, so the
// plan and `analyze` agree about what is a red flag; a value in a `red_flag` column that the
// report's check did not read at all (no red-flag finding that day) still counts here, so a
// flag recorded with `hipcheck add --red-flag` is never dropped. A clearance is an entry on or
// after the flag's day whose `cleared` field records one.
import type { Entry } from '../model/log.js';
import type { Finding, Report } from '../model/report.js';

/** Values of a `red_flag` field that say there is none. */
const NO_FLAG = new Set(['', 'no', 'n', 'none', 'false', '0', '-', 'nil', 'nothing', 'ok', 'fine']);
/** Values of a `cleared` field that do not record a clearance. */
const NOT_CLEARED = new Set(['', 'no', 'n', 'false', '0', '-', 'none', 'not yet', 'pending', 'waiting']);

export interface RedFlag {
  date: string;
  /** What the report (or the column) says about it. */
  message: string;
}

export const dayOf = (finding: Finding) => finding.date ?? finding.to ?? finding.from ?? '';

function clearanceDays(entries: Entry[]): string[] {
  return entries.filter((entry) => entry.cleared !== undefined && !NOT_CLEARED.has(entry.cleared.trim().toLowerCase())).map((entry) => entry.date);
}

/** Every red flag, oldest first. */
function redFlags(report: Report, entries: Entry[]): RedFlag[] {
  const findings = report.findings.filter((finding) => finding.rule === 'red-flag');
  const reportedDays = new Set(findings.map(dayOf));
  const unread = entries
    .filter((entry) => entry.redFlag !== undefined && !NO_FLAG.has(entry.redFlag.trim().toLowerCase()) && !reportedDays.has(entry.date))
    .map((entry) => ({ date: entry.date, message: `${entry.date}: the log's red_flag column says "${entry.redFlag!.trim()}": see a doctor promptly` }));
  // Urgent flags a clearance has since turned into information still start the way back from it.
  const stops = findings.filter((finding) => finding.severity === 'stop' || finding.urgent || finding.evidence.clearedOn !== undefined).map((finding) => ({ date: dayOf(finding), message: finding.message }));
  return [...stops, ...unread].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The latest red flag with no clearance logged on or after its day, if any. */
export function standingRedFlag(report: Report, entries: Entry[]): RedFlag | undefined {
  const cleared = clearanceDays(entries);
  return redFlags(report, entries).filter((flag) => !cleared.some((day) => day >= flag.date)).at(-1);
}

/** Days on which a clearance ended a red flag: the way back starts again from there. */
export function clearedFlagDays(report: Report, entries: Entry[]): string[] {
  const cleared = clearanceDays(entries).sort();
  return redFlags(report, entries).flatMap((flag) => cleared.filter((day) => day >= flag.date).slice(0, 1));
}
