// Strava bulk export (activities.csv). Dates are UTC; distances in the second `Distance`
// column are metres; cadence is per leg; columns vary by year, so all lookups are by name.
import { format, isValid, parse } from 'date-fns';
import type { InputProblem } from '../../model/log.js';
import type { RawRow } from '../rawRow.js';
import { columnIndex, RowBuilder } from './common.js';

export function isStravaHeader(header: string[]): boolean {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has('activity id') && names.has('activity date') && names.has('activity type');
}

const RUN_TYPES: Record<string, string | undefined> = { run: undefined, 'trail run': 'trail', 'virtual run': 'treadmill' };
const STRENGTH_TYPES = new Set(['weight training', 'workout', 'crossfit']);

/**
 * A UTC wall-clock time as the day and time in `timeZone`, through Intl (no offset maths of
 * our own); undefined for an unknown zone.
 */
export function inTimeZone(utc: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(utc);
  const part = (type: string) => parts.find((item) => item.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export function stravaRows(header: string[], records: { record: string[]; line: number }[], file: string, problems: InputProblem[], timeZone?: string): RawRow[] {
  const columns = columnIndex(header);
  const first = (name: string) => columns.get(name)?.[0];
  const second = (name: string) => columns.get(name)?.[1];
  const at = {
    date: first('activity date'), type: first('activity type'), name: first('activity name'), description: first('activity description'),
    privateNote: first('activity private note'), gear: first('activity gear'), movingTime: first('moving time'), elapsedTime: first('elapsed time'),
    distanceKm: first('distance'), distanceM: second('distance'), elevation: first('elevation gain'), cadence: first('average cadence'), effort: first('perceived exertion'),
  };
  return records.map(({ record, line }) => {
    const row = new RowBuilder(record, header, line);
    const activity = (row.raw(at.type) ?? '').toLowerCase();
    const running = activity in RUN_TYPES || activity.includes('run');
    const when = row.raw(at.date);
    const parsed = when === undefined ? undefined : parse(when, 'MMM d, yyyy, h:mm:ss a', new Date(2000, 0, 1));
    let day = when;
    if (parsed && isValid(parsed)) {
      // The export's wall time is UTC: read it as such, then show it in the runner's zone.
      const utc = new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), parsed.getDate(), parsed.getHours(), parsed.getMinutes(), parsed.getSeconds()));
      day = timeZone ? inTimeZone(utc, timeZone) : format(parsed, 'yyyy-MM-dd HH:mm');
    }
    row.set('date', at.date, day);
    const metres = Number(row.raw(at.distanceM));
    row.set('distance', at.distanceM ?? at.distanceKm, Number.isFinite(metres) && row.raw(at.distanceM) !== undefined ? metres / 1000 : row.raw(at.distanceKm));
    const seconds = Number(row.raw(at.movingTime) ?? row.raw(at.elapsedTime));
    if (Number.isFinite(seconds) && seconds > 0) row.set('duration', at.movingTime ?? at.elapsedTime, seconds / 60);
    if (running) {
      const terrain = RUN_TYPES[activity];
      if (terrain) row.set('terrain', at.type, terrain);
      const cadence = Number(row.raw(at.cadence));
      if (Number.isFinite(cadence) && cadence > 0) row.set('cadence', at.cadence, Math.round(cadence * 2));
      row.set('elevation_gain', at.elevation, row.raw(at.elevation));
      row.set('shoes', at.gear, row.raw(at.gear));
    } else {
      row.set('type', at.type, STRENGTH_TYPES.has(activity) ? 'strength' : 'cross');
    }
    const effort = Number(row.raw(at.effort));
    if (row.raw(at.effort) !== undefined && Number.isFinite(effort) && effort > 0) row.set('effort', at.effort, effort);
    row.notes([at.name, at.description, at.privateNote]);
    return { line, cells: row.cells };
  });
}
