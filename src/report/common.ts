// Helpers shared by the text and Markdown reporters.
import { distanceText } from '../util/units.js';
import type { Finding, Report } from '../model/report.js';

export const STATUS_HEADLINE = {
  green: 'keep running, build gradually',
  amber: 'hold or cut back',
  red: 'stop running for now',
} as const;

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
  return `${report.period.from} → ${report.period.to} · ${asOf} · ${report.summary.runs} runs · ${distanceText(report.summary.distanceKm, report.advice.units)}`;
}
