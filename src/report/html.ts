// A self-contained HTML report: inline CSS and SVG, no scripts, no requests, printable.
// Everything that comes from the runner's files is escaped.
import type { BatchRow } from '../model/squad.js';
import { reasonText } from './batch.js';
import type { Report } from '../model/report.js';
import { EVIDENCE_HEADING, groupByRule, type ReportParts, inputLossLine, keyFigures, nextWeekText, references, safetyOverrideLines, statusHeadline, whenText, whoToSee } from './common.js';
import { distanceText } from '../util/units.js';
import { noPatternText, patternFindings, PATTERN_RULES } from './patterns.js';
import { barGeometry, escapeHtml, painCalendarSvg, ratioChartSvg, weeklyChartSvg } from './htmlCharts.js';

export { barGeometry, escapeHtml, painY, weeklyAcuteChronic } from './htmlCharts.js';

// Colours keep a 4.5:1 contrast for text (axe checks it); print gives each group its own page
// and never cuts a chart or a table row.
const CSS = `body{font:15px/1.45 system-ui,sans-serif;color:#1d2733;max-width:980px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.8rem}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d5dbe1;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f1f4f7}td.num,th.num{text-align:right}
.status{padding:.8rem 1rem;border-radius:6px;border-left:6px solid}.green{background:#e8f6ec;border-color:#2e8b4a}
.amber{background:#fff5e0;border-color:#d48a00}.red{background:#fde8e8;border-color:#c62828}.error{background:#f3e5f5;border-color:#7b1fa2}
.figures{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.6rem 0 0}.figures div{min-width:8rem}.figures dt{font-size:.8rem;color:#3f4a56}.figures dd{margin:0;font-weight:600}
figure{margin:1rem 0}svg{max-width:100%;height:auto}.bar{fill:#4a78a8}.grid{stroke:#d5dbe1}.label{font-size:11px;fill:#3f4a56}.value{font-size:10px;fill:#1d2733}
.p-during{fill:#c62828}.p-after{fill:#8e24aa}.p-nextMorning{fill:#1d2733}.flag{font-size:11px;fill:#8a4b00;font-weight:600}
.ratio{fill:none;stroke:#2e8b4a;stroke-width:2}.ratio-dot{fill:#2e8b4a}.cal{stroke:#8a96a3;stroke-width:.5}.c-none{fill:#fff}.c-0{fill:#d9efe0}.c-low{fill:#ffe08a}.c-mid{fill:#f08c3c}.c-high{fill:#b71c1c}
.rest{stroke-dasharray:3 2;stroke-width:1.2}.cell{font-size:11px;fill:#1d2733}.cell.on-dark{fill:#fff}.cell.muted{fill:#5b6775}.nm{fill:#1d2733}
.muted{color:#5b6775}.override{background:#fde8e8;border:2px solid #c62828;padding:.6rem 1rem;border-radius:6px}.warning{color:#7a4a00;font-weight:600}
.rule th{background:#e6ebf0}.refs li{word-break:break-word}
.flag-banner h2{margin:.2rem 0;font-size:1.3rem}.outcome h2{margin-top:.3rem}.flag-yes{color:#b71c1c}.answers th[scope=row]{font-weight:normal;background:none}.answers .flag-row th,.answers .flag-row td{background:#fde8e8}.status+.status{margin-top:1rem}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media (max-width:600px){body{font-size:14px;margin:1rem auto;padding:0 .5rem}th,td{padding:.2rem .15rem}table{font-size:11px}}
@media print{@page{size:A4;margin:14mm}body{margin:0;max-width:none;font-size:11pt}.sheet+.sheet{break-before:page}figure,svg,tr,.status{break-inside:avoid}h2{break-after:avoid}.sr-only{display:none}}`;

export function page(title: string, body: string): string {
  return `${pageStart(title)}${body}${PAGE_END}`;
}

function pageStart(title: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n`;
}

const PAGE_END = '\n</main>\n</body>\n</html>\n';

const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;

function statusCard(report: Report, h: (n: number) => string): string {
  const figures = keyFigures(report).map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`).join('');
  return `<section class="status ${report.status}"><${h(1)}>Status: ${report.status.toUpperCase()} — ${escapeHtml(statusHeadline(report))}</${h(1)}>${list(report.statusReasons)}<p><strong>Who to see:</strong> ${escapeHtml(whoToSee(report))}</p><p><strong>Next week:</strong> ${escapeHtml(nextWeekText(report))}.</p><dl class="figures">${figures}</dl></section>`;
}

