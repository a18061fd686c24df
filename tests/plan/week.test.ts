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
    expect(totalKm(plan)).toBeCloseTo(report.advice.nextWeekMaxKm, 1);
    expect(runs(plan)).toHaveLength(4);
    expect(Math.max(...runs(plan).map((day) => day.distanceKm!))).toBeLessThanOrEqual(report.advice.longestRunMaxKm + 1e-9);
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
    expect(runs(miles).map((day) => day.distanceKm)).toEqual(runs(km).map((day) => day.distanceKm));
    for (const day of runs(miles)) {
      expect(day.distance).toBeCloseTo(day.distanceKm! / KM_PER_MILE, 1);
      expect(day.title).toMatch(/ mi$/);
    }
    expect(runs(km)[0]!.title).toMatch(/ km$/);
  });
});

describe('back after a break', () => {
  it('7 days without a run is a break: the 10–5–10 test first; 6 days is not', () => {
    const plan = planOf(green(), addDaysTo(LAST_RUN, 7));
    expect(plan.mode).toBe('return');
    expect(plan.headline).toBe(`Back after a break of 7 days (last run ${LAST_RUN}): start with the 10–5–10 test, then build up gradually.`);
    expect(plan.days[0]).toMatchObject({ kind: 'test', title: 'The 10–5–10 test: jog 10 min, walk 5 min, jog 10 min, easy and on the flat' });
    expect(plan.days[2]).toMatchObject({ kind: 'run', durationMin: 20 });
    expect(planOf(green(), addDaysTo(LAST_RUN, 6)).mode).toBe('green');
  });

  it('the test passed after the break: a 20-minute run next, then the week analyze advises', () => {
    const rows = [...green(), row('2025-06-07', { km: 4, duration: '25:00', pain: 1, next: 0 })];
    const plan = planOf(rows, '2025-06-08');
    expect(plan).toMatchObject({ mode: 'return', stage: { number: 2, of: 2, name: 'easy run' } });
    expect(plan.days[1]).toMatchObject({ date: '2025-06-09', kind: 'run', durationMin: 20, title: 'Easy run: 20 min easy running without walking breaks' });
    const { plan: done, report } = judged([...rows, row('2025-06-09', { km: 3.5, duration: '20:00', pain: 1, next: 0 })], '2025-06-10');
    // Back within the return rule's limits (7.5 km in the first week against 24 before): green.
    expect(report.status).toBe('green');
    expect(done.mode).toBe('green');
    expect(done.headline).toContain('You finished the way back on 2025-06-09.');
    expect(totalKm(done)).toBeCloseTo(report.advice.nextWeekMaxKm, 1);
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
