// A run's day from a date cell. Dates are plain calendar days: no time zone can move them.
import { format as formatDate, isValid, parse as parseWithPattern } from 'date-fns';
import { reject, type Parsed } from './values.js';

export interface DayAndTime {
  date: string;
  time?: string;
}

/** Years a log can be about; anything else is a typo (and would stretch every calendar). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
export const DATE_RANGE_EXPECTED = `a date from ${FIRST_YEAR} to ${LAST_YEAR}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A YYYY-MM-DD day in the years a log can be about. */
export function isLogYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function inRange(day: DayAndTime): Parsed<DayAndTime> {
  return isLogYear(day.date) ? day : reject(DATE_RANGE_EXPECTED);
}

/**
 * Days already found real and in range, each kept as one string: a long log repeats a few
 * thousand days, and checking a day builds a Date. Only good days are kept, so the cache is
 * bounded by the calendar (73,000 days), whatever a file holds.
 */
const GOOD_DAYS = new Map<string, string>();

/** The one string kept for a day in range (new days are kept from now on). */
function sharedDay(date: string): string {
  const known = GOOD_DAYS.get(date);
  if (known !== undefined) return known;
  if (isLogYear(date)) GOOD_DAYS.set(date, date);
  return date;
}

/** One string for each time of day, HH:mm, made when first met. */
const TIMES: string[] = [];

function parseIso(text: string): Parsed<DayAndTime> | undefined {
  const iso = ISO_DATE.exec(text);
  if (!iso) return undefined;
  const [, year, month, day, hour, minute] = iso;
  let date = GOOD_DAYS.get(text.slice(0, 10));
  if (date === undefined) {
    // Built from parts in local time so the calendar day is exactly the one written.
    const check = new Date(Number(year), Number(month) - 1, Number(day));
    check.setFullYear(Number(year));
    // A day that does not exist (2025-02-30) rolls over into another month.
    if (!isValid(check) || check.getMonth() !== Number(month) - 1 || check.getDate() !== Number(day)) {
      return reject('a real calendar date (YYYY-MM-DD)');
    }
    date = sharedDay(`${year}-${month}-${day}`);
  }
  if (hour === undefined) return inRange({ date });
  if (Number(hour) > 23 || Number(minute) > 59) return reject('a time of day 00:00–23:59');
  return inRange({ date, time: (TIMES[Number(hour) * 60 + Number(minute)] ??= `${hour}:${minute}`) });
}

/**
 * A run's day: ISO `2025-03-04`, `2025-03-04T07:30`, `2025-03-04 07:30`, or any format the
 * user names with a date-fns pattern (ISO dates are still read then: spreadsheets mix them).
 * Day/month order is never guessed.
 */
export function parseRunDate(raw: string | number, datePattern: string | undefined): Parsed<DayAndTime> {
  const text = String(raw).trim();
  const iso = parseIso(text);
  if (iso) return iso;
  if (datePattern) {
    const parsed = parseWithPattern(text, datePattern, new Date(2000, 0, 1));
    if (!isValid(parsed)) return reject(`a date in the format ${datePattern} (from --date-format) or YYYY-MM-DD`);
    const hasTime = /[Hhkm]/.test(datePattern);
    return inRange(hasTime
      ? { date: sharedDay(formatDate(parsed, 'yyyy-MM-dd')), time: formatDate(parsed, 'HH:mm') }
      : { date: sharedDay(formatDate(parsed, 'yyyy-MM-dd')) });
  }
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(text)) {
    return reject('an ISO date (YYYY-MM-DD); for day/month dates say which order with --date-format dd/MM/yyyy or MM/dd/yyyy');
  }
  return reject('an ISO date like 2025-03-04 or 2025-03-04 07:30 (other formats need --date-format)');
}
