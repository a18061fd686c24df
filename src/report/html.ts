// A self-contained HTML report: inline CSS and SVG, no scripts, no requests, printable.
// Everything that comes from the runner's files is escaped.
import { addDaysTo, daysBetween } from '../analysis/calendar.js';
import type { BatchRow } from '../model/squad.js';
import { reasonText } from './batch.js';
import type { Report, WeekSummary } from '../model/report.js';
import { inputLossLine, safetyOverrideLines, statusHeadline, whenText, whoToSee } from './common.js';
import { distanceText } from '../util/units.js';
import { patternFindings, PATTERN_RULES } from './patterns.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

export interface BarGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bars for values on a 0..max scale inside a plot of the given size (y grows downwards). */
export function barGeometry(values: number[], plotWidth: number, plotHeight: number): BarGeometry[] {
  const max = Math.max(...values, 0);
  const slot = values.length > 0 ? plotWidth / values.length : 0;
  return values.map((value, index) => {
    const height = max > 0 ? (value / max) * plotHeight : 0;
    return { x: index * slot + slot * 0.15, y: plotHeight - height, width: slot * 0.7, height };
  });
}

/**
 * Acute:chronic ratio per week: that week's distance ÷ the average of it and the three weeks
 * before (null until four weeks of log). The same idea as the rule, by calendar week.
 */
export function weeklyAcuteChronic(weeklyKm: number[]): (number | null)[] {
  return weeklyKm.map((km, index) => {
    if (index < 3) return null;
    const average = (weeklyKm[index - 3]! + weeklyKm[index - 2]! + weeklyKm[index - 1]! + km) / 4;
    return average > 0 ? km / average : null;
  });
}

/** The y position of a 0–10 pain score in a plot of the given height. */
export function painY(pain: number, plotHeight: number): number {
  return plotHeight - (pain / 10) * plotHeight;
}

const CSS = `body{font:15px/1.45 system-ui,sans-serif;color:#1d2733;max-width:980px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.8rem}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d5dbe1;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f1f4f7}
.status{padding:.8rem 1rem;border-radius:6px;border-left:6px solid}.green{background:#e8f6ec;border-color:#2e8b4a}
.amber{background:#fff5e0;border-color:#d48a00}.red{background:#fde8e8;border-color:#c62828}.error{background:#f3e5f5;border-color:#7b1fa2}
svg{max-width:100%;height:auto}.bar{fill:#4a78a8}.pain{fill:#c62828}.avg{fill:#d48a00}.axis{stroke:#8a96a3}
.label{font-size:11px;fill:#4c5866}.ratio{fill:none;stroke:#2e8b4a;stroke-width:2;stroke-dasharray:5 3}.dot{fill:#c62828}.muted{color:#5b6775}.override{background:#fde8e8;border:2px solid #c62828;padding:.6rem 1rem;border-radius:6px}.warning{color:#7a4a00;font-weight:600}@media print{body{margin:0}}`;

function page(title: string, body: string): string {
  return `${pageStart(title)}${body}${PAGE_END}`;
}

