// Turns raw rows into entries: units to km and minutes, pace and duration derived from each
// other, values checked against their ranges. Only a bad date or distance skips a row; a bad
// optional value costs that value (a warning, counted as dropped), never the run.
import { DISTANCE_UNIT_WORDS, formatPace, KM_PER_MILE, parseDistanceUnit } from '../util/units.js';
import { round } from '../util/numbers.js';
import { KNOWN_TERRAINS, NON_RUNNING_TYPES, SESSION_TYPES, type DistanceUnit, type Entry, type InputProblem, type SessionType, type UnusableRow } from '../model/log.js';
import type { Field } from './columns.js';
import { DATE_RANGE_EXPECTED, parseRunDate } from './dates.js';
import { isInterviewRecord, painFromNote, type NotePainField } from './painNotes.js';
import { cellText, type RawCell, type RawRow } from './rawRow.js';
import { readClearance } from './clearance.js';
import {
  isMissingMarker, isRejection, reject, METRES_PER_FOOT, parseDistance, parseDurationMin, parseMeasure, parsePace, parsePainScore,
  type NumberStyle, type Parsed,
} from './values.js';

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

/** Each type by its own name, so every entry shares the one string. */
const SESSION_TYPE_NAMED = new Map<string, SessionType>(SESSION_TYPES.map((type) => [type, type]));

const PAIN_FIELDS: [Field, NotePainField][] = [
  ['pain', 'pain'], ['pain_after', 'painAfter'], ['pain_next_day', 'painNextDay'], ['pain_start', 'painStart'], ['pain_end', 'painEnd'],
];

export interface RowResult {
  /** None when the row was skipped (bad date or distance). */
  entry?: Entry;
  problems: InputProblem[];
  /** Optional values that were unreadable and left out of the entry. */
  droppedFields: number;
  /** A skipped row's notes, kept for the red-flag check. */
  unusable?: UnusableRow;
}

