// Terminal charts: weekly distance as horizontal bars (one line per week, so the chart fits
// 60 columns as well as 200), with each week's average and highest pain marked on a second,
// fixed 0–10 scale; and sparklines of weekly distance for the squad table.
import type { ChalkInstance } from 'chalk';
import { addDaysTo } from '../analysis/calendar.js';
import type { Report } from '../model/report.js';
import { distanceText } from '../util/units.js';
import type { RenderOptions } from './style.js';
import { LOAD_RULES } from './common.js';

/** Weeks shown: 16 on wide terminals, 12 on narrow ones. */
export function weeksToShow(width: number): number {
  return width >= 100 ? 16 : 12;
}

export interface Glyphs {
  bar: string;
  empty: string;
  average: string;
  max: string;
  flag: string;
  spark: string[];
}

export const UNICODE_GLYPHS: Glyphs = { bar: '█', empty: '·', average: '◆', max: '●', flag: '▲', spark: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] };
export const ASCII_GLYPHS: Glyphs = { bar: '#', empty: '.', average: 'a', max: 'M', flag: '^', spark: ['_', '.', '-', '=', '+', '*', '%', '#'] };

/** Bar length in cells for a value on a 0..max scale; any distance above 0 shows at least one cell. */
export function barLength(value: number, max: number, cells: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * cells));
}

/** The 0–10 pain scale as 11 cells, with the average and the highest pain marked. */
export function painStrip(average: number | null, max: number | null, glyphs: Glyphs): string {
  const cells = Array.from({ length: 11 }, () => glyphs.empty);
  if (average !== null) cells[Math.round(average)] = glyphs.average;
  if (max !== null) cells[Math.round(max)] = glyphs.max;
  return cells.join('');
}

/** One character per value: the lowest level for nothing, the highest for the biggest week. */
export function sparkline(values: number[], glyphs: Glyphs = UNICODE_GLYPHS): string {
  const max = Math.max(...values, 0);
  const top = glyphs.spark.length - 1;
  // Any running at all shows above the baseline, so a light week never looks like an empty one.
  const level = (value: number) => (max <= 0 || value <= 0 ? 0 : Math.max(1, Math.min(top, Math.floor((value / max) * top + 1e-9))));
  return values.map((value) => glyphs.spark[level(value)]!).join('');
}

export function weeklyChart(report: Report, options: RenderOptions & { ascii?: boolean }, chalk: ChalkInstance): string[] {
  const weeks = report.summary.weeks.slice(-weeksToShow(options.width));
  if (weeks.length === 0) return [];
  const glyphs = options.ascii ? ASCII_GLYPHS : UNICODE_GLYPHS;
  const units = report.advice.units;
  const distanceWidth = 9;
  // date (10) + space + bar + space + distance + two spaces + pain strip (11) + flag (2)
  const cells = Math.max(8, options.width - 10 - 1 - 1 - distanceWidth - 2 - 11 - 2);
  const max = Math.max(...weeks.map((week) => week.distanceKm));
  const loadDays = report.findings.filter((finding) => LOAD_RULES.has(finding.rule)).map((finding) => finding.from ?? finding.date ?? '');
  const lines = [
    chalk.bold('Weekly distance and pain') + chalk.dim(` (last ${weeks.length} weeks)`),
    chalk.dim(`week of    ${`0 ${units}`.padEnd(cells - distanceText(max, units).length)}${distanceText(max, units)} ${'distance'.padStart(distanceWidth)}  ${'pain 0–10'.padEnd(11)}`),
  ];
  for (const week of weeks) {
    const bar = glyphs.bar.repeat(barLength(week.distanceKm, max, cells)).padEnd(cells);
    const strip = painStrip(week.averagePain, week.maxPain, glyphs);
    const painted = week.maxPain !== null && week.maxPain >= 6 ? chalk.red(strip) : week.maxPain !== null && week.maxPain >= 4 ? chalk.yellow(strip) : strip;
    const nextWeek = addDaysTo(week.weekStart, 7);
    const flagged = loadDays.some((day) => day >= week.weekStart && day < nextWeek) ? ` ${glyphs.flag}` : '';
    lines.push(`${week.weekStart} ${bar} ${distanceText(week.distanceKm, units).padStart(distanceWidth)}  ${painted}${flagged}`);
  }
  lines.push(chalk.dim(`${glyphs.bar} distance (${units}) · pain scale 0–10: ${glyphs.average} average, ${glyphs.max} highest during a run · ${glyphs.flag} week with a load finding`));
  return lines;
}
