// The analysis context lays out only the recent window day by day; older days exist only
// where something was logged, so a far-off date cannot make an analysis slow or large.
import { describe, expect, it } from 'vitest';
import { buildContext, distanceBetweenKm, longestRunBetweenKm, RECENT_DAYS } from '../../src/analysis/context.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { EMPTY_CONFIG, applyConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { daily, logOf, run } from '../helpers/ruleTester.js';
import { csvLog } from '../helpers/logs.js';

const RULES = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);
const options = { asOf: '2025-03-30', baselinePain: 0, units: 'km' as const };

describe('days laid out', () => {
  it('only the last 28 days, whatever the span of the log', () => {
    const context = buildContext(logOf([run('1900-01-01', 5), ...daily('2025-03-01', Array(30).fill(6))]), options);
    expect(context.firstDate).toBe('1900-01-01');
    expect(context.days).toHaveLength(RECENT_DAYS);
    expect(context.days[0]!.date).toBe('2025-03-03');
    expect(context.days.at(-1)!.date).toBe('2025-03-30');
    expect(context.dayLoads.size).toBe(31);
  });

  it('a young log lays out only the days it covers', () => {
    expect(buildContext(logOf(daily('2025-03-25', [5, null, 6])), options).days.map((day) => day.date)).toEqual(
      ['2025-03-25', '2025-03-26', '2025-03-27', '2025-03-28', '2025-03-29', '2025-03-30'],
    );
  });

  it('any day can still be asked for: an unlogged day is a rest day, a day outside the period is none', () => {
    const context = buildContext(logOf([run('2024-01-10', 12), run('2025-03-29', 5)]), options);
    expect(context.day('2024-01-10')).toMatchObject({ distanceKm: 12, runs: 1, isRest: false });
    expect(context.day('2024-06-01')).toMatchObject({ date: '2024-06-01', distanceKm: 0, isRest: true });
    expect(context.day('2024-01-09')).toBeUndefined();
    expect(context.day('2025-03-31')).toBeUndefined();
  });

  it('sums over any window, however old', () => {
    const context = buildContext(logOf([run('2024-01-10', 12), run('2024-01-12', 8), run('2024-01-12', 3), run('2025-03-29', 5)]), options);
    expect(distanceBetweenKm(context, '2024-01-04', '2024-01-12')).toBe(23);
    expect(distanceBetweenKm(context, '2024-01-11', '2024-01-11')).toBe(0);
    expect(longestRunBetweenKm(context, '2024-01-01', '2024-01-31')).toBe(12);
    expect(distanceBetweenKm(context, '2025-03-24', '2025-04-30')).toBe(5);
  });
});

describe('weeks', () => {
  it('every calendar week from the first entry, gaps included, with rest days counted without laying out days', () => {
    const context = buildContext(logOf([run('2025-01-06', 10), run('2025-01-07', 5, { type: 'rest' }), run('2025-03-24', 8), run('2025-03-25', 4, { type: 'strength' })]), options);
    expect(context.weeks).toHaveLength(12);
    expect(context.weeks[0]).toMatchObject({ weekStart: '2025-01-06', distanceKm: 10, restDays: 6, complete: true });
    expect(context.weeks[5]).toMatchObject({ weekStart: '2025-02-10', distanceKm: 0, runs: 0, restDays: 7, complete: true });
    expect(context.weeks[11]).toMatchObject({ weekStart: '2025-03-24', distanceKm: 8, restDays: 5, strengthSessions: 1, complete: true });
    expect(context.weeks[11]!.daily.map((day) => day.distanceKm)).toEqual([8, 0, 0, 0, 0, 0, 0]);
  });

  it('a partial first week holds only the days from the first entry', () => {
    const context = buildContext(logOf([run('2025-03-27', 6), run('2025-03-30', 5)]), options);
    expect(context.weeks).toHaveLength(1);
    expect(context.weeks[0]).toMatchObject({ restDays: 2, complete: false });
    expect(context.weeks[0]!.daily.map((day) => day.date)).toEqual(['2025-03-27', '2025-03-28', '2025-03-29', '2025-03-30']);
  });
});

describe('far-future and far-past dates', () => {
  it.each(['9999-12-31', '0001-01-01'])('a row dated %s is a row error, and analyze runs on the rest', (date) => {
    const log = csvLog(`date,distance,notes\n${date},5,typo\n2025-03-28,6,\n2025-03-30,7,\n`);
    expect(log.problems).toEqual([expect.objectContaining({ line: 2, col: 1, severity: 'error', expected: 'a date from 1900 to 2100', message: 'date: a year no log can be about (a typo?); row skipped' })]);
    const report = analyze(log, RULES, { today: '2025-06-30' });
    expect(report.period).toEqual({ from: '2025-03-28', to: '2025-03-30' });
    expect(report.summary).toMatchObject({ runs: 2, skippedRows: 1 });
  });

  it('the widest span the range allows (1900 to today) still lays out 28 days', () => {
    const log = csvLog('date,distance\n1900-01-01,5\n2025-06-29,6\n');
    const report = analyze(log, RULES, { today: '2025-06-30' });
    expect(report.period.from).toBe('1900-01-01');
    expect(report.summary.runs).toBe(2);
    expect(buildContext(log, { ...options, asOf: report.asOf }).days).toHaveLength(RECENT_DAYS);
  });
});
