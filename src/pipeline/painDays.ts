// The pain calendar's data: one record per day of the last 16 weeks (never before the log's
// first entry), with the worst pain felt that day. A run's next-morning score belongs to the
// morning it was felt (the day after the run); a rest-day record's pain to its own day.
import { addDaysTo } from '../analysis/calendar.js';
import type { AnalysisContext } from '../analysis/context.js';
import { restPainByDate } from '../checks/pain-24h.js';
import { isRunning } from '../model/log.js';
import type { PainDay } from '../model/report.js';
import { round } from '../util/numbers.js';

/** Days in the calendar: 16 weeks, as in the weekly chart. */
export const PAIN_CALENDAR_DAYS = 112;

const higher = (a: number | null, b: number | undefined): number | null => (b === undefined ? a : a === null ? b : Math.max(a, b));

export function painDays(context: AnalysisContext): PainDay[] {
  const from = addDaysTo(context.asOf, -(PAIN_CALENDAR_DAYS - 1));
  const start = from > context.firstDate ? from : context.firstDate;
  const rest = restPainByDate(context.entries);
  const byDate = new Map<string, PainDay>();
  for (let date = start; date <= context.asOf; date = addDaysTo(date, 1)) {
    const day = context.day(date)!;
    byDate.set(day.date, { date: day.date, distanceKm: round(day.distanceKm, 3), longestRunKm: round(day.longestRunKm, 3), rest: day.isRest, during: null, after: null, nextMorning: null, restRecord: rest.get(day.date) ?? null, worst: null });
  }
  // The morning after the as-of day's run is part of that run's story: it gets its own cell.
  const dayAfter = addDaysTo(context.asOf, 1);
  if (context.runs.some((run) => run.date === context.asOf && run.painNextDay !== undefined)) {
    byDate.set(dayAfter, { date: dayAfter, distanceKm: 0, longestRunKm: 0, rest: false, during: null, after: null, nextMorning: null, restRecord: null, worst: null });
  }
  for (const entry of context.entries) {
    if (!isRunning(entry)) continue;
    const today = byDate.get(entry.date);
    if (today) {
      today.during = higher(higher(higher(today.during, entry.pain), entry.painStart), entry.painEnd);
      today.after = higher(today.after, entry.painAfter);
    }
    const morning = byDate.get(addDaysTo(entry.date, 1));
    if (morning) morning.nextMorning = higher(morning.nextMorning, entry.painNextDay);
  }
  for (const day of byDate.values()) {
    day.worst = [day.during, day.after, day.nextMorning, day.restRecord].reduce<number | null>((worst, pain) => higher(worst, pain ?? undefined), null);
  }
  return [...byDate.values()];
}