export function normaliseRow(row: RawRow, options: NormaliseOptions): RowResult {
  const problems: InputProblem[] = [];
  let droppedFields = 0;
  const problem = (cell: RawCell, severity: 'error' | 'warning', message: string, expected?: string, got = JSON.stringify(cellText(cell))) => {
    problems.push({ file: options.file, line: cell.line, col: cell.col, severity, message, got, ...(expected ? { expected } : {}) });
  };
  const drop = (cell: RawCell, what: string, expected: string) => {
    problem(cell, 'warning', `${cell.header}: not ${what}; value dropped, the run kept`, expected);
    droppedFields += 1;
  };
  const present = (field: Field): RawCell | undefined => {
    const cell = row.cells[field];
    return cell && !isMissingMarker(cellText(cell)) ? cell : undefined;
  };
  const optional = <T>(field: Field, what: string, read: (value: string | number, style: NumberStyle) => Parsed<T>): T | undefined => {
    const cell = present(field);
    if (!cell) return undefined;
    const value = read(cell.value as string | number, options.numberStyle);
    if (!isRejection(value)) return value;
    drop(cell, what, value.expected);
    return undefined;
  };
  const notesCell = present('notes');
  // Every note column, the first one's cell for positions; a second one ("Symptoms") is part of the note.
  const noteText = [notesCell, ...(row.moreNotes ?? [])].filter((cell): cell is RawCell => cell !== undefined && !isMissingMarker(cellText(cell))).map(cellText).join('; ');
  const otherText = row.otherText?.filter((cell) => !isMissingMarker(cellText(cell))) ?? [];
  // A row left out for any reason keeps all its text: a red flag written there is never lost.
  const skip = (message: string, cell: RawCell | undefined, expected: string, date?: string): RowResult => {
    problems.push({
      file: options.file, line: cell?.line ?? row.line, ...(cell ? { col: cell.col, got: JSON.stringify(cellText(cell)) } : {}),
      severity: 'error', message: `${message}; row skipped`, expected,
    });
    const text = [noteText, ...otherText.map(cellText)].filter((part) => part !== '').join('; ');
    const unusable: UnusableRow | undefined = text !== '' ? { line: row.line, notes: text, reason: message, ...(date ? { date } : {}) } : undefined;
    return unusable ? { problems, droppedFields, unusable } : { problems, droppedFields };
  };

  // Date
  const dateCell = present('date');
  if (!dateCell) return skip('date is missing', row.cells.date, 'a date such as 2025-03-04');
  const when = parseRunDate(dateCell.value as string | number, options.datePattern);
  if (isRejection(when)) {
    const outOfRange = when.expected === DATE_RANGE_EXPECTED;
    return skip(`${dateCell.header}: ${outOfRange ? 'a year no log can be about (a typo?)' : 'not a date hipcheck can read'}`, dateCell, when.expected);
  }

  // Type first: rest, strength and cross-training entries need no distance.
  let type: SessionType | undefined;
  const typeCell = present('type');
  if (typeCell) {
    const word = cellText(typeCell).toLowerCase();
    type = SESSION_TYPE_NAMED.get(word) ?? TYPE_ALIASES[word];
    if (!type) {
      problem(typeCell, 'warning', `${typeCell.header}: unknown session type; value dropped, counted as a run`, SESSION_TYPES.join(', '));
      droppedFields += 1;
    }
  }
  if (options.diary) type = 'rest';
  let running = type === undefined || !NON_RUNNING_TYPES.has(type);

  // Distance, in the row's unit column's unit, else the header's, else the log's; a cell may name its own.
  const unitCell = present('unit');
  let rowUnit: DistanceUnit | undefined;
  if (unitCell) {
    rowUnit = parseDistanceUnit(cellText(unitCell));
    if (!rowUnit) return skip(`${unitCell.header}: unknown distance unit, so the distance cannot be read`, unitCell, DISTANCE_UNIT_WORDS, when.date);
  }
  const distanceCell = present('distance');
  const headerUnit = distanceCell?.unit === 'mi' || distanceCell?.unit === 'km' ? distanceCell.unit : undefined;
  const columnUnit: DistanceUnit = rowUnit ?? headerUnit ?? options.defaultUnits;
  let distanceKm = 0;
  if (distanceCell) {
    const distance = parseDistance(distanceCell.value as string | number, columnUnit, options.numberStyle);
    if (isRejection(distance)) return skip(`${distanceCell.header}: not a distance`, distanceCell, distance.expected, when.date);
    distanceKm = distance.km;
    if (distance.cellUnit !== undefined && distance.cellUnit !== columnUnit) {
      problem(distanceCell, 'warning', `${distanceCell.header}: the cell names its own unit; read as ${round(distanceKm, 2)} km`, undefined);
    }
  } else if (running) {
    return skip('distance is missing', row.cells.distance, `a number ≥ 0 (${columnUnit})`, when.date);
  }
  // A day logged at 0 distance, with no time and no session type, is a day without a run: the way
  // a log with no type column keeps a rest day's pain or a red flag (`add --morning`, `interview
  // --save`). Its pain is the day's pain, not pain during a run.
  if (running && !typeCell && distanceCell && distanceKm === 0 && !present('duration') && !present('pace')) {
    type = 'rest';
    running = false;
  }

  let durationMin = optional('duration', 'a duration', parseDurationMin);
  const paceCell = present('pace');
  const pace = optional('pace', 'a pace', parsePace);
  const paceUnit = pace?.unit ?? (paceCell?.unit === 'mi' || paceCell?.unit === 'km' ? paceCell.unit : columnUnit);
  let paceMinPerKm = pace && (paceUnit === 'mi' ? pace.minPerUnit / KM_PER_MILE : pace.minPerUnit);
  const entry: Entry = { date: when.date, distanceKm, line: row.line };
  if (when.time !== undefined) entry.time = when.time;
  if (type !== undefined) entry.type = type;
  for (const [field, key] of PAIN_FIELDS) {
    const score = optional(field, 'a pain score', parsePainScore);
    if (score === undefined) continue;
    entry[key] = score.value;
    // Never a high pain dropped: "12/10" is the top of the scale.
    if (score.overScale !== undefined) problem(row.cells[field]!, 'warning', `${row.cells[field]!.header}: above the 0–10 pain scale; read as 10/10, the top of the scale`, 'a pain score from 0 to 10');
  }
  const cadence = optional('cadence', 'a cadence', readCadence);
  if (cadence !== undefined) entry.cadenceSpm = cadence.value;
  const effort = optional('effort', 'a perceived exertion', readEffort);
  if (effort !== undefined) entry.effort = effort.value;
  const climb = optional('elevation_gain', 'a climb', readClimb);
  if (climb !== undefined) {
    const inFeet = climb.unit === undefined ? row.cells.elevation_gain?.unit === 'ft' : climb.unit === 'ft' || climb.unit === 'feet';
    entry.elevationGainM = inFeet ? climb.value * METRES_PER_FOOT : climb.value;
  }

  // Whichever of pace and duration is missing follows from the other and the distance; a
  // pace no one can run means one of them is wrong, and those values (not the run) are dropped.
  const impossible = (minPerKm: number) => minPerKm < FASTEST_POSSIBLE_MIN_PER_KM || minPerKm > SLOWEST_PLAUSIBLE_MIN_PER_KM;
  const refuse = (cell: RawCell, minPerKm: number, dropped: string) => {
    problem(cell, 'warning', `impossible pace for a run; ${dropped} dropped, the run kept (check the distance and its unit)`,
      `a pace between ${formatPace(FASTEST_POSSIBLE_MIN_PER_KM)} and ${formatPace(SLOWEST_PLAUSIBLE_MIN_PER_KM)} per km`, `${formatPace(minPerKm)}/km`);
    droppedFields += 1;
  };
  if (running && distanceKm > 0) {
    if (paceMinPerKm !== undefined && impossible(paceMinPerKm)) {
      refuse(paceCell!, paceMinPerKm, 'the pace');
      paceMinPerKm = undefined;
    }
    const durationCell = present('duration');
    if (paceMinPerKm === undefined && durationMin !== undefined && durationMin > 0) {
      if (impossible(durationMin / distanceKm)) {
        refuse(durationCell!, durationMin / distanceKm, 'the duration');
        durationMin = undefined;
      } else paceMinPerKm = durationMin / distanceKm;
    }
    if (durationMin === undefined && paceMinPerKm !== undefined) durationMin = paceMinPerKm * distanceKm;
    if (paceMinPerKm !== undefined && paceMinPerKm < FASTEST_PLAUSIBLE_MIN_PER_KM) {
      problem(paceCell ?? durationCell ?? distanceCell!, 'warning', 'pace faster than 2:30/km; kept, but check it', undefined, `${formatPace(paceMinPerKm)}/km`);
    }
  }
  if (distanceKm > LONGEST_PLAUSIBLE_KM) {
    problem(distanceCell ?? dateCell, 'warning', 'a run over 100 km; kept, but check the distance and its unit', undefined, `${round(distanceKm, 1)} km`);
  }
  if (durationMin !== undefined) entry.durationMin = durationMin;
  if (paceMinPerKm !== undefined) entry.paceMinPerKm = paceMinPerKm;

  const terrainCell = present('terrain');
  if (terrainCell) {
    entry.terrain = cellText(terrainCell).toLowerCase();
    if (!(KNOWN_TERRAINS as readonly string[]).includes(entry.terrain)) {
      problem(terrainCell, 'warning', `${terrainCell.header}: unknown terrain, kept as written`, KNOWN_TERRAINS.join(', '));
    }
  }
  const shoes = present('shoes');
  if (shoes) entry.shoes = cellText(shoes);
  if (noteText !== '') {
    entry.notes = noteText;
    const at = notesCell ?? row.moreNotes!.find((cell) => !isMissingMarker(cellText(cell)))!;
    if (!options.diary && (running || type === 'rest')) problems.push(...painFromNotes(entry, at, options.file));
  }
  if (otherText.length > 0) entry.otherText = Object.fromEntries(otherText.map((cell) => [cell.header, cellText(cell)]));
  // Read as written; the red-flag check decides what "yes", "no" or a sign's name means.
  const redFlag = present('red_flag');
  if (redFlag) entry.redFlag = cellText(redFlag);
  // Only a positive, present clearance by a professional ends a red flag; anything else is said.
  const cleared = present('cleared');
  if (cleared) {
    const reading = readClearance(cellText(cleared));
    if (reading.cleared) entry.cleared = cellText(cleared);
    else {
      problem(cleared, 'warning', `${cleared.header}: not read as a clearance; a red flag stands until a professional's clearance is logged`, reading.expected);
      droppedFields += 1;
    }
  }
  return { entry, problems, droppedFields };
}

