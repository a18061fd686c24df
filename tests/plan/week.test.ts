// Amber, green and back after a break: the week analyze advises, on days, in the runner's units.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { renderPlanIcs } from '../../src/plan/ics.js';
import type { Plan } from '../../src/plan/types.js';
import { KM_PER_MILE } from '../../src/util/units.js';
import { baseWeeks, judged, planOf, row } from './helpers.js';

// 2025-05-29 is a Thursday: the base runs end on Wednesday 05-28.
const LAST_RUN = '2025-05-28';
const green = () => baseWeeks(addDaysTo(LAST_RUN, 1));
// Pain 5 during the last run: the 4–5 edge, amber.
const amber = () => [...baseWeeks(LAST_RUN), row(LAST_RUN, { km: 8, duration: '48:00', type: 'easy', pain: 5, next: 0 })];

const runs = (plan: Plan) => plan.days.filter((day) => day.kind === 'run' || day.kind === 'long run');
const totalKm = (plan: Plan) => runs(plan).reduce((sum, day) => sum + day.distanceKm!, 0);

describe('amber and green weeks', () => {
  it('green: next week at the advice\'s limit (up to +10%), the long run within it, two rest days or more', () => {
    const { plan, report } = judged(green(), '2025-05-29');
    expect(plan).toMatchObject({ status: 'green', mode: 'green', stage: null });
    expect(plan.days.map((day) => day.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDaysTo('2025-05-29', i)));
    // Four 6 km runs a week: up to +10% on the last 7 days' 24 km.
    expect(report.advice.nextWeekMaxKm).toBeCloseTo(26.4, 1);
    // The days never add up past the limit; the long run at its cap (6.6 km), the others shorter.
    expect(totalKm(plan)).toBeLessThanOrEqual(report.advice.nextWeekMaxKm);
    expect(totalKm(plan)).toBeGreaterThan(report.advice.nextWeekMaxKm * 0.9);
    expect(runs(plan)).toHaveLength(4);
    const long = plan.days.find((day) => day.kind === 'long run')!;
    expect(long.distanceKm).toBe(6.6);
    for (const day of runs(plan).filter((run) => run.kind === 'run')) expect(day.distanceKm!).toBeLessThan(long.distanceKm!);
    expect(plan.days.filter((day) => day.kind === 'rest').length).toBeGreaterThanOrEqual(2);
    expect(plan.headline).toBe('Status green: next week up to 26.4 km, within the progression limits.');
  });

  it('amber: inside the advised cut, the long run under the 30-day longest, no hills, never a run the day after the long run', () => {
    const { plan, report } = judged(amber(), '2025-05-29');
    expect(plan).toMatchObject({ status: 'amber', mode: 'amber' });
    const { nextWeekMinKm, nextWeekMaxKm, longestRunMaxKm } = report.advice;
    // Amber never adds (hold or cut: how much is the status model's, docs/CLINICAL.md).
    expect(nextWeekMaxKm).toBeLessThanOrEqual(report.summary.last7DaysKm);
    expect(totalKm(plan)).toBeGreaterThanOrEqual(nextWeekMinKm - 1e-9);
    // Day distances are shown to 0.1 km, so their sum may round past the limit by a few metres.
    expect(totalKm(plan)).toBeLessThanOrEqual(nextWeekMaxKm + 0.05);
    const longIndex = plan.days.findIndex((day) => day.kind === 'long run');
    expect(plan.days[longIndex + 1]?.kind ?? 'rest').toBe('rest');
    expect(plan.days[longIndex]!.distanceKm).toBeLessThanOrEqual(longestRunMaxKm);
    expect(plan.days[longIndex]!.distanceKm).toBeLessThan(8);
    for (const day of runs(plan)) expect(day.details.join(' ')).toContain('no hills');
    expect(plan.days.filter((day) => day.kind === 'rest').length).toBeGreaterThanOrEqual(2);
  });

  it('miles: the same week in the runner\'s units', () => {
    const km = planOf(green(), '2025-05-29');
    const miles = planOf(green().map((line) => line.replace(/^(\d{4}-\d\d-\d\d),6,/, (_, date: string) => `${date},${(6 / KM_PER_MILE).toFixed(4)},`)), '2025-05-29', { distanceHeader: 'distance_mi' });
    expect(miles.units).toBe('mi');
    // The same days, each within 0.1 mi of the km plan (distances are rounded down in the runner's own units).
    runs(miles).forEach((day, index) => expect(Math.abs(day.distanceKm! - runs(km)[index]!.distanceKm!)).toBeLessThan(0.1 * KM_PER_MILE));
    for (const day of runs(miles)) {
      expect(day.distance).toBeCloseTo(day.distanceKm! / KM_PER_MILE, 2);
      expect(day.title).toBe(`${day.kind === 'long run' ? 'Long run' : 'Easy run'}: ${day.distance!.toFixed(1)} mi`);
    }
    expect(runs(km)[0]!.title).toMatch(/ km$/);
  });
});

