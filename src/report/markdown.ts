// Markdown for sharing with a coach or physio: the same content as the text report.
import type { Report } from '../model/report.js';
import { groupByRule, inputLossLine, periodLine, safetyOverrideLines, statusHeadline, whenText, whoToSee } from './common.js';
import { distanceText } from '../util/units.js';
import { visible } from '../util/visible.js';
import { noPatternText, patternFindings } from './patterns.js';

/**
 * Text from the user's files must not break the table or inject markup: any line break (a lone
 * CR too, which some viewers treat as one) becomes a space, and other control characters are
 * shown escaped, as in the text report.
 */
export function escapeMarkdown(text: string): string {
  return visible(text.replace(/[\\|*_`<>[\]]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, ' '));
}

export function renderPatternsMarkdown(report: Report): string {
  const found = patternFindings(report);
  const lines = ['## Patterns in your log', ''];
  if (found.length === 0) lines.push(escapeMarkdown(noPatternText(report)));
  for (const finding of found) lines.push(`- **${finding.severity}** ${escapeMarkdown(finding.message)}`);
  return `${lines.join('\n')}\n`;
}

export function renderMarkdown(report: Report): string {
  const units = report.advice.units;
  const out: string[] = [];
  out.push(`# hipcheck: ${escapeMarkdown(report.athlete.name)}`, '');
  for (const override of safetyOverrideLines(report)) out.push(`> **${escapeMarkdown(override)}**`, '');
  out.push(`${escapeMarkdown(report.athlete.source)} · ${periodLine(report)}`, '');
  const loss = inputLossLine(report);
  if (loss) out.push(`**${loss}.**`, '');
  for (const warning of report.warnings) out.push(`**${escapeMarkdown(warning)}.**`, '');
  out.push(`## Status: ${report.status.toUpperCase()} (${statusHeadline(report)})`, '');
  for (const reason of report.statusReasons) out.push(`- ${escapeMarkdown(reason)}`);
  out.push('', `**Who to see:** ${escapeMarkdown(whoToSee(report))}`);
  out.push('', '## Next 7 days', '');
  for (const action of report.advice.actions) out.push(`- ${escapeMarkdown(action)}`);
  out.push('', renderPatternsMarkdown(report).trimEnd());
  out.push('', '## Findings', '');
  if (report.findings.length === 0) out.push('None.');
  else {
    out.push('| severity | rule | when | finding |', '|---|---|---|---|');
    for (const finding of report.findings) out.push(`| ${finding.severity} | ${finding.rule} | ${whenText(finding)} | ${escapeMarkdown(finding.message)} |`);
    out.push('', '### Sources', '');
    for (const group of groupByRule(report.findings)) out.push(`- **${group.rule}**: ${escapeMarkdown(group.findings[0]!.source)}`);
  }
  out.push('', '## Weeks', '', '| week of | distance | runs | rest days | longest | max pain | hours |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const week of report.summary.weeks) {
    out.push(`| ${week.weekStart} | ${distanceText(week.distanceKm, units)} | ${week.runs} | ${week.restDays} | ${distanceText(week.longestRunKm, units)} | ${week.maxPain ?? '–'} | ${week.hours.toFixed(1)} |`);
  }
  if (report.tooLittleData.length > 0) {
    out.push('', '_Too little data for: ' + report.tooLittleData.map((item) => `${item.rule} (${escapeMarkdown(item.reason)})`).join('; ') + '_');
  }
  return `${out.join('\n')}\n`;
}
