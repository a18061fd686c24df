// Everything the checks need, computed once: the entries in the period, daily and weekly
// load, and how to speak of distances in the runner's units. Pure: no clock, no disk.
import { isRunning, type DistanceUnit, type Entry, type Log } from '../model/log.js';
import { KM_PER_MILE } from '../util/units.js';
import { round } from '../util/numbers.js';
import { addDaysTo, daysBetween, weekStartOf } from './calendar.js';

export interface DayLoad {
  date: string;
  distanceKm: number;
  runs: number;
  durationMin: number;
  longestRunKm: number;
  /** No entry, or only entries of type rest. */
  isRest: boolean;
}

export interface WeekLoad {
  weekStart: string;
  weekEnd: string;
  distanceKm: number;
  runs: number;
  restDays: number;
  longestRunKm: number;
  maxPain: number | null;
  averagePain: number | null;
  hours: number;
  strengthSessions: number;
  /** The log covers every day of the week (from its first entry up to as-of). */
  complete: boolean;
  daily: DayLoad[];
}

export interface AnalysisContext {
  asOf: string;
  /** First day of the period analysed (the first entry, or --since). */
  firstDate: string;
  units: DistanceUnit;
  baselinePain: number;
  /** Entries from firstDate to asOf, in date order. */
  entries: Entry[];
  /** Running entries only. */
  runs: Entry[];
  days: DayLoad[];
  weeks: WeekLoad[];
  /** Day number of a date counted from firstDate (0 = firstDate). */
  dayIndex: (date: string) => number;
  /** "12.0 km" or "7.5 mi". */
  distance: (km: number) => string;
  /** A distance in the runner's units, rounded to 0.1. */
  inUnits: (km: number) => number;
}

export interface ContextOptions {
  asOf: string;
  since?: string;
  baselinePain: number;
  units: DistanceUnit;
}

export function buildContext(log: Log, options: ContextOptions): AnalysisContext {
  const entries = log.entries.filter((entry) => entry.date <= options.asOf && (!options.since || entry.date >= options.since));
  const firstDate = options.since ?? entries[0]?.date ?? options.asOf;
  const dayIndexCache = new Map<string, number>();
  const dayIndex = (date: string) => {
    let index = dayIndexCache.get(date);
    if (index === undefined) dayIndexCache.set(date, (index = daysBetween(firstDate, date)));
    return index;
  };

  const dayCount = Math.max(0, dayIndex(options.asOf) + 1);
  const days: DayLoad[] = [];
  for (let i = 0; i < dayCount; i++) days.push({ date: addDaysTo(firstDate, i), distanceKm: 0, runs: 0, durationMin: 0, longestRunKm: 0, isRest: true });
  for (const entry of entries) {
    const day = days[dayIndex(entry.date)];
    if (!day) continue;
    if (entry.type !== 'rest') day.isRest = false;
    if (isRunning(entry)) {
      day.distanceKm += entry.distanceKm;
      day.runs += 1;
      day.durationMin += entry.durationMin ?? 0;
      day.longestRunKm = Math.max(day.longestRunKm, entry.distanceKm);
    }
  }

  const toUnits = options.units === 'mi' ? 1 / KM_PER_MILE : 1;
  return {
    asOf: options.asOf,
    firstDate,
    units: options.units,
    baselinePain: options.baselinePain,
    entries,
    runs: entries.filter(isRunning),
    days,
    weeks: buildWeeks(entries, days, firstDate, options.asOf),
    dayIndex,
    distance: (km) => `${(km * toUnits).toFixed(1)} ${options.units}`,
    inUnits: (km) => round(km * toUnits, 1),
  };
}

function buildWeeks(entries: Entry[], days: DayLoad[], firstDate: string, asOf: string): WeekLoad[] {
  const weeks = new Map<string, WeekLoad>();
  const weekOf = (date: string) => {
    const weekStart = weekStartOf(date);
    let week = weeks.get(weekStart);
    if (!week) {
      const weekEnd = addDaysTo(weekStart, 6);
      week = {
        weekStart, weekEnd, distanceKm: 0, runs: 0, restDays: 0, longestRunKm: 0, maxPain: null, averagePain: null,
        hours: 0, strengthSessions: 0, complete: weekStart >= firstDate && weekEnd <= asOf, daily: [],
      };
      weeks.set(weekStart, week);
    }
    return week;
  };
  for (const day of days) {
    const week = weekOf(day.date);
    week.daily.push(day);
    if (day.isRest) week.restDays += 1;
  }
  const painSums = new Map<WeekLoad, { sum: number; count: number }>();
  for (const entry of entries) {
    const week = weekOf(entry.date);
    if (entry.type === 'strength') week.strengthSessions += 1;
    if (!isRunning(entry)) continue;
    week.distanceKm += entry.distanceKm;
    week.runs += 1;
    week.longestRunKm = Math.max(week.longestRunKm, entry.distanceKm);
    week.hours += (entry.durationMin ?? 0) / 60;
    if (entry.pain !== undefined) {
      week.maxPain = Math.max(week.maxPain ?? 0, entry.pain);
      const sums = painSums.get(week) ?? { sum: 0, count: 0 };
      sums.sum += entry.pain;
      sums.count += 1;
      painSums.set(week, sums);
    }
  }
  for (const [week, { sum, count }] of painSums) week.averagePain = sum / count;
  return [...weeks.values()].sort((a, b) => (a.weekStart < b.weekStart ? -1 : 1));
}

/** Running distance of the days [from, to] (inclusive) that the context holds. */
export function distanceBetweenKm(context: AnalysisContext, from: string, to: string): number {
  let sum = 0;
  for (let i = Math.max(0, context.dayIndex(from)); i <= Math.min(context.days.length - 1, context.dayIndex(to)); i++) sum += context.days[i]!.distanceKm;
  return sum;
}

/** Longest single run in the days [from, to] (inclusive). */
export function longestRunBetweenKm(context: AnalysisContext, from: string, to: string): number {
  let longest = 0;
  for (let i = Math.max(0, context.dayIndex(from)); i <= Math.min(context.days.length - 1, context.dayIndex(to)); i++) longest = Math.max(longest, context.days[i]!.longestRunKm);
  return longest;
}