describe('back after a break', () => {
  it('7 days without a run is a break: the 10–5–10 test first; 6 days is not', () => {
    const plan = planOf(green(), addDaysTo(LAST_RUN, 7));
    expect(plan.mode).toBe('return');
    expect(plan.headline).toBe(`Back after a break of 7 days (last run ${LAST_RUN}): start with the 10–5–10 test, then build up gradually.`);
    expect(plan.days[0]).toMatchObject({ kind: 'test', title: 'If this morning is at your baseline: the 10–5–10 test: jog 10 min, walk 5 min, jog 10 min, easy and on the flat' });
    expect(plan.days[2]).toMatchObject({ kind: 'run', durationMin: 20 });
    expect(planOf(green(), addDaysTo(LAST_RUN, 6)).mode).toBe('green');
  });

  it('the test passed after the break: a 20-minute run next, then the week analyze advises', () => {
    const rows = [...green(), row('2025-06-07', { km: 4, duration: '25:00', pain: 1, next: 0 })];
    const plan = planOf(rows, '2025-06-08');
    expect(plan).toMatchObject({ mode: 'return', stage: { number: 2, of: 2, name: 'easy run' } });
    expect(plan.days[1]).toMatchObject({ date: '2025-06-09', kind: 'run', durationMin: 20, title: 'If this morning is at your baseline: easy run: 20 min easy running without walking breaks' });
    const { plan: done, report } = judged([...rows, row('2025-06-09', { km: 3.5, duration: '20:00', pain: 1, next: 0 })], '2025-06-10');
    // Back within the return rule's limits (7.5 km in the first week against 24 before): green.
    expect(report.status).toBe('green');
    expect(done.mode).toBe('green');
    expect(done.headline).toContain('You finished the way back on 2025-06-09.');
    expect(totalKm(done)).toBeLessThanOrEqual(report.advice.nextWeekMaxKm);
  });

  it('no running in the last 7 days gives analyze no range: the days after the return path are sized from the log, never 0.0 km', async () => {
    // Four weeks of 6 km runs ending in one of 10 km, 10 days before the plan, then only rest-day pain records of 0.
    const rows = [...baseWeeks('2025-05-25'), row('2025-05-25', { km: 10, duration: '60:00', type: 'easy', pain: 1, next: 0 })];
    for (let day = '2025-05-27'; day <= '2025-06-04'; day = addDaysTo(day, 2)) rows.push(row(day, { pain: 0 }));
    const { plan, report } = judged(rows, '2025-06-04');
    expect(report.advice).toMatchObject({ mode: 'no recent running', nextWeekMaxKm: 0 });
    expect(plan.mode).toBe('return');
    const sized = plan.days.filter((day) => day.distanceKm !== undefined);
    expect(sized.length).toBeGreaterThan(0);
    for (const day of sized) expect(day.distanceKm!).toBeGreaterThan(0);
    const long = plan.days.find((day) => day.kind === 'long run')!;
    // The cap is the longest run of the 30 days up to the last run (10 km), never 0.0.
    expect(long.details.join(' ')).toContain('your longest run this week: at most 10.0 km (your longest in the 30 days up to your last run, on 2025-05-25)');
    // At most half the average week of the 4 weeks up to the last run ((15 × 6 + 10) / 4 = 25 km): the first week back.
    expect(sized.reduce((sum, day) => sum + day.distanceKm!, 0)).toBeLessThanOrEqual(12.5);
    expect(JSON.stringify(plan)).not.toMatch(/(?<![\d.])0\.0 km|"distanceKm":0\b/);
    expect(await renderPlanIcs(plan)).not.toMatch(/(?<![\d.])0\.0 km/);
  });

  it('a log with no runs at all: the days after the return path are easy 20-minute runs, no distances', () => {
    const { plan } = judged([row('2025-06-01', { pain: 0 }), row('2025-06-02', { pain: 0 })], '2025-06-02');
    expect(plan.mode).toBe('return');
    expect(JSON.stringify(plan)).not.toMatch(/(?<![\d.])0\.0 km|"distanceKm":0\b/);
    expect(plan.days.filter((day) => day.kind === 'run' && day.distanceKm === undefined).every((day) => day.durationMin === 20)).toBe(true);
  });
});

