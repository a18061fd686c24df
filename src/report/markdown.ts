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

export function renderMarkdown(report: Report, parts: ReportParts = {}): string {
  return [...markdownPieces(report, parts)].join('');
}

/** Each text as a line of its own. */
function* lines(...texts: string[]): Generator<string> {
  for (const text of texts) yield `${text}\n`;
}

/**
 * The Markdown report a line at a time: a long log's findings tables (a finding per run at
 * worst) are written as they are made, never held as one string.
 */
export function* markdownPieces(report: Report, { verdict = true }: ReportParts = {}): Generator<string> {
  const units = report.advice.units;
  yield* lines(`# hipcheck: ${escapeMarkdown(report.athlete.name)}`, '');
  for (const override of safetyOverrideLines(report)) yield* lines(`> **${escapeMarkdown(override)}**`, '');
  yield* lines(`${escapeMarkdown(report.athlete.source)} · ${periodLine(report)}`, '');
  const loss = inputLossLine(report);
  if (loss) yield* lines(`**${loss}.**`, '');
  for (const warning of report.warnings) yield* lines(`**${escapeMarkdown(warning)}.**`, '');
  yield* lines(verdict ? `## Status: ${report.status.toUpperCase()} (${statusHeadline(report)})` : `## ${EVIDENCE_HEADING}`, '');
  for (const reason of report.statusReasons) yield* lines(`- ${escapeMarkdown(reason)}`);
  if (verdict) {
    yield* lines('', `**Who to see:** ${escapeMarkdown(whoToSee(report))}`);
    yield* lines('', `**Next week:** ${nextWeekText(report)}.`);
  }
  const figures = keyFigures(report);
  yield* lines('', `| ${figures.map(([label]) => label).join(' | ')} |`, `|${figures.map(() => '---').join('|')}|`, `| ${figures.map(([, value]) => value).join(' | ')} |`);
  if (verdict) {
    yield* lines('', '## Next 7 days', '');
    for (const action of report.advice.actions) yield* lines(`- ${escapeMarkdown(action)}`);
  }
  yield* lines('', '## Pain calendar', '', ...painCalendarMarkdown(report));
  yield* lines('', '## Acute:chronic ratio', '', `Now: ${report.summary.acuteChronicRatio ?? 'not enough history'} (distance of the last 7 days ÷ (distance of the last 28 days ÷ 4); context, not a verdict).`);
  yield* lines('', '## Weeks', '', '| week of | distance | runs | rest days | longest | max pain | avg pain | hours |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const week of report.summary.weeks) {
    yield* lines(`| ${week.weekStart} | ${distanceText(week.distanceKm, units)} | ${week.runs} | ${week.restDays} | ${distanceText(week.longestRunKm, units)} | ${week.maxPain ?? '–'} | ${week.averagePain ?? '–'} | ${week.hours.toFixed(1)} |`);
  }
  yield* lines('', renderPatternsMarkdown(report).trimEnd());
  yield* lines('', '## Findings', '');
  const rules = report.findings.filter((finding) => !PATTERN_RULES.has(finding.rule));
  const sources = references(report.findings);
  if (rules.length === 0) yield* lines('None.', '');
  for (const group of groupByRule(rules)) {
    yield* lines(`### ${group.rule} · ${group.findings.length} finding${group.findings.length === 1 ? '' : 's'} · source [${sources.indexOf(group.findings[0]!.source) + 1}]`, '', '| severity | when | finding |', '|---|---|---|');
    for (const finding of group.findings) yield* lines(`| ${finding.severity} | ${whenText(finding)} | ${escapeMarkdown(finding.message)} |`);
    yield* lines('');
  }
  yield* lines('## Too little data', '');
  if (report.tooLittleData.length === 0) yield* lines('Every rule had the data it needs.');
  for (const item of report.tooLittleData) yield* lines(`- ${item.rule}: ${escapeMarkdown(item.reason)}`);
  yield* lines('', '## Skipped rows', '', inputLossLine(report) ?? 'None: every row and value was read.');
  yield* lines('', '## References', '');
  if (sources.length === 0) yield* lines('None cited.');
  for (const [index, source] of sources.entries()) yield* lines(`${index + 1}. ${escapeMarkdown(source)}`);
}
