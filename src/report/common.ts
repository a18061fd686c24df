// Helpers shared by the text and Markdown reporters.
import { distanceText } from '../util/units.js';
import type { Finding, Report } from '../model/report.js';
import { addDaysTo } from '../analysis/calendar.js';

export const STATUS_HEADLINE = {
  green: 'keep running, build gradually',
  amber: 'hold or cut back',
  red: 'stop running for now',
} as const;

/** The words after the status: its headline, and the notes that qualify it ("no pain data"). */
export function statusHeadline(report: Report): string {
  // An urgent red flag outranks staleness: it stands whatever the log's age.
  const headline = report.advice.mode === 'see a doctor'
    ? 'stop running and see a doctor'
    : report.statusDetail.stale ? 'no recent entries: log again before relying on this' : STATUS_HEADLINE[report.status];
  const notes = report.statusDetail.notes.filter((note) => !note.startsWith('stale'));
  return notes.length > 0 ? `${headline} · ${notes.join(' · ')}` : headline;
}

/** Who to see and how soon, printed in every format, also when nobody needs to be seen yet. */
export function whoToSee(report: Report): string {
  return report.advice.see?.text ?? 'Nobody needs to be seen yet; see a physiotherapist if pain lasts more than 7–10 days or keeps coming back.';
}

/** One line per safety tier a config lowered on purpose: the top of every report. */
/**
 * How much of the report: all of it (`analyze`), or only the log's evidence (`interview --log`:
 * findings, data, tables), when the interview gives the one verdict and the one advice list and
 * a second status, next week's numbers or who to see would contradict it.
 */
export interface ReportParts {
  verdict?: boolean;
}

/** The heading over the log's reasons when the report is evidence only (no status of its own). */
export const EVIDENCE_HEADING = 'What the log shows';

export function safetyOverrideLines(report: Report): string[] {
  return report.safetyOverrides.map((override) => `SAFETY OVERRIDE: ${override.rule} ${override.change} by ${override.configFile} (reason given: "${override.reason}"); normally ${override.protects}.`);
}

export function whenText(finding: Finding): string {
  if (finding.date) return finding.date;
  return finding.from === finding.to ? finding.from ?? '' : `${finding.from} → ${finding.to}`;
}

export interface RuleGroup {
  rule: string;
  findings: Finding[];
}

/** Findings grouped by rule, groups ordered by their worst (first) finding. */
export function groupByRule(findings: Finding[]): RuleGroup[] {
  const groups = new Map<string, Finding[]>();
  // Pushing in place: copying the list for every finding made a 200,000-run report take minutes.
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (group) group.push(finding);
    else groups.set(finding.rule, [finding]);
  }
  return [...groups].map(([rule, list]) => ({ rule, findings: list }));
}

export function periodLine(report: Report): string {
  const asOf = report.asOfFrom === 'option' ? `as of ${report.asOf}` : `as of ${report.asOf} (the last entry)`;
  return `${report.period.from} → ${report.period.to} · ${asOf} · ${report.summary.runs} run${report.summary.runs === 1 ? '' : 's'} · ${distanceText(report.summary.distanceKm, report.advice.units)}`;
}

/**
 * What the reader could not use, for every format's header: nothing is left out in silence.
 * Undefined when every row and value was read.
 */
export function inputLossLine(report: Report): string | undefined {
  const { skippedRows, droppedFields } = report.summary;
  const parts: string[] = [];
  if (skippedRows > 0) parts.push(`${skippedRows} row${skippedRows === 1 ? '' : 's'} skipped`);
  if (droppedFields > 0) parts.push(`${droppedFields} unreadable value${droppedFields === 1 ? '' : 's'} dropped (the run${droppedFields === 1 ? '' : 's'} kept)`);
  return parts.length === 0 ? undefined : `${parts.join(', ')}: hipcheck validate lists each with its line`;
}

/** The runner's key figures for the status card, in every format: [label, value]. */
export function keyFigures(report: Report): [string, string][] {
  const units = report.advice.units;
  const days = report.summary.painDays ?? [];
  const lastDays = (count: number) => days.filter((day) => day.date > addDaysTo(report.asOf, -count));
  const last28 = lastDays(28);
  const worst14 = lastDays(14).filter((day) => day.worst !== null).map((day) => day.worst!);
  const longest30 = Math.max(0, ...lastDays(30).map((day) => day.longestRunKm));
  return [
    ['Last 7 days', distanceText(report.summary.last7DaysKm, units)],
    ['4-week average', last28.length < 28 ? 'not 4 weeks of log yet' : `${distanceText(last28.reduce((sum, day) => sum + day.distanceKm, 0) / 4, units)} a week`],
    ['Longest run, 30 days', distanceText(longest30, units)],
    ['Worst pain, 14 days', worst14.length === 0 ? 'none logged' : `${Math.max(...worst14)}/10`],
    ['Rest days, last 7', String(report.summary.restDaysLast7)],
  ];
}

/** Why there is no distance range for the next 7 days, by the advice's mode. */
const NO_RANGE: Partial<Record<Report['advice']['mode'], string>> = {
  'see a doctor': 'no running until a doctor has seen you',
  stop: 'no running for now: pain-free cross-training, then the way back (hipcheck plan)',
  stale: 'no range: the log has no recent entries to base one on',
  'no recent running': 'no range: no running in the last 7 days; come back with the 10–5–10 test (hipcheck plan)',
};

/** Next week's numbers, as one line; never a 0.0 km range (the mode says why there is none). */
export function nextWeekText(report: Report): string {
  const { advice } = report;
  const none = NO_RANGE[advice.mode];
  if (none !== undefined || advice.nextWeekMaxKm <= 0) return none ?? 'no range';
  const range = advice.nextWeekMinKm > 0 && advice.nextWeekMinKm < advice.nextWeekMaxKm ? `${distanceText(advice.nextWeekMinKm, advice.units)}–` : 'up to ';
  return `${range}${distanceText(advice.nextWeekMaxKm, advice.units)} in the next 7 days, longest run up to ${distanceText(advice.longestRunMaxKm, advice.units)}`;
}

/** Each rule's source, once, numbered in the order the findings first cite it. */
export function references(findings: Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.source))];
}

/** The load rules: the weekly charts mark the weeks where they found something. */
export const LOAD_RULES: ReadonlySet<string> = new Set(['weekly-ramp', 'session-spike', 'acute-chronic']);
