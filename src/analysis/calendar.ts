// Calendar-day arithmetic on `YYYY-MM-DD` strings, through date-fns in local time: a day
// built from its parts and formatted back is the same day in every time zone.
// A log of a few years touches only ~1,000 distinct days, asked about again and again, so
// results are memoised (bounded, so a long batch cannot grow them without limit).
import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek } from 'date-fns';

const MAX_CACHED = 200_000;

function memo<K, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= MAX_CACHED) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * Days are numbered from a fixed day, so a shift or a difference is one memo lookup per day
 * instead of one per (day, offset) pair. Which day is 0 does not matter: numbers are only
 * ever subtracted or shifted.
 */
const DAY_ZERO = '2000-01-03';
const parseDay = memo((date: string) => parseISO(date));
const dayNumberOf = memo((date: string) => differenceInCalendarDays(parseDay(date), parseDay(DAY_ZERO)));
const dateOfDayNumber = memo((dayNumber: number) => format(addDays(parseDay(DAY_ZERO), dayNumber), 'yyyy-MM-dd'));
const mondayOf = memo((date: string) => format(startOfISOWeek(parseDay(date)), 'yyyy-MM-dd'));

export function addDaysTo(date: string, days: number): string {
  return days === 0 ? date : dateOfDayNumber(dayNumberOf(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Monday of the calendar week holding `date`. */
export function weekStartOf(date: string): string {
  return mondayOf(date);
}
