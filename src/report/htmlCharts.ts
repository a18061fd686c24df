// The HTML report's charts, as inline SVG with labelled axes and values: weekly distance with
// pain, the pain calendar, and the acute:chronic ratio. Each comes with a text alternative
// (a summary sentence in its caption, every value in its <desc>, or for the calendar a table),
// for screen readers and print.
import { addDaysTo, daysBetween, weekStartOf } from '../analysis/calendar.js';
import type { PainDay, Report, WeekSummary } from '../model/report.js';
import { distanceText, KM_PER_MILE } from '../util/units.js';
import { LOAD_RULES } from './common.js';
import { calendarCellWords, calendarWeeks, WEEKDAYS } from './painCalendarText.js';

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
export function barGeometry(values: number[], plotWidth: number, plotHeight: number, scaleMax = Math.max(...values, 0)): BarGeometry[] {
  const slot = values.length > 0 ? plotWidth / values.length : 0;
  return values.map((value, index) => {
    const height = scaleMax > 0 ? (value / scaleMax) * plotHeight : 0;
    return { x: index * slot + slot * 0.15, y: plotHeight - height, width: slot * 0.7, height };
  });
}

/**
 * Acute:chronic ratio per week: that week's distance ÷ the average of it and the three weeks
 * before (null until four weeks of log). At a week's last day this is the rule's own formula.
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

/** Weeks drawn: 16, as in the terminal chart. */
export const CHART_WEEKS = 16;

/** Weeks (their Monday) with a load finding: the weekly chart marks them. */
export function loadFindingWeeks(report: Report): Set<string> {
  return new Set(report.findings.filter((finding) => LOAD_RULES.has(finding.rule)).map((finding) => weekStartOf(finding.date ?? finding.to ?? finding.from ?? report.asOf)));
}

type PainKind = 'during' | 'after' | 'nextMorning';
// Side by side in the week's slot, so equal scores never hide each other.
const PAIN_KINDS: { kind: PainKind; label: string; shape: (x: number, y: number) => string }[] = [
  { kind: 'during', label: 'during', shape: (x, y) => `<circle cx="${(x - 9).toFixed(1)}" cy="${y.toFixed(1)}" r="4"` },
  { kind: 'after', label: 'after', shape: (x, y) => `<rect x="${(x - 4).toFixed(1)}" y="${(y - 4).toFixed(1)}" width="8" height="8"` },
  { kind: 'nextMorning', label: 'next morning', shape: (x, y) => `<path d="M${(x + 9).toFixed(1)} ${(y - 5).toFixed(1)}l5 9h-10z"` },
];

/**
 * The highest of one kind of pain over a week's runs, from the daily series; null when none
 * logged. A next-morning score is felt the day after its run, so the week's mornings run from
 * Tuesday to the next Monday: Sunday's long run shows its morning-after pain in its own week.
 */
function weekPain(days: PainDay[], weekStart: string, kind: PainKind): number | null {
  const shift = kind === 'nextMorning' ? 1 : 0;
  const start = addDaysTo(weekStart, shift);
  const end = addDaysTo(weekStart, 6 + shift);
  const scores = days.filter((day) => day.date >= start && day.date <= end && day[kind] !== null).map((day) => day[kind]!);
  return scores.length > 0 ? Math.max(...scores) : null;
}

const inUnits = (km: number, units: 'km' | 'mi') => (units === 'mi' ? km / KM_PER_MILE : km);

