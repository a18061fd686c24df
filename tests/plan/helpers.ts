// Logs for plan tests, written as a runner's CSV and read, analysed and planned through the
// same reader, analysis and rule book the CLI uses.
import { addDaysTo, daysBetween } from '../../src/analysis/calendar.js';
import type { Report } from '../../src/model/report.js';
import { csvRow } from '../../src/util/csvField.js';
import { readLog } from '../../src/ingest/read.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { buildPlan } from '../../src/plan/build.js';
import type { Plan } from '../../src/plan/types.js';
import { applyConfig, EMPTY_CONFIG } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';

const RULES = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);

export interface Row {
  km?: number;
  duration?: string;
  type?: string;
  pain?: number;
  next?: number;
  redFlag?: string;
  cleared?: string;
  notes?: string;
}

/** A CSV line; a row without km is a rest-day pain record (`pain` is then that day's pain). */
export function row(date: string, values: Row): string {
  const { km, duration = '', type = km === undefined ? 'rest' : '', pain, next, redFlag = '', cleared = '', notes = '' } = values;
  return csvRow([date, String(km ?? 0), duration, type, String(pain ?? ''), String(next ?? ''), redFlag, cleared, notes]);
}

export const morning = (date: string, pain: number) => row(date, { pain });

/** Easy 6 km runs on Mondays, Wednesdays, Fridays and Sundays up to (not including) `until`, pain-free. */
export function baseWeeks(until: string, from = '2025-04-28'): string[] {
  const rows: string[] = [];
  for (let date = from; date < until; date = addDaysTo(date, 1)) {
    if ([0, 2, 4, 6].includes(daysBetween('2025-04-28', date) % 7)) rows.push(row(date, { km: 6, duration: '36:00', type: 'easy', pain: 0, next: 0 }));
  }
  return rows;
}

export function csv(rows: string[], distanceHeader = 'distance_km'): string {
  return `date,${distanceHeader},duration,type,pain,pain_next_day,red_flag,cleared,notes\n${rows.join('\n')}\n`;
}

export function judged(rows: string[], startDay: string, options: { baseline?: number; distanceHeader?: string } = {}): { plan: Plan; report: Report } {
  const log = readLog('log.csv', csv(rows, options.distanceHeader));
  const report = analyze({ ...log, athlete: { ...log.athlete, ...(options.baseline !== undefined ? { baselinePain: options.baseline } : {}) } }, RULES, { today: startDay });
  return { report, plan: buildPlan({ report, entries: log.entries, baseline: options.baseline ?? 0, startDay, file: 'log.csv' }) };
}

export function planOf(rows: string[], startDay: string, options: { baseline?: number; distanceHeader?: string } = {}): Plan {
  return judged(rows, startDay, options).plan;
}

/** A red on 2025-05-29 (pain 7 during) after four easy weeks. */
export const RED_DAY = '2025-05-29';
export const beforeRed = () => [...baseWeeks(RED_DAY), row(RED_DAY, { km: 9, duration: '50:00', type: 'easy', pain: 7 })];

/** Settled on 05-31, the test on 05-31 passed, walk–run 1 on 06-02 and 2 on 06-04 passed: next is walk–run 3. */
export const atWalkRun3 = () => [
  ...beforeRed(),
  morning('2025-05-30', 0), morning('2025-05-31', 0),
  row('2025-05-31', { km: 4, duration: '25:00', pain: 1 }), morning('2025-06-01', 0),
  row('2025-06-02', { km: 3, duration: '20:00', pain: 1 }), morning('2025-06-03', 0),
  row('2025-06-04', { km: 3, duration: '21:00', pain: 1 }), morning('2025-06-05', 0),
];