function inRange<T extends { value: number }>(read: Parsed<T>, min: number, max: number, expected: string): Parsed<T> {
  return isRejection(read) || (read.value >= min && read.value <= max) ? read : reject(expected);
}

const CADENCE_EXPECTED = 'steps per minute, 1–400';
const EFFORT_EXPECTED = 'a perceived exertion from 1 to 10';
const CLIMB_EXPECTED = 'a climb in metres, 0–20000 (or with a unit: 120 m, 400 ft)';
const readCadence = (raw: string | number, style: NumberStyle) => inRange(parseMeasure(raw, style, ['spm'], CADENCE_EXPECTED), 1, 400, CADENCE_EXPECTED);
const readEffort = (raw: string | number, style: NumberStyle) => inRange(parseMeasure(raw, style, ['/10'], EFFORT_EXPECTED), 1, 10, EFFORT_EXPECTED);
const readClimb = (raw: string | number, style: NumberStyle) => inRange(parseMeasure(raw, style, ['m', 'ft', 'feet', 'metres', 'meters'], CLIMB_EXPECTED), 0, 20000, CLIMB_EXPECTED);

/** Scores in the notes fill the pain fields the columns left empty; pain named without a score warns. */
function painFromNotes(entry: Entry, notesCell: RawCell, file: string): InputProblem[] {
  if (isInterviewRecord(entry.notes!)) return [];
  const hadScore = PAIN_FIELDS.some(([, key]) => entry[key] !== undefined);
  const found = painFromNote(entry.notes!);
  for (const [, key] of PAIN_FIELDS) if (entry[key] === undefined && found[key] !== undefined) entry[key] = found[key];
  const at = { file, line: notesCell.line, col: notesCell.col, severity: 'warning' as const };
  // Never a high pain dropped: "hip pain 12/10" is the top of the scale.
  const overScale = found.overScale !== undefined && PAIN_FIELDS.some(([, key]) => entry[key] === 10 && found[key] === 10)
    ? [{ ...at, message: 'the notes give a pain score above the 0–10 scale; read as 10/10, the top of the scale', got: JSON.stringify(found.overScale), expected: 'a score from 0 to 10' }]
    : [];
  if (hadScore) return overScale;
  const quoted = JSON.stringify(entry.notes!.slice(0, 60));
  if (found.unreadable !== undefined && !PAIN_FIELDS.some(([, key]) => entry[key] !== undefined)) {
    return [{ ...at, message: 'the notes give a pain score hipcheck cannot read', got: JSON.stringify(found.unreadable), expected: 'a score from 0 to 10, e.g. "hip pain 4/10"' }];
  }
  if (found.unscored) return [{ ...at, message: 'the notes mention pain without a score hipcheck can read (write e.g. "hip pain 4/10")', got: quoted }];
  return overScale;
}
