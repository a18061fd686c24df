// Garmin Connect activity list export (Activities.csv). Distances and paces follow the
// account's unit setting; missing values are written as --, NaN and the like.
import type { DistanceUnit, InputProblem } from '../../model/log.js';
import type { RawRow } from '../rawRow.js';
import { parseDurationMin, isRejection } from '../values.js';
import { columnIndex, RowBuilder } from './common.js';

export function isGarminHeader(header: string[]): boolean {
  return header[0]?.trim() === 'Activity Type' && header[1]?.trim() === 'Date' && header.some((name) => name.trim() === 'Title');
}

const RUN_TERRAIN: Record<string, string | undefined> = {
  running: undefined, 'trail running': 'trail', 'treadmill running': 'treadmill', 'track running': 'track', 'indoor running': 'treadmill', 'street running': 'road',
};

/** Quoted numbers may carry thousands separators: "1,337". */
const plainNumber = (text: string | undefined) => (text === undefined ? undefined : text.replace(/,(?=\d{3}\b)/g, ''));

/**
 * km or mi when the user did not say: a median pace of 8:30 or slower per unit is far more
 * often a min/mi easy pace than a min/km one, so it reads as miles; anything quicker as km.
 * Distance and time alone cannot tell, as both follow the account setting; the caller warns.
 */
export function guessGarminUnits(paces: number[]): DistanceUnit {
  if (paces.length === 0) return 'km';
  const sorted = [...paces].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! >= 8.5 ? 'mi' : 'km';
}

export function garminRows(header: string[], records: { record: string[]; line: number }[], file: string, problems: InputProblem[], units: DistanceUnit | undefined): { rows: RawRow[]; units: DistanceUnit } {
  const columns = columnIndex(header);
  const first = (name: string) => columns.get(name)?.[0];
  const at = {
    type: first('activity type'), date: first('date'), title: first('title'), distance: first('distance'), pace: first('avg pace'),
    movingTime: first('moving time'), time: first('time'), elapsedTime: first('elapsed time'), cadence: first('avg run cadence'), ascent: first('total ascent'),
  };
  const paces = records.map(({ record }) => parseDurationMin(record[at.pace ?? -1] ?? '')).filter((pace): pace is number => !isRejection(pace) && pace > 0);
  const unit = units ?? guessGarminUnits(paces);
  if (!units) problems.push({ file, severity: 'warning', message: `Garmin export: distances read as ${unit} from the paces; say --units km or --units mi if that is wrong` });
  const rows = records.map(({ record, line }) => {
    const row = new RowBuilder(record, header, line);
    const activity = (row.raw(at.type) ?? '').toLowerCase();
    const running = activity in RUN_TERRAIN || activity.includes('running');
    row.set('date', at.date, row.raw(at.date));
    let distance = Number(plainNumber(row.raw(at.distance)));
    // Track sessions are often recorded in metres.
    if (activity === 'track running' && distance > 100) distance = distance / 1000 / (unit === 'mi' ? 1.609344 : 1);
    if (Number.isFinite(distance)) row.set('distance', at.distance, distance);
    const durationAt = [at.movingTime, at.time, at.elapsedTime].find((position) => row.raw(position) !== undefined);
    row.set('duration', durationAt, row.raw(durationAt));
    row.set('unit', undefined, unit);
    if (running) {
      const terrain = RUN_TERRAIN[activity];
      if (terrain) row.set('terrain', at.type, terrain);
      row.set('cadence', at.cadence, plainNumber(row.raw(at.cadence)));
      // Accounts set to miles report climb in feet.
      row.set('elevation_gain', at.ascent, plainNumber(row.raw(at.ascent)), unit === 'mi' ? 'ft' : 'm');
    } else {
      row.set('type', at.type, activity.includes('strength') ? 'strength' : 'cross');
    }
    row.notes([at.title]);
    return { line, cells: row.cells };
  });
  return { rows, units: unit };
}
