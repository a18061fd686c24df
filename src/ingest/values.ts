// Parsers for single cell values. Each returns the value or a `Rejection` saying what was
// expected, so the caller can report it with the cell's position.
import { format as formatDate, isValid, parse as parseWithPattern } from 'date-fns';
import type { DistanceUnit } from '../model/log.js';

export interface Rejection {
  rejected: true;
  expected: string;
}

export const reject = (expected: string): Rejection => ({ rejected: true, expected });

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && (value as Rejection).rejected === true;
}

export type Parsed<T> = T | Rejection;

export const METRES_PER_FOOT = 0.3048;

export interface NumberStyle {
  /** `;`-separated exports from European spreadsheets write `5,2` for 5.2. */
  decimalComma: boolean;
}

/** A plain decimal number; thousands separators are not accepted (they are ambiguous). */
export function parseNumber(raw: string | number, style: NumberStyle): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  let text = raw.trim();
  if (style.decimalComma && /^[-+]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

/** Clock text `mm:ss` or `h:mm:ss` (seconds may have decimals) → minutes. */
function parseClockMin(text: string, twoPartsAre: 'min:sec' | 'h:min'): number | undefined {
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3) return undefined;
  if (!parts.every((part, i) => (i === parts.length - 1 ? /^\d+(\.\d+)?$/ : /^\d+$/).test(part))) return undefined;
  const numbers = parts.map(Number) as number[];
  if (numbers.slice(1).some((n) => n >= 60)) return undefined;
  if (numbers.length === 3) return numbers[0]! * 60 + numbers[1]! + numbers[2]! / 60;
  return twoPartsAre === 'min:sec' ? numbers[0]! + numbers[1]! / 60 : numbers[0]! * 60 + numbers[1]!;
}

/** Moving time: `45:10`, `1:02:33`, `62 min`, `62` (minutes), `1h 02m`. */
export function parseDurationMin(raw: string | number): Parsed<number> {
  const expected = 'a duration like 45:10, 1:02:33, 62 min or 62';
  if (typeof raw === 'number') return raw >= 0 && Number.isFinite(raw) ? raw : reject(expected);
  const text = raw.trim().toLowerCase();
  const clock = parseClockMin(text, 'min:sec');
  if (clock !== undefined) return clock;
  const minutes = /^(\d+(?:[.,]\d+)?)\s*(m|min|mins|minutes)?$/.exec(text);
  if (minutes) {
    const value = parseNumber(minutes[1]!, { decimalComma: true });
    if (value !== undefined) return value;
  }
  const hoursMinutes = /^(\d+)\s*h(?:\s*(\d+)\s*(?:m|min)?)?$/.exec(text);
  if (hoursMinutes) return Number(hoursMinutes[1]) * 60 + Number(hoursMinutes[2] ?? 0);
  return reject(expected);
}

export interface Pace {
  minPerUnit: number;
  unit?: DistanceUnit;
}

/** Pace: `5:30`, `5:30/km`, `8:45 min/mi`, `5.5` (minutes per unit). */
export function parsePace(raw: string | number): Parsed<Pace> {
  const expected = 'a pace like 5:30, 5:30/km or 8:45 min/mi';
  if (typeof raw === 'number') return raw > 0 ? { minPerUnit: raw } : reject(expected);
  const match = /^(\d+(?::\d{1,2}(?:\.\d+)?)?(?:\.\d+)?)\s*(?:min)?\s*(?:\/\s*(km|mi|mile|k|m))?$/i.exec(raw.trim());
  if (!match) return reject(expected);
  const [, value, unitText] = match;
  const minPerUnit = value!.includes(':') ? parseClockMin(value!, 'min:sec') : Number(value);
  if (minPerUnit === undefined || !(minPerUnit > 0)) return reject(expected);
  const unitWord = unitText?.toLowerCase();
  const unit: DistanceUnit | undefined =
    unitWord === undefined ? undefined : unitWord === 'km' || unitWord === 'k' ? 'km' : 'mi';
  return unit ? { minPerUnit, unit } : { minPerUnit };
}

export interface DayAndTime {
  date: string;
  time?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A run's day: ISO `2025-03-04`, `2025-03-04T07:30`, `2025-03-04 07:30`, or any format the
 * user names with a date-fns pattern. Day/month order is never guessed.
 */
export function parseRunDate(raw: string | number, datePattern: string | undefined): Parsed<DayAndTime> {
  const text = String(raw).trim();
  if (datePattern) {
    const parsed = parseWithPattern(text, datePattern, new Date(2000, 0, 1));
    if (!isValid(parsed)) return reject(`a date in the format ${datePattern} (from --date-format)`);
    const hasTime = /[Hhkm]/.test(datePattern);
    return hasTime
      ? { date: formatDate(parsed, 'yyyy-MM-dd'), time: formatDate(parsed, 'HH:mm') }
      : { date: formatDate(parsed, 'yyyy-MM-dd') };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute] = iso;
    // Built from parts in local time so the calendar day is exactly the one written.
    const check = new Date(Number(year), Number(month) - 1, Number(day));
    // A day that does not exist (2025-02-30) rolls over into another month.
    if (!isValid(check) || check.getMonth() !== Number(month) - 1 || check.getDate() !== Number(day)) {
      return reject('a real calendar date (YYYY-MM-DD)');
    }
    if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return reject('a time of day 00:00–23:59');
    return hour !== undefined ? { date: `${year}-${month}-${day}`, time: `${hour}:${minute}` } : { date: `${year}-${month}-${day}` };
  }
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(text)) {
    return reject('an ISO date (YYYY-MM-DD); for day/month dates say which order with --date-format dd/MM/yyyy or MM/dd/yyyy');
  }
  return reject('an ISO date like 2025-03-04 or 2025-03-04 07:30 (other formats need --date-format)');
}

/** Distance unit words as written in a `unit` column or a YAML `units:` key. */
export function parseDistanceUnit(raw: string): DistanceUnit | undefined {
  const word = raw.trim().toLowerCase().replace(/\.$/, '');
  if (['km', 'kms', 'k', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].includes(word)) return 'km';
  if (['mi', 'mile', 'miles'].includes(word)) return 'mi';
  return undefined;
}