export function weeklyChartSvg(report: Report, idPrefix: string): string {
  const units = report.advice.units;
  const weeks: WeekSummary[] = report.summary.weeks.slice(-CHART_WEEKS);
  const days = report.summary.painDays ?? [];
  const flagged = loadFindingWeeks(report);
  const plot = { left: 48, top: 24, width: 620, height: 180 };
  const maxUnits = Math.max(1, ...weeks.map((week) => inUnits(week.distanceKm, units)));
  const scaleMax = Math.ceil(maxUnits / 10) * 10;
  const bars = barGeometry(weeks.map((week) => inUnits(week.distanceKm, units)), plot.width, plot.height, scaleMax);
  const parts = [
    `<svg role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 720 270" width="720" height="270">`,
    `<title id="${idPrefix}-title">Weekly distance (${units}) with the highest pain during, after and the morning after runs (0–10)</title>`,
    `<desc id="${idPrefix}-desc">${escapeHtml(weeks.map((week) => weekDescription(week, days, units, flagged)).join('; '))}</desc>`,
    `<g transform="translate(${plot.left},${plot.top})">`,
  ];
  for (const tick of [0, scaleMax / 2, scaleMax]) {
    const y = plot.height - (tick / scaleMax) * plot.height;
    parts.push(`<line class="grid" x1="0" y1="${y}" x2="${plot.width}" y2="${y}"/><text class="label" x="-6" y="${y + 4}" text-anchor="end">${tick}</text>`);
  }
  for (const pain of [0, 5, 10]) parts.push(`<text class="label" x="${plot.width + 6}" y="${painY(pain, plot.height) + 4}">${pain}</text>`);
  parts.push(`<text class="label" x="-40" y="-10">${units}/week</text><text class="label" x="${plot.width - 20}" y="-10">pain 0–10</text>`);
  bars.forEach((bar, index) => {
    const week = weeks[index]!;
    const centre = bar.x + bar.width / 2;
    parts.push(`<rect class="bar" data-week="${week.weekStart}" data-km="${week.distanceKm}" x="${bar.x.toFixed(1)}" y="${bar.y.toFixed(1)}" width="${bar.width.toFixed(1)}" height="${bar.height.toFixed(1)}"/>`);
    parts.push(`<text class="value" x="${centre.toFixed(1)}" y="${(bar.y - 3).toFixed(1)}" text-anchor="middle">${inUnits(week.distanceKm, units).toFixed(0)}</text>`);
    for (const { kind, shape } of PAIN_KINDS) {
      const pain = kind === 'during' && days.length === 0 ? week.maxPain : weekPain(days, week.weekStart, kind);
      if (pain !== null) parts.push(`${shape(centre, painY(pain, plot.height))} class="p-${kind}" data-pain="${pain}"/>`);
    }
    if (flagged.has(week.weekStart)) parts.push(`<text class="flag" data-load-week="${week.weekStart}" x="${centre.toFixed(1)}" y="${plot.height + 30}" text-anchor="middle">◆ load</text>`);
    if (index % Math.ceil(weeks.length / 8) === 0) parts.push(`<text class="label" x="${centre.toFixed(1)}" y="${plot.height + 15}" text-anchor="middle">${week.weekStart.slice(5)}</text>`);
  });
  parts.push(`<text class="label" x="0" y="${plot.height + 48}">bars: distance per week (from Monday, MM-DD) · pain: ● during ■ after ▲ next morning · ◆ load finding</text></g></svg>`);
  return parts.join('\n');
}

function weekDescription(week: WeekSummary, days: PainDay[], units: 'km' | 'mi', flagged: Set<string>): string {
  const pains = PAIN_KINDS.map(({ kind, label }) => [label, kind === 'during' && days.length === 0 ? week.maxPain : weekPain(days, week.weekStart, kind)] as const).filter(([, pain]) => pain !== null);
  return `week of ${week.weekStart}: ${distanceText(week.distanceKm, units)}${pains.length > 0 ? `, highest pain ${pains.map(([label, pain]) => `${label} ${pain}`).join(', ')}` : ', no pain logged'}${flagged.has(week.weekStart) ? ', load finding' : ''}`;
}

/** The calendar cell's colour band: none logged, 0, 1–3, 4–5, 6+ (the rules' thresholds). */
export function painBand(pain: number | null): string {
  if (pain === null) return 'c-none';
  if (pain === 0) return 'c-0';
  return pain <= 3 ? 'c-low' : pain <= 5 ? 'c-mid' : 'c-high';
}

