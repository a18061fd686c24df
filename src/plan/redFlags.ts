// An urgent red flag stands until the log records that a professional cleared the runner
// (DOMAIN § 5). The flags are the report's own `red-flag` findings at stop severity, so the
// plan and `analyze` agree about what is a red flag; a value in a `red_flag` column that the
// report's check did not read at all (no red-flag finding that day) still counts here, so a
// flag recorded with `hipcheck add --red-flag` is never dropped. Whether a flag was cleared is
// the report's decision (a clearance after it, never on its own row).
import type { Entry } from '../model/log.js';
import type { Finding, Report } from '../model/report.js';
import { readRedFlagColumn } from '../checks/noteReading.js';

export interface RedFlag {
  date: string;
  /** What the report (or the column) says about it. */
  message: string;
  /** The day a professional's clearance ended it, when one did. */
  clearedOn?: string;
}

export const dayOf = (finding: Finding) => finding.date ?? finding.to ?? finding.from ?? '';

/** Days with a clearance in the cleared column (the reader keeps only values it reads as one). */
function clearanceDays(entries: Entry[]): string[] {
  return entries.filter((entry) => entry.cleared !== undefined).map((entry) => entry.date).sort();
}

/**
 * Every red flag, oldest first: the report's (cleared ones carry the day, as the report decided,
 * so the plan and analyze agree), and red_flag column values the report did not read (its rule
 * switched off on purpose), cleared by a later day's clearance.
 */
function redFlags(report: Report, entries: Entry[]): RedFlag[] {
  const findings = report.findings.filter((finding) => finding.rule === 'red-flag');
  const reportedDays = new Set(findings.map(dayOf));
  const cleared = clearanceDays(entries);
  const unread = entries
    .filter((entry) => readRedFlagColumn(entry.redFlag).length > 0 && !reportedDays.has(entry.date))
    .map((entry) => {
      const clearedOn = cleared.find((day) => day > entry.date);
      return { date: entry.date, message: `${entry.date}: the log's red_flag column says "${entry.redFlag!.trim()}": see a doctor promptly`, ...(clearedOn ? { clearedOn } : {}) };
    });
  const stops = findings
    .filter((finding) => finding.severity === 'stop' || finding.urgent || finding.evidence.clearedOn !== undefined)
    .map((finding) => {
      const clearedOn = finding.evidence.clearedOn;
      return { date: dayOf(finding), message: finding.message, ...(typeof clearedOn === 'string' ? { clearedOn } : {}) };
    });
  return [...stops, ...unread].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The latest red flag with no clearance logged after it, if any. */
export function standingRedFlag(report: Report, entries: Entry[]): RedFlag | undefined {
  return redFlags(report, entries).filter((flag) => flag.clearedOn === undefined).at(-1);
}

/** Days on which a clearance ended a red flag: the way back starts again from there. */
export function clearedFlagDays(report: Report, entries: Entry[]): string[] {
  return redFlags(report, entries).flatMap((flag) => (flag.clearedOn ? [flag.clearedOn] : []));
}