function weeksTable(report: Report): string {
  const units = report.advice.units;
  const num = (label: string) => `<th scope="col" class="num">${label}</th>`;
  const rows = report.summary.weeks.map((week) => `<tr><th scope="row">${week.weekStart}</th><td class="num">${distanceText(week.distanceKm, units)}</td><td class="num">${week.runs}</td><td class="num">${week.restDays}</td><td class="num">${distanceText(week.longestRunKm, units)}</td><td class="num">${week.maxPain ?? '–'}</td><td class="num">${week.averagePain ?? '–'}</td><td class="num">${week.hours.toFixed(1)}</td></tr>`);
  return `<table><thead><tr><th scope="col">Week of</th>${num('Distance')}${num('Runs')}${num('Rest days')}${num('Longest')}${num('Max pain')}${num('Avg pain')}${num('Hours')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function findingsTable(report: Report, idPrefix: string): string {
  const rules = report.findings.filter((finding) => !PATTERN_RULES.has(finding.rule));
  if (rules.length === 0) return '<p>None.</p>';
  const sources = references(report.findings);
  const groups = groupByRule(rules).map((group) => {
    const ref = sources.indexOf(group.findings[0]!.source) + 1;
    const head = `<tr class="rule"><th scope="rowgroup" colspan="3">${escapeHtml(group.rule)} · ${group.findings.length} finding${group.findings.length === 1 ? '' : 's'} · source <a href="#${idPrefix}-ref-${ref}">[${ref}]</a></th></tr>`;
    return `<tbody>${head}${group.findings.map((finding) => `<tr><td>${finding.severity}</td><td>${escapeHtml(whenText(finding))}</td><td>${escapeHtml(finding.message)}</td></tr>`).join('')}</tbody>`;
  });
  return `<table><thead><tr><th scope="col">Severity</th><th scope="col">When</th><th scope="col">Finding</th></tr></thead>${groups.join('')}</table>`;
}

/** The log's evidence without a status card or advice of its own (see ReportParts). */
function evidenceCard(report: Report, h: (n: number) => string): string {
  const figures = keyFigures(report).map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`).join('');
  return `<section class="evidence"><${h(1)}>${escapeHtml(EVIDENCE_HEADING)}</${h(1)}>${list(report.statusReasons)}<dl class="figures">${figures}</dl></section>`;
}

export function reportSection(report: Report, level = 1, idPrefix = 'w', { verdict = true }: ReportParts = {}): string {
  const h = (n: number) => `h${Math.min(6, level + n)}`;
  const units = report.advice.units;
  const patterns = patternFindings(report);
  const sources = references(report.findings);
  const heading = (text: string) => `<${h(1)}>${text}</${h(1)}>`;
  return [
    '<div class="sheet">',
    `<${h(0)}>hipcheck: ${escapeHtml(report.athlete.name)}</${h(0)}>`,
    ...safetyOverrideLines(report).map((line) => `<p class="override" role="alert"><strong>${escapeHtml(line)}</strong></p>`),
    `<p class="muted">${escapeHtml(report.athlete.source)} · ${report.period.from} → ${report.period.to} · as of ${report.asOf} · ${report.summary.runs} runs · ${distanceText(report.summary.distanceKm, units)}</p>`,
    ...[inputLossLine(report), ...report.warnings].filter((line) => line !== undefined).map((line) => `<p class="warning">${escapeHtml(line)}</p>`),
    ...(verdict ? [statusCard(report, h), `${heading('Next 7 days')}${list(report.advice.actions)}`] : [evidenceCard(report, h)]),
    '</div><div class="sheet">',
    `${heading('Weekly distance and pain')}<figure>${weeklyChartSvg(report, idPrefix)}<figcaption class="muted">Each bar is a week's distance in ${units} (value on top); the marks are the week's highest pain during, after and the morning after a run, on the 0–10 scale at the right. The weekly table below gives every number.</figcaption></figure>`,
    `${heading('Pain calendar')}<figure>${painCalendarSvg(report, `${idPrefix}-cal`)}</figure>`,
    `${heading('Acute:chronic ratio')}<figure>${ratioChartSvg(report, `${idPrefix}-acwr`)}<figcaption class="muted">Acute:chronic ratio now: ${report.summary.acuteChronicRatio ?? 'not enough history'}. Formula: distance of the last 7 days ÷ (distance of the last 28 days ÷ 4), one point per completed week and one for today; context, not a verdict.</figcaption></figure>`,
    '</div><div class="sheet">',
    `${heading('Weeks')}${weeksTable(report)}`,
    `${heading('Patterns in your log')}${patterns.length === 0 ? `<p>${escapeHtml(noPatternText(report))}</p>` : `<ul>${patterns.map((finding) => `<li><strong>${finding.severity}</strong> ${escapeHtml(finding.message)}</li>`).join('')}</ul>`}`,
    `${heading('Findings')}${findingsTable(report, idPrefix)}`,
    `${heading('Too little data')}${report.tooLittleData.length === 0 ? '<p>Every rule had the data it needs.</p>' : list(report.tooLittleData.map((item) => `${item.rule}: ${item.reason}`))}`,
    `${heading('Skipped rows')}<p>${escapeHtml(inputLossLine(report) ?? 'None: every row and value was read.')}</p>`,
    `${heading('References')}${sources.length === 0 ? '<p>None cited.</p>' : `<ol class="refs">${sources.map((source, index) => `<li id="${idPrefix}-ref-${index + 1}">${escapeHtml(source)}</li>`).join('')}</ol>`}`,
    '<p class="muted">This is guidance drawn from your log and published rules, not a diagnosis.</p>',
    '</div>',
  ].join('\n');
}

