// A log written back as hipcheck's own canonical CSV or YAML, so a runner can start keeping
// their own log from an export. Distances in km, durations h:mm:ss, paces m:ss per km.
import { stringify } from 'yaml';
import { formatPace } from '../util/units.js';
import { round } from '../util/numbers.js';
import type { Entry, Log } from '../model/log.js';
import { spreadsheetSafeRow } from '../util/csvField.js';

export const CANONICAL_COLUMNS = ['date', 'distance_km', 'duration', 'pace', 'terrain', 'type', 'pain', 'pain_after', 'pain_next_day', 'pain_start', 'pain_end', 'elevation_gain', 'cadence', 'effort', 'shoes', 'notes', 'red_flag', 'cleared'] as const;

function clock(minutes: number): string {
  const totalSeconds = Math.round(minutes * 60);
  const hours = Math.floor(totalSeconds / 3600);
  return `${hours}:${String(Math.floor(totalSeconds / 60) % 60).padStart(2, '0')}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

function canonicalRow(entry: Entry): Record<(typeof CANONICAL_COLUMNS)[number], string | number | undefined> {
  return {
    date: entry.time ? `${entry.date} ${entry.time}` : entry.date,
    distance_km: round(entry.distanceKm, 3),
    duration: entry.durationMin === undefined ? undefined : clock(entry.durationMin),
    pace: entry.paceMinPerKm === undefined ? undefined : `${formatPace(entry.paceMinPerKm)}/km`,
    terrain: entry.terrain, type: entry.type,
    pain: entry.pain, pain_after: entry.painAfter, pain_next_day: entry.painNextDay, pain_start: entry.painStart, pain_end: entry.painEnd,
    elevation_gain: entry.elevationGainM === undefined ? undefined : round(entry.elevationGainM, 1),
    cadence: entry.cadenceSpm, effort: entry.effort, shoes: entry.shoes, notes: entry.notes,
    // A red flag and a professional's clearance are part of the record: never dropped on the way.
    red_flag: entry.redFlag, cleared: entry.cleared,
  };
}


export function toCanonicalCsv(log: Log): string {
  const lines = [CANONICAL_COLUMNS.join(',')];
  for (const entry of log.entries) {
    const row = canonicalRow(entry);
    // Notes or shoe names starting with = + - @ get a leading ' so a spreadsheet never runs them.
    lines.push(spreadsheetSafeRow(CANONICAL_COLUMNS.map((column) => (row[column] === undefined ? '' : String(row[column])))));
  }
  return `${lines.join('\n')}\n`;
}

export function toCanonicalYaml(log: Log): string {
  const runs = log.entries.map((entry) => Object.fromEntries(Object.entries(canonicalRow(entry)).filter(([, value]) => value !== undefined)));
  const athlete = { ...(log.athlete.name ? { name: log.athlete.name } : {}), units: 'km', ...(log.athlete.baselinePain !== undefined ? { baseline_pain: log.athlete.baselinePain } : {}) };
  return stringify({ athlete, runs }, { lineWidth: 0 });
}
