// Calendar-day arithmetic on `YYYY-MM-DD` strings, through date-fns in local time: a day
// built from its parts and formatted back is the same day in every time zone.
// A log of a few years touches only ~1,000 distinct days, asked about again and again, so
// results are memoised (bounded, so a long batch cannot grow them without limit).
import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek } from 'date-fns';

const MAX_CACHED = 200_000;

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
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

const parseDay = memo((date) => parseISO(date));
const shifted = memo((key) => {
  const [date, days] = key.split('|') as [string, string];
  return format(addDays(parseDay(date), Number(days)), 'yyyy-MM-dd');
});
const mondayOf = memo((date) => format(startOfISOWeek(parseDay(date)), 'yyyy-MM-dd'));
const between = memo((key) => {
  const [from, to] = key.split('|') as [string, string];
  return differenceInCalendarDays(parseDay(to), parseDay(from));
});

export function addDaysTo(date: string, days: number): string {
  return days === 0 ? date : shifted(`${date}|${days}`);
}

export function daysBetween(from: string, to: string): number {
  return between(`${from}|${to}`);
}

/** Monday of the calendar week holding `date`. */
export function weekStartOf(date: string): string {
  return mondayOf(date);
}