export function renderHtml(report: Report): string {
  return page(`hipcheck: ${report.athlete.name}`, reportSection(report));
}

function sparklineSvg(values: number[], label: string, partialLast: boolean): string {
  const bars = barGeometry(values, 80, 20);
  // The current week is not over yet: drawn paler, so it does not read as a drop.
  return `<svg role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 80 20" width="80" height="20">${bars.map((bar, index) => `<rect class="bar"${partialLast && index === bars.length - 1 ? ' style="opacity:0.4"' : ''} x="${bar.x.toFixed(1)}" y="${bar.y.toFixed(1)}" width="${bar.width.toFixed(1)}" height="${bar.height.toFixed(1)}"/>`).join('')}</svg>`;
}

const CHANGE_HTML = { new: 'new', worse: '▲ worse', better: '▼ better', unchanged: 'unchanged' } as const;

/**
 * The squad page, piece by piece: counts by status, unreadable logs, the table (each athlete
 * linking to their section), then one section per athlete. `reportOf` is asked for one report
 * at a time, so a large squad is never all in memory.
 */
export function* renderBatchHtml(rows: BatchRow[], reportOf: (row: BatchRow) => Report | undefined): Generator<string> {
  yield pageStart('hipcheck: squad');
  const readable = rows.filter((row) => row.status !== 'error');
  const unreadable = rows.filter((row) => row.status === 'error');
  const count = (status: BatchRow['status']) => rows.filter((row) => row.status === status).length;
  yield `<h1>hipcheck: squad</h1>\n<p class="counts"><strong>${rows.length} athletes:</strong> <span class="red">${count('red')} red</span>, <span class="amber">${count('amber')} amber</span>, <span class="green">${count('green')} green</span>${unreadable.length > 0 ? `, ${unreadable.length} unreadable` : ''}.</p>`;
  if (unreadable.length > 0) yield `<h2>Unreadable logs (not checked)</h2><ul>${unreadable.map((row) => `<li>${escapeHtml(row.athlete)}: ${escapeHtml(row.error ?? '')}</li>`).join('')}</ul>`;
  const hasGroups = readable.some((row) => row.group !== undefined);
  const hasChanges = readable.some((row) => row.change !== undefined);
  const th = (label: string) => `<th scope="col">${label}</th>`;
  yield `<table><thead><tr>${th('Athlete')}${hasGroups ? th('Group') : ''}${th('Status')}${hasChanges ? th('Since last check') : ''}${th('As of')}${th('Last 8 weeks')}${th('Last 7 days')}${th('Max pain 14 d')}${th('Rows skipped')}${th('Reason')}</tr></thead><tbody>`;
  for (const [index, row] of readable.entries()) {
    const change = row.change ? `<td>${CHANGE_HTML[row.change.kind]}${row.change.previousStatus && row.change.kind !== 'unchanged' ? ` (was ${row.change.previousStatus})` : ''}${row.change.newFindings.length > 0 ? `<ul>${row.change.newFindings.map((finding) => `<li>${escapeHtml(finding)}</li>`).join('')}</ul>` : ''}</td>` : hasChanges ? '<td></td>' : '';
    const weeks = `weekly distance, last 8 weeks: ${row.weeklyKm.map((km) => km.toFixed(1)).join(', ')} km${row.lastWeekPartial ? ' (the last week is not over yet)' : ''}`;
    yield `<tr class="${row.status}"><td><a href="#athlete-${index}">${escapeHtml(row.athlete)}</a></td>${hasGroups ? `<td>${escapeHtml(row.group ?? '')}</td>` : ''}<td>${row.status.toUpperCase()}</td>${change}<td>${row.asOf ?? ''}${row.stale ? ` (stale, ${row.daysBehind} days behind)` : ''}</td><td>${sparklineSvg(row.weeklyKm, weeks, row.lastWeekPartial)}</td><td>${row.last7DaysKm === null ? '' : distanceText(row.last7DaysKm, row.units)}</td><td>${row.maxPain14Days ?? ''}</td><td>${row.skippedRows > 0 ? row.skippedRows : ''}</td><td>${escapeHtml(reasonText(row))}</td></tr>`;
  }
  yield '</tbody></table>';
  for (const [index, row] of readable.entries()) {
    const report = reportOf(row);
    if (report) yield `\n<section id="athlete-${index}">${reportSection(report, 2, `a${index}`)}</section>`;
  }
  yield PAGE_END;
}
