// A small horizontal bar chart of weekly distance with the week's highest pain marked.
// Horizontal bars fit any terminal width: each week is one line.
import type { ChalkInstance } from 'chalk';
import { addDaysTo } from '../analysis/calendar.js';
import type { Report } from '../model/report.js';
import { distanceText } from './common.js';
import type { RenderOptions } from './style.js';

const MAX_WEEKS = 16;

/** Bar length in cells for a value on a 0..max scale. */
export function barLength(value: number, max: number, cells: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * cells));
}

export function weeklyChart(report: Report, options: RenderOptions, chalk: ChalkInstance): string[] {
  const weeks = report.summary.weeks.slice(-MAX_WEEKS);
  if (weeks.length === 0) return [];
  const units = report.advice.units;
  // "2025-03-10 " + bar + " 123.4 km  pain 5"
  const cells = Math.max(10, options.width - 11 - 22);
  const max = Math.max(...weeks.map((week) => week.distanceKm));
  const flagged = new Set(report.findings.filter((finding) => ['weekly-ramp', 'session-spike', 'acute-chronic'].includes(finding.rule)).map((finding) => finding.from ?? finding.date ?? ''));
  const lines = [chalk.bold('Weekly distance') + chalk.dim(` (${units}; pain = highest pain during a run that week, 0–10; ▲ = load finding)`)];
  for (const week of weeks) {
    const bar = '█'.repeat(barLength(week.distanceKm, max, cells));
    const pain = week.maxPain === null ? '' : `pain ${week.maxPain}`;
    const painText = week.maxPain !== null && week.maxPain >= 6 ? chalk.red(pain) : week.maxPain !== null && week.maxPain >= 4 ? chalk.yellow(pain) : pain;
    const nextWeek = addDaysTo(week.weekStart, 7);
    const marked = [...flagged].some((day) => day >= week.weekStart && day < nextWeek) ? ' ▲' : '';
    lines.push(`${week.weekStart} ${bar} ${distanceText(week.distanceKm, units)}${painText ? `  ${painText}` : ''}${marked}`);
  }
  return lines;
}