export function painCalendarSvg(report: Report, idPrefix: string): string {
  const days = report.summary.painDays ?? [];
  if (days.length === 0) return '<p>No days to show.</p>';
  const firstWeek = weekStartOf(days[0]!.date);
  const columns = Math.floor(daysBetween(firstWeek, days.at(-1)!.date) / 7) + 1;
  const cell = 26;
  const left = 34;
  const top = 18;
  const width = Math.max(left + columns * cell + 4, 520);
  const height = top + 7 * cell + 44;
  const painful = days.filter((day) => day.worst !== null && day.worst > 0);
  const parts = [
    `<svg role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="${idPrefix}-title">Pain calendar, ${days[0]!.date} to ${days.at(-1)!.date}: the worst pain of each day, 0–10</title>`,
    `<desc id="${idPrefix}-desc">The table that follows gives every day's worst pain, morning pain and rest days, week by week.</desc>`,
    ...WEEKDAYS.map((name, row) => `<text class="label" x="0" y="${top + row * cell + 15}">${name}</text>`),
  ];
  for (let column = 0; column < columns; column += 2) parts.push(`<text class="label" x="${left + column * cell}" y="12">${addDaysTo(firstWeek, column * 7).slice(5)}</text>`);
  for (const day of days) {
    const offset = daysBetween(firstWeek, day.date);
    const x = left + Math.floor(offset / 7) * cell;
    const y = top + (offset % 7) * cell;
    parts.push(`<rect class="cal ${painBand(day.worst)}${day.rest ? ' rest' : ''}" data-date="${day.date}" data-pain="${day.worst ?? ''}" x="${x}" y="${y}" width="${cell - 3}" height="${cell - 3}" rx="3"/>`);
    if (day.worst !== null) parts.push(`<text class="cell${day.worst >= 4 ? ' on-dark' : ''}" x="${x + (cell - 3) / 2}" y="${y + 16}" text-anchor="middle">${day.worst}</text>`);
    else if (day.rest) parts.push(`<text class="cell muted" x="${x + (cell - 3) / 2}" y="${y + 16}" text-anchor="middle">R</text>`);
    if (day.nextMorning !== null) parts.push(`<path class="nm" data-next-morning="${day.date}" d="M${x + cell - 3} ${y}v7h-7z"/>`);
  }
  const legendY = top + 7 * cell + 14;
  const legend: [string, string][] = [['c-none', 'none logged'], ['c-0', '0'], ['c-low', '1–3'], ['c-mid', '4–5'], ['c-high', '6–10']];
  legend.forEach(([band, label], index) => parts.push(`<rect class="cal ${band}" x="${left + index * 96}" y="${legendY}" width="12" height="12" rx="2"/><text class="label" x="${left + index * 96 + 16}" y="${legendY + 10}">${label}</text>`));
  parts.push(`<text class="label" x="${left}" y="${legendY + 28}">R: rest day (dashed) · corner mark: a next-morning score logged that day</text></svg>`);
  const sentence = painful.length === 0 ? 'No pain above 0 logged on any day shown.' : `Pain above 0 on ${painful.length} of ${days.length} days; worst ${Math.max(...painful.map((day) => day.worst!))}/10 on ${painful.reduce((worst, day) => (day.worst! > worst.worst! ? day : worst)).date}.`;
  return `${parts.join('\n')}${painCalendarTable(report, idPrefix)}<figcaption class="muted">${escapeHtml(sentence)} Rows are weekdays, columns weeks; each number is that day's worst pain (during, after, next morning, or on a rest day).</figcaption>`;
}

/**
 * The calendar's text alternative: a real table (weeks × weekdays) that screen readers read cell
 * by cell. Hidden on screen and in print, where the chart shows the same; never wider than 1 px.
 */
