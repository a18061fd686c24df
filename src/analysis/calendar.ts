// Calendar-day arithmetic on `YYYY-MM-DD` strings, through date-fns in local time: a day
// built from its parts and formatted back is the same day in every time zone.
import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek } from 'date-fns';

export function addDaysTo(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** Monday of the calendar week holding `date`. */
export function weekStartOf(date: string): string {
  return format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');
}
