// The pain calendar as a Markdown table: one row per week, one column per weekday, each cell
// the day's worst pain (as in the HTML calendar), so a physiotherapist reads it the same way.
import { addDaysTo, daysBetween, weekStartOf } from '../analysis/calendar.js';
import type { PainDay, Report } from '../model/report.js';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A cell: the worst pain, `*` when next-morning pain is part of it, `R` on a rest day. */
export function calendarCell(day: PainDay | undefined): string {
  if (!day) return ' ';
  const pain = day.worst === null ? '–' : `${day.worst}${day.nextMorning !== null ? '\\*' : ''}`;
  return day.rest ? `${pain} R` : pain;
}

export function painCalendarMarkdown(report: Report): string[] {
  const days = report.summary.painDays ?? [];
  if (days.length === 0) return ['No days to show.'];
  const byDate = new Map(days.map((day) => [day.date, day]));
  const firstWeek = weekStartOf(days[0]!.date);
  const weeks = Math.floor(daysBetween(firstWeek, days.at(-1)!.date) / 7) + 1;
  const lines = [`| week of | ${WEEKDAYS.join(' | ')} |`, `|---|${WEEKDAYS.map(() => '---:').join('|')}|`];
  for (let week = 0; week < weeks; week++) {
    const monday = addDaysTo(firstWeek, week * 7);
    lines.push(`| ${monday} | ${WEEKDAYS.map((_, offset) => calendarCell(byDate.get(addDaysTo(monday, offset)))).join(' | ')} |`);
  }
  lines.push('', 'Each cell is the worst pain of the day, 0–10 (during, after, next morning, or on a rest day); – none logged; \\* a next-morning score was logged that day; R rest day.');
  return lines;
}