function pageStart(title: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n`;
}

const PAGE_END = '\n</main>\n</body>\n</html>\n';

function weeklyChartSvg(allWeeks: WeekSummary[], units: 'km' | 'mi', idPrefix: string): string {
  const ratios = weeklyAcuteChronic(allWeeks.map((week) => week.distanceKm)).slice(-16);
  const weeks = allWeeks.slice(-16);
  const width = 720;
  const height = 240;
  const plot = { left: 40, top: 10, width: 640, height: 170 };
  const bars = barGeometry(weeks.map((week) => week.distanceKm), plot.width, plot.height);
  const described = weeks.map((week, index) => `week of ${week.weekStart}: ${distanceText(week.distanceKm, units)}, highest pain ${week.maxPain ?? 'not logged'}${ratios[index] !== null ? `, acute:chronic ${ratios[index]!.toFixed(2)}` : ''}`).join('; ');
  const parts = [
    `<svg role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="${idPrefix}-title">Weekly distance with the highest pain of each week</title>`,
    `<desc id="${idPrefix}-desc">${escapeHtml(described)}</desc>`,
    `<g transform="translate(${plot.left},${plot.top})">`,
    `<line class="axis" x1="0" y1="${plot.height}" x2="${plot.width}" y2="${plot.height}"/>`,
  ];
  bars.forEach((bar, index) => {
    const week = weeks[index]!;
    parts.push(`<rect class="bar" data-week="${week.weekStart}" data-km="${week.distanceKm}" x="${bar.x.toFixed(1)}" y="${bar.y.toFixed(1)}" width="${bar.width.toFixed(1)}" height="${bar.height.toFixed(1)}"><title>${escapeHtml(`${week.weekStart}: ${distanceText(week.distanceKm, units)}`)}</title></rect>`);
    if (week.maxPain !== null) parts.push(`<circle class="pain" cx="${(bar.x + bar.width / 2).toFixed(1)}" cy="${painY(week.maxPain, plot.height).toFixed(1)}" r="4"><title>highest pain ${week.maxPain}/10</title></circle>`);
    if (week.averagePain !== null) parts.push(`<rect class="avg" x="${(bar.x + bar.width / 2 - 3).toFixed(1)}" y="${(painY(week.averagePain, plot.height) - 3).toFixed(1)}" width="6" height="6"><title>average pain ${week.averagePain}/10</title></rect>`);
    if (index % Math.ceil(weeks.length / 8) === 0) parts.push(`<text class="label" x="${bar.x.toFixed(1)}" y="${plot.height + 14}">${week.weekStart.slice(5)}</text>`);
  });
  const ratioPoints = bars.map((bar, index) => (ratios[index] === null ? null : `${(bar.x + bar.width / 2).toFixed(1)},${(plot.height - Math.min(2, ratios[index]!) / 2 * plot.height).toFixed(1)}`)).filter((point): point is string => point !== null);
  if (ratioPoints.length > 1) parts.push(`<polyline class="ratio" points="${ratioPoints.join(' ')}"><title>acute:chronic ratio by week (0–2 scale)</title></polyline>`);
  parts.push(`<text class="label" x="0" y="${plot.height + 32}">bars: distance (${units}) · pain 0–10: ● highest, ■ average · dashed line: acute:chronic ratio, 0–2</text></g></svg>`);
  return parts.join('\n');
}

function painTimelineSvg(points: { date: string; pain: number }[], asOf: string, idPrefix: string): string {
  if (points.length === 0) return '<p>No pain scores in the last 16 weeks.</p>';
  const width = 720;
  const plot = { left: 40, top: 10, width: 640, height: 120 };
  const first = addDaysTo(asOf, -111);
  const x = (date: string) => (daysBetween(first, date) / 111) * plot.width;
  const described = points.map((point) => `${point.date}: ${point.pain}`).join('; ');
  return [
    `<svg role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 ${width} 170" width="${width}" height="170">`,
    `<title id="${idPrefix}-title">Pain during each run, last 16 weeks (0–10)</title><desc id="${idPrefix}-desc">${escapeHtml(described)}</desc>`,
    `<g transform="translate(${plot.left},${plot.top})"><line class="axis" x1="0" y1="${plot.height}" x2="${plot.width}" y2="${plot.height}"/>`,
    `<polyline class="ratio" style="stroke:#c62828;stroke-dasharray:none;stroke-width:1" points="${points.map((point) => `${x(point.date).toFixed(1)},${painY(point.pain, plot.height).toFixed(1)}`).join(' ')}"/>`,
    ...points.map((point) => `<circle class="dot" cx="${x(point.date).toFixed(1)}" cy="${painY(point.pain, plot.height).toFixed(1)}" r="3"><title>${point.date}: pain ${point.pain}/10</title></circle>`),
    `<text class="label" x="0" y="${plot.height + 16}">${first}</text><text class="label" x="${plot.width - 60}" y="${plot.height + 16}">${asOf}</text><text class="label" x="0" y="-1">pain 0–10</text></g></svg>`,
  ].join('\n');
}

export function reportSection(report: Report, level = 1, idPrefix = 'w'): string {
  const h = (n: number) => `h${Math.min(6, level + n)}`;
  const units = report.advice.units;
  const rules = report.findings.filter((finding) => !PATTERN_RULES.has(finding.rule));
  const patterns = patternFindings(report);
  return [
    `<${h(0)}>hipcheck: ${escapeHtml(report.athlete.name)}</${h(0)}>`,
    ...safetyOverrideLines(report).map((line) => `<p class="override" role="alert"><strong>${escapeHtml(line)}</strong></p>`),
    `<p class="muted">${escapeHtml(report.athlete.source)} · ${report.period.from} → ${report.period.to} · as of ${report.asOf} · ${report.summary.runs} runs · ${distanceText(report.summary.distanceKm, units)}</p>`,
    ...[inputLossLine(report), ...report.warnings].filter((line) => line !== undefined).map((line) => `<p class="warning">${escapeHtml(line)}</p>`),
    `<section class="status ${report.status}"><${h(1)}>Status: ${report.status.toUpperCase()} — ${escapeHtml(statusHeadline(report))}</${h(1)}><ul>${report.statusReasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul><p><strong>Who to see:</strong> ${escapeHtml(whoToSee(report))}</p></section>`,
    `<${h(1)}>Next 7 days</${h(1)}><ul>${report.advice.actions.map((action) => `<li>${escapeHtml(action)}</li>`).join('')}</ul>`,
    `<${h(1)}>Weekly distance and pain</${h(1)}><figure>${weeklyChartSvg(report.summary.weeks, units, idPrefix)}<figcaption class="muted">Acute:chronic ratio now: ${report.summary.acuteChronicRatio ?? 'not enough history'} (last 7 days ÷ average week of the last 28; context, not a verdict).</figcaption></figure>`,
    `<${h(1)}>Daily pain</${h(1)}><figure>${painTimelineSvg(report.summary.painTimeline, report.asOf, `${idPrefix}-pain`)}</figure>`,
    `<${h(1)}>Patterns in your log</${h(1)}>${patterns.length === 0 ? '<p>No clear pattern yet.</p>' : `<ul>${patterns.map((finding) => `<li><strong>${finding.severity}</strong> ${escapeHtml(finding.message)}</li>`).join('')}</ul>`}`,
    `<${h(1)}>Findings</${h(1)}>`,
    rules.length === 0 ? '<p>None.</p>' : `<table><thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">When</th><th scope="col">Finding</th><th scope="col">Source</th></tr></thead><tbody>${rules.map((finding) => `<tr><td>${finding.severity}</td><td>${finding.rule}</td><td>${escapeHtml(whenText(finding))}</td><td>${escapeHtml(finding.message)}</td><td>${escapeHtml(finding.source)}</td></tr>`).join('')}</tbody></table>`,
    '<p class="muted">This is guidance drawn from your log and published rules, not a diagnosis.</p>',
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
