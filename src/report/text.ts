// The terminal report: status first, then what to do, then the evidence.
import type { Report } from '../model/report.js';
import { groupByRule, inputLossLine, periodLine, safetyOverrideLines, statusHeadline, whenText, whoToSee } from './common.js';
import { distanceText } from '../util/units.js';
import { weeklyChart } from './chart.js';
import { patternLines, PATTERN_RULES } from './patterns.js';
import type { ChalkInstance } from 'chalk';
import { paint, severityPaint, statusPaint, type RenderOptions } from './style.js';
import { visibleDeep } from '../util/visible.js';

/** Findings shown per rule before "… N earlier". */
const SHOWN_PER_RULE = 3;

// Every string from the user's files (names, terrain, shoes, and the messages quoting them) is
// shown with its control characters escaped: a terminal must never obey text from a log.

export function renderPatternsText(unsafeReport: Report, options: RenderOptions): string {
  const report = visibleDeep(unsafeReport);
  return `${patternLines(report, paint(options)).join('\n')}\n`;
}

/**
 * The status, its reasons and who to see: the top of the report, and the day's status line
 * `hipcheck add` prints after writing, so both say the same words. `report` is already visible.
 */
export function statusBlock(report: Report, chalk: ChalkInstance, options: { label?: string; maxReasons?: number } = {}): string[] {
  const status = statusPaint(chalk, report.status);
  const lines = [`${chalk.bold(options.label ?? 'Status:')} ${status(` ${report.status.toUpperCase()} `)} ${statusHeadline(report)}`];
  const shown = report.statusReasons.slice(0, options.maxReasons ?? report.statusReasons.length);
  for (const reason of shown) lines.push(`  • ${reason}`);
  const more = report.statusReasons.length - shown.length;
  if (more > 0) lines.push(chalk.dim(`  … ${more} more: hipcheck analyze ${report.athlete.source}`));
  lines.push(`${chalk.bold('Who to see:')} ${whoToSee(report)}`);
  return lines;
}

export function renderText(unsafeReport: Report, options: RenderOptions): string {
  const report = visibleDeep(unsafeReport);
  const chalk = paint(options);
  const units = report.advice.units;
  const lines: string[] = [];
  for (const override of safetyOverrideLines(report)) lines.push(chalk.bold.red(override));
  lines.push(chalk.bold(`hipcheck · ${report.athlete.name}`) + chalk.dim(`  (${report.athlete.source})`));
  lines.push(periodLine(report));
  const loss = inputLossLine(report);
  if (loss) lines.push(chalk.yellow(loss));
  for (const warning of report.warnings) lines.push(chalk.yellow(warning));
  lines.push('');

  lines.push(...statusBlock(report, chalk), '');

  lines.push(chalk.bold('Next 7 days'));
  for (const action of report.advice.actions) lines.push(`  • ${action}`);
  lines.push('');

  lines.push(...patternLines(report, chalk), '');

  const ruleFindings = report.findings.filter((finding) => !PATTERN_RULES.has(finding.rule));
  lines.push(chalk.bold('Findings') + chalk.dim(' (worst first)'));
  if (ruleFindings.length === 0) lines.push('  none');
  for (const group of groupByRule(ruleFindings)) {
    const worst = group.findings[0]!;
    lines.push(`  ${severityPaint(chalk, worst.severity)(`${worst.severity.padEnd(4)}`)} ${chalk.bold(group.rule)}${group.findings.length > 1 ? chalk.dim(` · ${group.findings.length} findings`) : ''}`);
    for (const finding of group.findings.slice(0, SHOWN_PER_RULE)) lines.push(`       ${whenText(finding)}  ${finding.message}`);
    if (group.findings.length > SHOWN_PER_RULE) lines.push(chalk.dim(`       … ${group.findings.length - SHOWN_PER_RULE} more (--format json lists all)`));
    lines.push(chalk.dim(`       source: ${worst.source}`));
  }
  lines.push('');

  lines.push(chalk.bold('Weeks'));
  lines.push(chalk.dim('  week of      distance  runs  rest  longest   max pain  hours'));
  for (const week of report.summary.weeks.slice(-16)) {
    lines.push(`  ${week.weekStart}  ${distanceText(week.distanceKm, units).padStart(8)}  ${String(week.runs).padStart(4)}  ${String(week.restDays).padStart(4)}  ${distanceText(week.longestRunKm, units).padStart(8)}  ${(week.maxPain === null ? '–' : String(week.maxPain)).padStart(8)}  ${week.hours.toFixed(1).padStart(5)}`);
  }
  lines.push('');
  lines.push(...weeklyChart(report, options, chalk));

  if (report.tooLittleData.length > 0) {
    lines.push('');
    lines.push(chalk.dim('Too little data for: ' + report.tooLittleData.map((item) => `${item.rule} (${item.reason})`).join('; ')));
  }
  return `${lines.join('\n')}\n`;
}
