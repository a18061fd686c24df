// Everything the checks need, computed once: the entries in the period, daily and weekly
// load, and how to speak of distances in the runner's units. Pure: no clock, no disk.
// Only the recent window is laid out day by day; older days exist only where logged.
import { isRunning, type DistanceUnit, type Entry, type Log, type UnusableRow } from '../model/log.js';
import { KM_PER_MILE } from '../util/units.js';
import { round } from '../util/numbers.js';
import { addDaysTo, daysBetween, weekStartOf } from './calendar.js';
import { keepWhere } from '../util/arrays.js';

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
  /** The last RECENT_DAYS days up to as-of, one per day (fewer when the log is younger). */
  days: DayLoad[];
  /** The load of any day from firstDate to asOf (a rest day when nothing was logged); else undefined. */
  day: (date: string) => DayLoad | undefined;
  /** Days that have entries, by dayIndex: all a sum over days needs. */
  dayLoads: ReadonlyMap<number, DayLoad>;
  /** One per calendar week from firstDate's to asOf's, gaps included. */
  weeks: WeekLoad[];
  /** Rows left out of the analysis that carry notes (bad or future dates), for the red-flag check. */
  unusableRows: UnusableRow[];
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

/**
 * Days laid out one by one: the 28 days of the acute:chronic window, which covers every
 * "last N days" figure. Older days exist only where something was logged, so neither time
 * nor memory grows with the calendar span of a log (a typo'd 1900 entry costs nothing).
 */
export const RECENT_DAYS = 28;

const emptyDay = (date: string): DayLoad => ({ date, distanceKm: 0, runs: 0, durationMin: 0, longestRunKm: 0, isRest: true });

export function buildContext(log: Log, options: ContextOptions): AnalysisContext {
  const entries = keepWhere(log.entries, (entry) => entry.date <= options.asOf && (!options.since || entry.date >= options.since));
  const firstDate = options.since ?? entries[0]?.date ?? options.asOf;
  const dayIndexCache = new Map<string, number>();
  const dayIndex = (date: string) => {
    let index = dayIndexCache.get(date);
    if (index === undefined) dayIndexCache.set(date, (index = daysBetween(firstDate, date)));
    return index;
  };

  const dayLoads = new Map<number, DayLoad>();
  for (const entry of entries) {
    const index = dayIndex(entry.date);
    if (index < 0) continue;
    let day = dayLoads.get(index);
    if (!day) dayLoads.set(index, (day = emptyDay(entry.date)));
    if (entry.type !== 'rest') day.isRest = false;
    if (isRunning(entry)) {
      day.distanceKm += entry.distanceKm;
      day.runs += 1;
      day.durationMin += entry.durationMin ?? 0;
      day.longestRunKm = Math.max(day.longestRunKm, entry.distanceKm);
    }
  }
  const lastIndex = dayIndex(options.asOf);
  const day = (date: string) => {
    const index = dayIndex(date);
    return index < 0 || index > lastIndex ? undefined : dayLoads.get(index) ?? emptyDay(date);
  };
  const days: DayLoad[] = [];
  for (let i = Math.max(0, lastIndex - RECENT_DAYS + 1); i <= lastIndex; i++) days.push(dayLoads.get(i) ?? emptyDay(addDaysTo(firstDate, i)));

  const toUnits = options.units === 'mi' ? 1 / KM_PER_MILE : 1;
  return {
    asOf: options.asOf,
    firstDate,
    units: options.units,
    baselinePain: options.baselinePain,
    entries,
    runs: entries.filter(isRunning),
    days,
    day,
    dayLoads,
    weeks: buildWeeks(entries, dayLoads, firstDate, options.asOf, dayIndex),
    unusableRows: log.unusableRows,
    dayIndex,
    distance: (km) => `${(km * toUnits).toFixed(1)} ${options.units}`,
    inUnits: (km) => round(km * toUnits, 1),
  };
}

/** The weeks from firstDate's to asOf's; a week's days are laid out only when a rule asks. */
function buildWeeks(entries: Entry[], dayLoads: Map<number, DayLoad>, firstDate: string, asOf: string, dayIndex: (date: string) => number): WeekLoad[] {
  const weeks = new Map<string, WeekLoad>();
  if (firstDate > asOf) return [];
  const lastWeek = weekStartOf(asOf);
  for (let weekStart = weekStartOf(firstDate); weekStart <= lastWeek; weekStart = addDaysTo(weekStart, 7)) {
    const weekEnd = addDaysTo(weekStart, 6);
    const from = weekStart < firstDate ? firstDate : weekStart;
    const fromIndex = dayIndex(from);
    const dayCount = daysBetween(from, weekEnd > asOf ? asOf : weekEnd) + 1;
    let daily: DayLoad[] | undefined;
    weeks.set(weekStart, {
      weekStart, weekEnd, distanceKm: 0, runs: 0, restDays: dayCount, longestRunKm: 0, maxPain: null, averagePain: null,
      hours: 0, strengthSessions: 0, complete: weekStart >= firstDate && weekEnd <= asOf,
      get daily() {
        daily ??= Array.from({ length: dayCount }, (_, i) => dayLoads.get(fromIndex + i) ?? emptyDay(addDaysTo(from, i)));
        return daily;
      },
    });
  }
  for (const load of dayLoads.values()) if (!load.isRest) weeks.get(weekStartOf(load.date))!.restDays -= 1;
  const painSums = new Map<WeekLoad, { sum: number; count: number }>();
  for (const entry of entries) {
    const week = weeks.get(weekStartOf(entry.date));
    if (!week) continue;
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
  return [...weeks.values()];
}

/** The logged days among [from, to] (inclusive) that the context holds. */
function loggedDays(context: AnalysisContext, from: string, to: string): DayLoad[] {
  const found: DayLoad[] = [];
  const last = Math.min(context.dayIndex(context.asOf), context.dayIndex(to));
  for (let i = Math.max(0, context.dayIndex(from)); i <= last; i++) {
    const day = context.dayLoads.get(i);
    if (day) found.push(day);
  }
  return found;
}

/** Running distance of the days [from, to] (inclusive) that the context holds. */
export function distanceBetweenKm(context: AnalysisContext, from: string, to: string): number {
  return loggedDays(context, from, to).reduce((sum, day) => sum + day.distanceKm, 0);
}

/** Longest single run in the days [from, to] (inclusive). */
export function longestRunBetweenKm(context: AnalysisContext, from: string, to: string): number {
  return loggedDays(context, from, to).reduce((longest, day) => Math.max(longest, day.longestRunKm), 0);
}
