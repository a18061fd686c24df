// "Patterns in your log": the pattern and pain-timing findings, strongest first, or what to
// log so that patterns can show.
import type { ChalkInstance } from 'chalk';
import type { Finding, Report } from '../model/report.js';
import { severityPaint } from './style.js';

export const PATTERN_RULES = new Set(['pattern', 'pain-timing']);

export function patternFindings(report: Report): Finding[] {
  return report.findings.filter((finding) => PATTERN_RULES.has(finding.rule));
}

/** Why no pattern could show, and what to log next. */
export function noPatternText(report: Report): string {
  const why = report.tooLittleData.find((item) => item.rule === 'pattern');
  return why
    ? `No patterns looked for yet: the pattern rule ${why.reason}. Log pain on every run for a few more weeks.`
    : 'No clear pattern yet. Log terrain, run type and next-day pain for a few more weeks so patterns can show.';
}

export function patternLines(report: Report, chalk: ChalkInstance): string[] {
  const lines = [chalk.bold('Patterns in your log') + chalk.dim(' (associations in your own data, strongest first; not causes)')];
  const found = patternFindings(report);
  if (found.length === 0) lines.push(`  ${noPatternText(report)}`);
  for (const finding of found) lines.push(`  ${severityPaint(chalk, finding.severity)(finding.severity.padEnd(4))} ${finding.message}`);
  return lines;
}
