// Readers for single cell values, one per kind of column. Each returns the value or a
// `Rejection` saying what was expected, so the caller can report it with the cell's position.
// Runners type into spreadsheets what they think ("8.2km", "3/10", "n/a"); every form a
// reader accepts is listed in the README's "Reading a log".
import type { DistanceUnit } from '../model/log.js';
import { KM_PER_MILE, parseDistanceUnit } from '../util/units.js';


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

/** What runners write for "not recorded": the field is simply absent, never an error. */
const MISSING_MARKERS = new Set(['', 'n/a', 'na', 'n.a.', '-', '--', '---', '–', '—', '?']);

/** Not white space of any kind, so `trim` would leave it. */
const isPrintableAscii = (code: number) => code > 32 && code < 127;

export function isMissingMarker(text: string): boolean {
  // Most cells are numbers or words longer than any marker: those are answered without a copy.
  if (text.length > 4 && isPrintableAscii(text.charCodeAt(0)) && isPrintableAscii(text.charCodeAt(text.length - 1))) return false;
  const trimmed = text.trim();
  return trimmed.length <= 4 && MISSING_MARKERS.has(trimmed.toLowerCase());
}

/**
 * A plain decimal number, finite; thousands separators are not accepted (they are
 * ambiguous). A 400-digit "number" is not a number anyone ran.
 */
export function parseNumber(raw: string | number, style: NumberStyle): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  let text = raw.trim();
  if (style.decimalComma && /^[-+]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A number in [min, max], or a rejection naming the range. */
export function parseNumberIn(raw: string | number, style: NumberStyle, min: number, max: number, expected: string): Parsed<number> {
  const value = parseNumber(raw, style);
  return value === undefined || value < min || value > max ? reject(expected) : value;
}

/** A number followed by an optional unit word: `8.2km`, `5 mi`, `10 K`, `120 m`. */
function numberAndUnit(raw: string | number, style: NumberStyle): { value: number; unit?: string } | undefined {
  // Most cells are a plain number: read those without the unit pattern.
  const plain = parseNumber(raw, style);
  if (plain !== undefined || typeof raw === 'number') return plain === undefined ? undefined : { value: plain };
  const match = /^([-+]?[\d.,]+)\s*([a-z]+\.?)?$/i.exec(raw.trim());
  if (!match) return undefined;
  const value = parseNumber(match[1]!, style);
  if (value === undefined) return undefined;
  return match[2] ? { value, unit: match[2].toLowerCase().replace(/\.$/, '') } : { value };
}

/** Longest distance read as a run; beyond it the value is a typo or a unit mistake. */
export const MAX_DISTANCE_KM = 1000;
/** Below this, "5 m" is more likely miles than metres: refused rather than guessed. */
const SHORTEST_METRES = 100;

export interface CellDistance {
  km: number;
  /** The unit the cell itself named, when it named one. */
  cellUnit?: DistanceUnit | 'm';
}

/**
 * A distance cell: a number in the column's unit, or with its own unit (`8.2km`, `5 mi`,
 * `10 K`, `16.0 km`, `5000 m`; metres only from 100 m up, where `m` cannot mean miles).
 */
export function parseDistance(raw: string | number, columnUnit: DistanceUnit, style: NumberStyle): Parsed<CellDistance> {
  const expected = `a number ≥ 0 (${columnUnit}), optionally with a unit: 8.2 km, 5 mi, 400 m`;
  const read = numberAndUnit(raw, style);
  if (!read || read.value < 0) return reject(expected);
  let result: CellDistance;
  if (read.unit === undefined) result = { km: columnUnit === 'mi' ? read.value * KM_PER_MILE : read.value };
  else if (['m', 'metre', 'metres', 'meter', 'meters'].includes(read.unit)) {
    if (read.value < SHORTEST_METRES) return reject(`km or mi: "${read.value} m" could be metres or miles`);
    result = { km: read.value / 1000, cellUnit: 'm' };
  } else {
    const unit = parseDistanceUnit(read.unit);
    if (!unit) return reject(expected);
    result = { km: unit === 'mi' ? read.value * KM_PER_MILE : read.value, cellUnit: unit };
  }
  return result.km > MAX_DISTANCE_KM ? reject(`a distance up to ${MAX_DISTANCE_KM} km`) : result;
}

/** Longest moving time read: a 48-hour race; more is a typo. */
const MAX_DURATION_MIN = 48 * 60;

/** Clock text `mm:ss` or `h:mm:ss` (seconds may have decimals) → minutes. */
function parseClockMin(text: string): number | undefined {
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3) return undefined;
  if (!parts.every((part, i) => (i === parts.length - 1 ? /^\d+(\.\d+)?$/ : /^\d+$/).test(part))) return undefined;
  const numbers = parts.map(Number) as number[];
  if (numbers.slice(1).some((n) => n >= 60)) return undefined;
  return numbers.length === 3 ? numbers[0]! * 60 + numbers[1]! + numbers[2]! / 60 : numbers[0]! + numbers[1]! / 60;
}

const DURATION_WORDS = /^(?:(\d+(?:[.,]\d+)?)\s*(?:hours|hour|hrs|hr|h)\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:minutes|minute|mins|min|m)?\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:seconds|second|secs|sec|s))?$/;

/** Most duration cells are plain minutes (`62`, `24.9`): read without the clock and word patterns. */
const PLAIN_MINUTES = /^\d+(\.\d+)?$/;

