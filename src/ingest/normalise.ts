// Turns raw rows into entries: units to km and minutes, pace and duration derived from each
// other, values checked against their ranges. A bad value skips its row with a message.
import { formatPace } from '../util/units.js';
import { round } from '../util/numbers.js';
import { KNOWN_TERRAINS, SESSION_TYPES, type DistanceUnit, type Entry, type InputProblem, type SessionType } from '../model/log.js';
import type { Field } from './columns.js';
import { cellText, type RawCell, type RawRow } from './rawRow.js';
import { isRejection, METRES_PER_FOOT, parseDistanceUnit, parseDurationMin, parseNumber, parsePace, parseRunDate, type NumberStyle } from './values.js';
import { KM_PER_MILE } from '../util/units.js';

export interface NormaliseOptions {
  file: string;
  /** Distance unit when neither the row nor the header says. */
  defaultUnits: DistanceUnit;
  datePattern?: string;
  numberStyle: NumberStyle;
  /** Pain-diary rows: no distance, and each is a pain record on a day without a run. */
  diary?: boolean;
}

/** Paces beyond these are not running: a typo or a wrong unit. */
const FASTEST_POSSIBLE_MIN_PER_KM = 1.5;
const SLOWEST_PLAUSIBLE_MIN_PER_KM = 60;
/** Paces faster than this are possible only for elites: kept, with a warning. */
const FASTEST_PLAUSIBLE_MIN_PER_KM = 2.5;
const LONGEST_PLAUSIBLE_KM = 100;

const TYPE_ALIASES: Record<string, SessionType> = {
  interval: 'intervals', 'long run': 'long', longrun: 'long', 'easy run': 'easy', 'recovery run': 'recovery',
  'cross-training': 'cross', 'cross training': 'cross', crosstraining: 'cross', xt: 'cross',
  gym: 'strength', weights: 'strength', 'strength training': 'strength', 'rest day': 'rest', off: 'rest',
  threshold: 'tempo', 'hill repeats': 'hills', speed: 'intervals', 'speed work': 'intervals', track: 'intervals',
};

export type RowResult = { entry: Entry; problems: InputProblem[] } | { entry: undefined; problems: InputProblem[] };

