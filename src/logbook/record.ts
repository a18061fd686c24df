// One new entry for a runner's own log (`hipcheck add`, `interview --save`), and how each of
// its values is written in the log's own style: distances in the log's unit, decimals with a
// comma where the log writes them so, dates in the log's date pattern, durations as a clock
// or as minutes as the column says.
import { format, parseISO } from 'date-fns';
import type { Field } from '../ingest/columns.js';
import type { DistanceUnit, SessionType } from '../model/log.js';
import { round } from '../util/numbers.js';
import { KM_PER_MILE } from '../util/units.js';

/** An entry to append. Values are already validated (the reader's own field readers). */
export interface LogRecord {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:mm, when the runner gave one. */
  time?: string;
  /** 0 for a pain record or a red flag on a day without a run. */
  distanceKm: number;
  durationMin?: number;
  terrain?: string;
  type?: SessionType;
  /** Pain during the run (for a pain record: the pain at that moment), 0–10. */
  pain?: number;
  painAfter?: number;
  painNextDay?: number;
  /** The red-flag sign in the runner's words (column `red_flag`). */
  redFlag?: string;
  /** A professional's clearance: who, and what they said (column `cleared`). */
  cleared?: string;
  notes?: string;
}

/** The record's values by the reader's field names, in the order a new YAML item lists them. */
export const RECORD_FIELDS: [Field, keyof LogRecord][] = [
  ['date', 'date'], ['distance', 'distanceKm'], ['duration', 'durationMin'], ['terrain', 'terrain'], ['type', 'type'],
  ['pain', 'pain'], ['pain_after', 'painAfter'], ['pain_next_day', 'painNextDay'], ['red_flag', 'redFlag'], ['cleared', 'cleared'], ['notes', 'notes'],
];

/** How the log writes its values, found from the log itself. */
export interface LogStyle {
  units: DistanceUnit;
  /** `5,2` rather than `5.2` (European spreadsheets with `;` or tab delimiters). */
  decimalComma: boolean;
  /** A date-fns pattern for the date (--date-format); ISO when absent. */
  datePattern?: string;
  /** The duration column holds plain minutes (`Duration (min)`), not a clock. */
  durationInMinutes?: boolean;
}

export function numberText(value: number, decimals: number, style: Pick<LogStyle, 'decimalComma'>): string {
  const text = String(round(value, decimals));
  return style.decimalComma ? text.replace('.', ',') : text;
}

/** The distance in the log's unit: 2 decimals are 10 m or 16 m, closer than any watch. */
export function distanceInUnits(distanceKm: number, units: DistanceUnit): number {
  return round(units === 'mi' ? distanceKm / KM_PER_MILE : distanceKm, 2);
}

/** `45:10` or `1:02:33`: the form every reader and spreadsheet takes for a moving time. */
export function clockText(durationMin: number): string {
  const totalSeconds = Math.round(durationMin * 60);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function dateText(record: LogRecord, style: Pick<LogStyle, 'datePattern'>): string {
  // A time is written ISO-style ("2025-03-04 07:30"), which the reader takes whatever the pattern.
  if (record.time) return `${record.date} ${record.time}`;
  return style.datePattern ? format(parseISO(record.date), style.datePattern) : record.date;
}

/** A value as text for a CSV cell, or undefined when the record does not have it. */
export function cellValue(record: LogRecord, field: Field, style: LogStyle): string | undefined {
  const key = RECORD_FIELDS.find(([name]) => name === field)?.[1];
  const value = key === undefined ? undefined : record[key];
  if (value === undefined) return undefined;
  if (field === 'date') return dateText(record, style);
  if (field === 'distance') return numberText(distanceInUnits(record.distanceKm, style.units), 2, style);
  if (field === 'duration') return style.durationInMinutes ? numberText(record.durationMin!, 1, style) : clockText(record.durationMin!);
  if (typeof value === 'number') return numberText(value, 1, style);
  return String(value);
}

/** A value for a YAML item: numbers stay numbers, durations are clock strings. */
export function yamlValue(record: LogRecord, field: Field, style: LogStyle): string | number | undefined {
  const key = RECORD_FIELDS.find(([name]) => name === field)?.[1];
  const value = key === undefined ? undefined : record[key];
  if (value === undefined) return undefined;
  if (field === 'date') return dateText(record, style);
  if (field === 'distance') return distanceInUnits(record.distanceKm, style.units);
  if (field === 'duration') return clockText(record.durationMin!);
  return typeof value === 'number' ? round(value, 1) : value;
}