function painCalendarTable(report: Report, idPrefix: string): string {
  const rows = calendarWeeks(report).map((week) => `<tr><th scope="row">${week.monday}</th>${week.days.map((day) => (day ? `<td data-date="${day.date}" data-pain="${day.worst ?? ''}">${calendarCellWords(day)}</td>` : '<td></td>')).join('')}</tr>`);
  // The wrapper hides it: a table itself never shrinks below its content's width.
  return `<div class="sr-only"><table id="${idPrefix}-table"><caption>Pain calendar as a table: each day's worst pain, 0–10; "morning" is the pain that morning, after the day before's run.</caption><thead><tr><th scope="col">Week of</th>${WEEKDAYS.map((name) => `<th scope="col">${name}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/**
 * The ratio by week: each complete week ends on its Sunday, where it is the rule's rolling value;
 * the week in progress is drawn at the as-of day with the report's own ratio, so the line ends on
 * the number the caption gives.
 */
export function ratioPoints(report: Report): { date: string; ratio: number }[] {
  const weeks = report.summary.weeks;
  const ratios = weeklyAcuteChronic(weeks.map((week) => week.distanceKm));
  const points = weeks.map((week, index) => ({ date: addDaysTo(week.weekStart, 6), ratio: ratios[index] })).filter((point): point is { date: string; ratio: number } => point.ratio !== null && point.date < report.asOf);
  if (report.summary.acuteChronicRatio !== null) points.push({ date: report.asOf, ratio: report.summary.acuteChronicRatio });
  return points.slice(-CHART_WEEKS);
}

export function ratioChartSvg(report: Report, idPrefix: string): string {
  const points = ratioPoints(report);
  if (points.length === 0) return '<p>Not enough history yet: the ratio needs four weeks of log.</p>';
  const plot = { left: 40, top: 14, width: 620, height: 120 };
  const first = points[0]!.date;
  const span = Math.max(1, daysBetween(first, report.asOf));
  const x = (date: string) => (daysBetween(first, date) / span) * plot.width;
  const y = (ratio: number) => plot.height - (Math.min(2, ratio) / 2) * plot.height;
  const parts = [
    `<svg role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 720 180" width="720" height="180">`,
    `<title id="${idPrefix}-title">Acute:chronic ratio: last 7 days ÷ average week of the last 28, scale 0–2</title>`,
    `<desc id="${idPrefix}-desc">${escapeHtml(points.map((point) => `${point.date}: ${point.ratio.toFixed(2)}`).join('; '))}</desc>`,
    `<g transform="translate(${plot.left},${plot.top})">`,
    ...[0, 0.5, 1, 1.5, 2].map((tick) => `<line class="grid" x1="0" y1="${y(tick)}" x2="${plot.width}" y2="${y(tick)}"/><text class="label" x="-6" y="${y(tick) + 4}" text-anchor="end">${tick.toFixed(1)}</text>`),
    `<polyline class="ratio" points="${points.map((point) => `${x(point.date).toFixed(1)},${y(point.ratio).toFixed(1)}`).join(' ')}"/>`,
    ...points.map((point) => `<circle class="ratio-dot" data-date="${point.date}" data-ratio="${point.ratio.toFixed(2)}" cx="${x(point.date).toFixed(1)}" cy="${y(point.ratio).toFixed(1)}" r="3"/>`),
    `<text class="value" x="${x(points.at(-1)!.date).toFixed(1)}" y="${(y(points.at(-1)!.ratio) - 8).toFixed(1)}" text-anchor="end">now ${points.at(-1)!.ratio.toFixed(2)}</text>`,
    `<text class="label" x="0" y="${plot.height + 16}">${first}</text><text class="label" x="${plot.width}" y="${plot.height + 16}" text-anchor="end">${report.asOf}</text>`,
    '</g></svg>',
  ];
  return parts.join('\n');
}