export function normaliseRow(row: RawRow, options: NormaliseOptions): RowResult {
  const problems: InputProblem[] = [];
  let fatal = false;
  const report = (cell: RawCell, message: string, expected: string, severity: 'error' | 'warning' = 'error') => {
    problems.push({
      file: options.file, line: cell.line, col: cell.col, severity,
      message: severity === 'error' ? `${message}; row skipped` : message,
      got: JSON.stringify(cellText(cell)), expected,
    });
    if (severity === 'error') fatal = true;
  };
  const present = (field: Field): RawCell | undefined => {
    const cell = row.cells[field];
    return cell && cellText(cell) !== '' ? cell : undefined;
  };
  const number = (field: Field, min: number, max: number, expected: string): number | undefined => {
    const cell = present(field);
    if (!cell) return undefined;
    const value = parseNumber(cell.value as string | number, options.numberStyle);
    if (value === undefined || value < min || value > max) {
      report(cell, `${cell.header}: not ${expected}`, expected);
      return undefined;
    }
    return value;
  };

  // Date
  const dateCell = present('date');
  if (!dateCell) {
    problems.push({ file: options.file, line: row.line, severity: 'error', message: 'date is missing; row skipped', expected: 'a date such as 2025-03-04' });
    return { entry: undefined, problems };
  }
  const when = parseRunDate(dateCell.value as string | number, options.datePattern);
  if (isRejection(when)) {
    report(dateCell, `${dateCell.header}: not a date hipcheck can read`, when.expected);
    return { entry: undefined, problems };
  }

  // Type first: rest, strength and cross-training entries need no distance.
  let type: SessionType | undefined;
  const typeCell = present('type');
  if (typeCell) {
    const word = cellText(typeCell).toLowerCase();
    type = (SESSION_TYPES as readonly string[]).includes(word) ? (word as SessionType) : TYPE_ALIASES[word];
    if (!type) report(typeCell, `${typeCell.header}: unknown session type, counted as a run`, SESSION_TYPES.join(', '), 'warning');
  }
  if (options.diary) type = 'rest';
  const needsDistance = type === undefined || !['rest', 'strength', 'cross'].includes(type);

  // Unit: the row's own unit column, else the header's, else the log's.
  const unitCell = present('unit');
  let rowUnit: DistanceUnit | undefined;
  if (unitCell) {
    rowUnit = parseDistanceUnit(cellText(unitCell));
    if (!rowUnit) report(unitCell, `${unitCell.header}: unknown distance unit`, 'km or mi');
  }
  const distanceCell = present('distance');
  const distanceUnit: DistanceUnit = rowUnit ?? (distanceCell?.unit === 'mi' ? 'mi' : distanceCell?.unit === 'km' ? 'km' : options.defaultUnits);
  const toKm = distanceUnit === 'mi' ? KM_PER_MILE : 1;

  let distanceKm: number | undefined;
  if (distanceCell) {
    const value = parseNumber(distanceCell.value as string | number, options.numberStyle);
    if (value === undefined || value < 0) report(distanceCell, `${distanceCell.header}: not a distance`, `a number ≥ 0 (${distanceUnit})`);
    else distanceKm = value * toKm;
  } else if (needsDistance) {
    const at = row.cells.distance ?? dateCell;
    problems.push({ file: options.file, line: row.line, col: row.cells.distance ? at.col : undefined, severity: 'error', message: 'distance is missing; row skipped', expected: `a number ≥ 0 (${distanceUnit})` });
    fatal = true;
  }

  let durationMin: number | undefined;
  const durationCell = present('duration');
  if (durationCell) {
    const value = parseDurationMin(durationCell.value as string | number);
    if (isRejection(value)) report(durationCell, `${durationCell.header}: not a duration`, value.expected);
    else durationMin = value;
  }

  let paceMinPerKm: number | undefined;
  const paceCell = present('pace');
  if (paceCell) {
    const pace = parsePace(paceCell.value as string | number);
    if (isRejection(pace)) report(paceCell, `${paceCell.header}: not a pace`, pace.expected);
    else {
      const paceUnit = pace.unit ?? (paceCell.unit === 'mi' || paceCell.unit === 'km' ? paceCell.unit : distanceUnit);
      paceMinPerKm = paceUnit === 'mi' ? pace.minPerUnit / KM_PER_MILE : pace.minPerUnit;
    }
  }

  const painExpected = 'a number from 0 to 10';
  const pain = number('pain', 0, 10, painExpected);
  const painAfter = number('pain_after', 0, 10, painExpected);
  const painNextDay = number('pain_next_day', 0, 10, painExpected);
  const painStart = number('pain_start', 0, 10, painExpected);
  const painEnd = number('pain_end', 0, 10, painExpected);
  const cadenceSpm = number('cadence', 1, 400, 'steps per minute (a number from 1 to 400)');
  const effort = number('effort', 1, 10, 'a perceived exertion from 1 to 10');
  let elevationGainM = number('elevation_gain', 0, 100000, 'a climb in metres (a number ≥ 0)');
  if (elevationGainM !== undefined && row.cells.elevation_gain?.unit === 'ft') elevationGainM *= METRES_PER_FOOT;

  if (fatal) return { entry: undefined, problems };

  // Whichever of pace and duration is missing follows from the other and the distance.
  if (distanceKm !== undefined && distanceKm > 0) {
    if (paceMinPerKm === undefined && durationMin !== undefined && durationMin > 0) paceMinPerKm = durationMin / distanceKm;
    if (durationMin === undefined && paceMinPerKm !== undefined) durationMin = paceMinPerKm * distanceKm;
  }
  const at = paceCell ?? durationCell ?? distanceCell ?? dateCell;
  if (needsDistance && paceMinPerKm !== undefined && (paceMinPerKm < FASTEST_POSSIBLE_MIN_PER_KM || paceMinPerKm > SLOWEST_PLAUSIBLE_MIN_PER_KM)) {
    problems.push({
      file: options.file, line: at.line, col: at.col, severity: 'error', message: 'impossible pace for a run; row skipped',
      got: `${formatPace(paceMinPerKm)}/km`, expected: `a pace between ${formatPace(FASTEST_POSSIBLE_MIN_PER_KM)} and ${formatPace(SLOWEST_PLAUSIBLE_MIN_PER_KM)} per km (check the distance unit)`,
    });
    return { entry: undefined, problems };
  }
  if (needsDistance && paceMinPerKm !== undefined && paceMinPerKm < FASTEST_PLAUSIBLE_MIN_PER_KM) {
    problems.push({ file: options.file, line: at.line, col: at.col, severity: 'warning', message: 'pace faster than 2:30/km; kept, but check it', got: `${formatPace(paceMinPerKm)}/km` });
  }
  if (distanceKm !== undefined && distanceKm > LONGEST_PLAUSIBLE_KM) {
    const cell = distanceCell ?? dateCell;
    problems.push({ file: options.file, line: cell.line, col: cell.col, severity: 'warning', message: 'a run over 100 km; kept, but check the distance and its unit', got: `${round(distanceKm, 1)} km` });
  }

  let terrain: string | undefined;
  const terrainCell = present('terrain');
  if (terrainCell) {
    terrain = cellText(terrainCell).toLowerCase();
    if (!(KNOWN_TERRAINS as readonly string[]).includes(terrain)) {
      report(terrainCell, `${terrainCell.header}: unknown terrain, kept as written`, KNOWN_TERRAINS.join(', '), 'warning');
    }
  }

  const entry: Entry = { date: when.date, distanceKm: distanceKm ?? 0, line: row.line };
  if (when.time !== undefined) entry.time = when.time;
  if (durationMin !== undefined) entry.durationMin = durationMin;
  if (paceMinPerKm !== undefined) entry.paceMinPerKm = paceMinPerKm;
  if (terrain !== undefined) entry.terrain = terrain;
  if (type !== undefined) entry.type = type;
  if (pain !== undefined) entry.pain = pain;
  if (painAfter !== undefined) entry.painAfter = painAfter;
  if (painNextDay !== undefined) entry.painNextDay = painNextDay;
  if (painStart !== undefined) entry.painStart = painStart;
  if (painEnd !== undefined) entry.painEnd = painEnd;
  if (elevationGainM !== undefined) entry.elevationGainM = elevationGainM;
  if (cadenceSpm !== undefined) entry.cadenceSpm = cadenceSpm;
  if (effort !== undefined) entry.effort = effort;
  const shoes = present('shoes');
  if (shoes) entry.shoes = cellText(shoes);
  const notes = present('notes');
  if (notes) entry.notes = cellText(notes);
  // Read as written; the red-flag check decides what "yes", "no" or a sign's name means.
  const redFlag = present('red_flag');
  if (redFlag) entry.redFlag = cellText(redFlag);
  const cleared = present('cleared');
  if (cleared) entry.cleared = cellText(cleared);
  return { entry, problems };
}

