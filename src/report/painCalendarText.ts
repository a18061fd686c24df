// The pain calendar as a table: one row per week, one column per weekday, each cell the day's
// worst pain (as in the HTML calendar), the morning's pain after the day before's run, and rest
// days. Markdown gets it as its calendar; the HTML report as the chart's text alternative.
import { addDaysTo, daysBetween, weekStartOf } from '../analysis/calendar.js';
import type { PainDay, Report } from '../model/report.js';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface CalendarWeek {
  /** The week's Monday, YYYY-MM-DD. */
  monday: string;
  /** Monday to Sunday; undefined for a day before the calendar's first or after its last. */
  days: (PainDay | undefined)[];
}

/** The calendar's days by week, Monday first. */
export function calendarWeeks(report: Report): CalendarWeek[] {
  const days = report.summary.painDays ?? [];
  if (days.length === 0) return [];
  const byDate = new Map(days.map((day) => [day.date, day]));
  const firstWeek = weekStartOf(days[0]!.date);
  const count = Math.floor(daysBetween(firstWeek, days.at(-1)!.date) / 7) + 1;
  return Array.from({ length: count }, (_, week) => {
    const monday = addDaysTo(firstWeek, week * 7);
    return { monday, days: WEEKDAYS.map((_, offset) => byDate.get(addDaysTo(monday, offset))) };
  });
}

/** The parts of a cell: the worst pain (or "–" when none was logged), the morning's pain, rest. */
function cellParts(day: PainDay): string[] {
  return [
    day.worst === null ? '–' : String(day.worst),
    ...(day.nextMorning !== null ? [`(morning ${day.nextMorning})`] : []),
    ...(day.rest ? ['R'] : []),
  ];
}

/** A Markdown cell: `3 (morning 2)`, `0 R`, `–`; a blank for a day outside the calendar. */
export function calendarCell(day: PainDay | undefined): string {
  return day ? cellParts(day).join(' ') : ' ';
}

/** A cell in words, for a screen reader: "worst 3, morning 2, rest day", "none logged". */
export function calendarCellWords(day: PainDay): string {
  const parts = [day.worst === null ? 'none logged' : `worst ${day.worst}`];
  if (day.nextMorning !== null) parts.push(`morning ${day.nextMorning}`);
  if (day.rest) parts.push('rest day');
  return parts.join(', ');
}

export const CALENDAR_LEGEND = 'Each cell is the worst pain of the day, 0–10 (during, after, the morning after the day before\'s run, or on a rest day); – none logged; (morning N) the pain that morning, after the day before\'s run; R rest day.';

export function painCalendarMarkdown(report: Report): string[] {
  const weeks = calendarWeeks(report);
  if (weeks.length === 0) return ['No days to show.'];
  const lines = [`| week of | ${WEEKDAYS.join(' | ')} |`, `|---|${WEEKDAYS.map(() => '---:').join('|')}|`];
  for (const week of weeks) lines.push(`| ${week.monday} | ${week.days.map(calendarCell).join(' | ')} |`);
  lines.push('', CALENDAR_LEGEND);
  return lines;
}
