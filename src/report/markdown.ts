// Markdown for sharing with a coach or physio: the same content as the text report.
import type { Report } from '../model/report.js';
import { EVIDENCE_HEADING, groupByRule, type ReportParts, inputLossLine, keyFigures, nextWeekText, periodLine, references, safetyOverrideLines, statusHeadline, whenText, whoToSee } from './common.js';
import { painCalendarMarkdown } from './painCalendarText.js';
import { distanceText } from '../util/units.js';
import { visible } from '../util/visible.js';
import { noPatternText, patternFindings, PATTERN_RULES } from './patterns.js';

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

export function renderMarkdown(report: Report, { verdict = true }: ReportParts = {}): string {
  const units = report.advice.units;
  const out: string[] = [];
  out.push(`# hipcheck: ${escapeMarkdown(report.athlete.name)}`, '');
  for (const override of safetyOverrideLines(report)) out.push(`> **${escapeMarkdown(override)}**`, '');
  out.push(`${escapeMarkdown(report.athlete.source)} · ${periodLine(report)}`, '');
  const loss = inputLossLine(report);
  if (loss) out.push(`**${loss}.**`, '');
  for (const warning of report.warnings) out.push(`**${escapeMarkdown(warning)}.**`, '');
  out.push(verdict ? `## Status: ${report.status.toUpperCase()} (${statusHeadline(report)})` : `## ${EVIDENCE_HEADING}`, '');
  for (const reason of report.statusReasons) out.push(`- ${escapeMarkdown(reason)}`);
  if (verdict) {
    out.push('', `**Who to see:** ${escapeMarkdown(whoToSee(report))}`);
    out.push('', `**Next week:** ${nextWeekText(report)}.`);
  }
  const figures = keyFigures(report);
  out.push('', `| ${figures.map(([label]) => label).join(' | ')} |`, `|${figures.map(() => '---').join('|')}|`, `| ${figures.map(([, value]) => value).join(' | ')} |`);
  if (verdict) {
    out.push('', '## Next 7 days', '');
    for (const action of report.advice.actions) out.push(`- ${escapeMarkdown(action)}`);
  }
  out.push('', '## Pain calendar', '', ...painCalendarMarkdown(report));
  out.push('', '## Acute:chronic ratio', '', `Now: ${report.summary.acuteChronicRatio ?? 'not enough history'} (distance of the last 7 days ÷ (distance of the last 28 days ÷ 4); context, not a verdict).`);
  out.push('', '## Weeks', '', '| week of | distance | runs | rest days | longest | max pain | avg pain | hours |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const week of report.summary.weeks) {
    out.push(`| ${week.weekStart} | ${distanceText(week.distanceKm, units)} | ${week.runs} | ${week.restDays} | ${distanceText(week.longestRunKm, units)} | ${week.maxPain ?? '–'} | ${week.averagePain ?? '–'} | ${week.hours.toFixed(1)} |`);
  }
  out.push('', renderPatternsMarkdown(report).trimEnd());
  out.push('', '## Findings', '');
  const rules = report.findings.filter((finding) => !PATTERN_RULES.has(finding.rule));
  const sources = references(report.findings);
  if (rules.length === 0) out.push('None.', '');
  for (const group of groupByRule(rules)) {
    out.push(`### ${group.rule} · ${group.findings.length} finding${group.findings.length === 1 ? '' : 's'} · source [${sources.indexOf(group.findings[0]!.source) + 1}]`, '', '| severity | when | finding |', '|---|---|---|');
    for (const finding of group.findings) out.push(`| ${finding.severity} | ${whenText(finding)} | ${escapeMarkdown(finding.message)} |`);
    out.push('');
  }
  out.push('## Too little data', '');
  if (report.tooLittleData.length === 0) out.push('Every rule had the data it needs.');
  for (const item of report.tooLittleData) out.push(`- ${item.rule}: ${escapeMarkdown(item.reason)}`);
  out.push('', '## Skipped rows', '', inputLossLine(report) ?? 'None: every row and value was read.');
  out.push('', '## References', '');
  if (sources.length === 0) out.push('None cited.');
  sources.forEach((source, index) => out.push(`${index + 1}. ${escapeMarkdown(source)}`));
  return `${out.join('\n')}\n`;
}