/** Moving time: `45:10`, `1:02:33`, `62 min`, `62` (minutes), `1h 02m`, `1 hr 5 min`, `45m 30s`. */
export function parseDurationMin(raw: string | number): Parsed<number> {
  const expected = 'a duration like 45:10, 1:02:33, 62 min or 62, up to 48 hours';
  let minutes: number | undefined;
  if (typeof raw === 'number') minutes = raw;
  else if (PLAIN_MINUTES.test(raw)) minutes = Number(raw);
  else {
    const text = raw.trim().toLowerCase();
    minutes = parseClockMin(text);
    const words = minutes === undefined && text !== '' ? DURATION_WORDS.exec(text) : null;
    if (words && (words[1] ?? words[2] ?? words[3]) !== undefined) {
      const part = (group: string | undefined) => (group === undefined ? 0 : Number(group.replace(',', '.')));
      // "1h05" has no unit after the minutes; "62" alone is minutes.
      minutes = part(words[1]) * 60 + part(words[2]) + part(words[3]) / 60;
    }
  }
  return minutes === undefined || !Number.isFinite(minutes) || minutes < 0 || minutes > MAX_DURATION_MIN ? reject(expected) : minutes;
}

export interface Pace {
  minPerUnit: number;
  unit?: DistanceUnit;
}

/** Pace: `5:30`, `5:30/km`, `8:45 min/mi`, `5.5` (minutes per unit). */
export function parsePace(raw: string | number): Parsed<Pace> {
  const expected = 'a pace like 5:30, 5:30/km or 8:45 min/mi';
  if (typeof raw === 'number') return raw > 0 && Number.isFinite(raw) ? { minPerUnit: raw } : reject(expected);
  const match = /^(\d+(?::\d{1,2}(?:\.\d+)?)?(?:\.\d+)?)\s*(?:min)?\s*(?:\/\s*(km|mi|mile|k|m))?$/i.exec(raw.trim());
  if (!match) return reject(expected);
  const [, value, unitText] = match;
  const minPerUnit = value!.includes(':') ? parseClockMin(value!) : Number(value);
  if (minPerUnit === undefined || !(minPerUnit > 0) || !Number.isFinite(minPerUnit)) return reject(expected);
  const unitWord = unitText?.toLowerCase();
  const unit: DistanceUnit | undefined =
    unitWord === undefined ? undefined : unitWord === 'km' || unitWord === 'k' ? 'km' : 'mi';
  return unit ? { minPerUnit, unit } : { minPerUnit };
}

/** Words that mean "no pain" in a pain column. */
const NO_PAIN = new Set(['none', 'no', 'nil', 'zero', 'pain free', 'pain-free', 'painfree']);

/** A pain score 0–10: `3`, `3.5`, `3/10`, `3 / 10`, `0/10`; `none` and `no` are 0. */
export function parsePain(raw: string | number, style: NumberStyle): Parsed<number> {
  const expected = 'a pain score from 0 to 10 (3, 3.5, 3/10, none)';
  const plain = parseNumber(raw, style);
  if (plain !== undefined) return plain >= 0 && plain <= 10 ? plain : reject(expected);
  if (typeof raw === 'string') {
    const text = raw.trim().toLowerCase();
    if (NO_PAIN.has(text)) return 0;
    const outOfTen = /^(.+?)\s*(?:\/|out of)\s*10$/.exec(text);
    if (outOfTen) return parseNumberIn(outOfTen[1]!, style, 0, 10, expected);
  }
  return parseNumberIn(raw, style, 0, 10, expected);
}

/** The top of the pain scale: a higher score ("12/10", "11", "10+") is read as this, never dropped. */
export const TOP_OF_PAIN_SCALE = 10;

export interface PainScore {
  value: number;
  /** What was written when it was above the scale and read as 10. */
  overScale?: string;
}

/**
 * A pain score in a log: as parsePain, and also a score above the scale ("12/10", "11", "10+",
 * "55"), read as 10/10 — the top of the scale — so a high pain is never silently dropped. The
 * caller warns at the cell. "N+" is read as N.
 */
export function parsePainScore(raw: string | number, style: NumberStyle): Parsed<PainScore> {
  const strict = parsePain(raw, style);
  if (!isRejection(strict)) return { value: strict };
  const text = String(raw).trim().toLowerCase();
  const match = /^(\d+(?:[.,]\d+)?)\s*\+?\s*(?:(?:\/|out of)\s*10)?$/.exec(text);
  const value = match ? parseNumber(match[1]!, { decimalComma: true }) : undefined;
  if (value === undefined || value < 0) return strict;
  return value > TOP_OF_PAIN_SCALE ? { value: TOP_OF_PAIN_SCALE, overScale: String(raw).trim() } : { value };
}

/** A number with an optional unit from a short list (`172 spm`, `120 m`, `400 ft`, `7/10`). */
export function parseMeasure(raw: string | number, style: NumberStyle, units: readonly string[], expected: string): Parsed<{ value: number; unit?: string }> {
  const outOfTen = typeof raw === 'string' && units.includes('/10') ? /^(.+?)\s*\/\s*10$/.exec(raw.trim()) : null;
  if (outOfTen) {
    const value = parseNumber(outOfTen[1]!, style);
    return value === undefined ? reject(expected) : { value };
  }
  const read = numberAndUnit(raw, style);
  if (!read || (read.unit !== undefined && !units.includes(read.unit))) return reject(expected);
  return read;
}