describe('amber: hold or cut, in the advice\'s own words', () => {
  it('a hold week (pain at the edge, settled) is called a hold at the last 7 days, not a reduced week', () => {
    const { plan, report } = judged(amber(), '2025-05-29');
    expect(report.advice.mode).toBe('hold');
    expect(plan.headline).toBe(`Status amber: hold at up to ${report.advice.nextWeekMaxKm.toFixed(1)} km this week (no more than the last 7 days), with two rest days, the long run capped and no hills.`);
    expect(plan.headline).not.toContain('reduced');
  });

  it('an unsettled morning reduces: "a reduced week of up to …"', () => {
    const rows = [...baseWeeks(LAST_RUN), row(LAST_RUN, { km: 8, duration: '48:00', type: 'easy', pain: 2, next: 2 })];
    const { plan, report } = judged(rows, '2025-05-29');
    expect(report.advice.mode).toBe('reduce');
    expect(plan.headline).toContain(`Status amber: a reduced week of up to ${report.advice.nextWeekMaxKm.toFixed(1)} km`);
  });

  it('sources: only an amber week cites the amber source', () => {
    expect(planOf(green(), '2025-05-29').sources.join(' ')).not.toMatch(/Amber/);
    expect(planOf(amber(), '2025-05-29').sources.join(' ')).toMatch(/Amber: hold or cut back and avoid hills/);
  });
});

describe('rounding: the days never add up past the limit, and easy runs are shorter than the long run', () => {
  it.each([
    ['km', 5.5, 2], ['mi', 10.9, 2], ['km', 22, 4], ['mi', 13.7, 3], ['km', 7.7, 3], ['km', 31.3, 5],
  ] as const)('%s, a week of %s over %s runs', (units, weekMax, runsLastWeek) => {
    // A green log whose last 7 days give exactly this limit: runs of weekMax / 1.1 / runs each.
    const each = weekMax / 1.1 / runsLastWeek;
    const header = units === 'mi' ? 'distance_mi' : 'distance_km';
    // The same days each week (Monday 2025-05-05 on), 4 weeks, judged the Monday after.
    const offsets = { 2: [1, 4], 3: [0, 2, 4], 4: [0, 2, 4, 6], 5: [0, 1, 3, 4, 6] }[runsLastWeek];
    const rows = [0, 7, 14, 21].flatMap((week) => offsets.map((offset) => row(addDaysTo('2025-05-05', week + offset), { km: each, duration: '40:00', type: 'easy', pain: 0, next: 0 })));
    const { plan, report } = judged(rows, '2025-06-02', { distanceHeader: header });
    expect(report.statusReasons).toEqual(['no pain or load warnings in the 14 days up to as-of']);
    expect(plan.mode).toBe('green');
    expect(report.advice.nextWeekMax).toBeCloseTo(weekMax, 1);
    const shown = runs(plan).map((day) => day.distance!);
    const sum = shown.reduce((total, value) => total + value, 0);
    expect(sum).toBeLessThanOrEqual(report.advice.nextWeekMax + 1e-9);
    const long = plan.days.find((day) => day.kind === 'long run');
    for (const day of runs(plan).filter((run) => run.kind === 'run')) expect(day.distance!).toBeLessThan(long!.distance!);
    expect(long!.distance!).toBeLessThanOrEqual(report.advice.longestRunMax + 1e-9);
  });
});

describe('--format ics', () => {
  it('one all-day event per plan day, on the plan\'s dates, that an iCalendar parser reads back', async () => {
    const plan = planOf(amber(), '2025-05-29');
    const text = await renderPlanIcs(plan);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.startDate.toString())).toEqual(plan.days.map((day) => day.date));
    for (const event of events) expect(event.startDate.isDate).toBe(true);
    expect(events.map((event) => event.summary)).toEqual(plan.days.map((day) => `hipcheck: ${day.title}`));
    expect(events[0]!.description).toContain('Log: this morning\'s hip pain');
    // The same plan gives the same file: fixed ids and stamps.
    expect(await renderPlanIcs(plan)).toBe(text);
  });
});
