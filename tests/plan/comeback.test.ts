// The way back after a red, stage by stage, on the thresholds of the stage rules: pain 3 during
// passes, 4–5 (or an unsettled morning) repeats, above 5 steps back two; a red flag stops it.
import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { atWalkRun3, beforeRed, judged, morning, planOf, RED_DAY, row } from './helpers.js';

const runDays = (plan: ReturnType<typeof planOf>) => plan.days.filter((day) => ['test', 'walk-run', 'run', 'long run'].includes(day.kind));

describe('after a red: cross-training until settled, then the 10–5–10 test', () => {
  it('the day after the red: no running, cross-training, and the test only after two mornings at baseline', () => {
    const plan = planOf(beforeRed(), '2025-05-30');
    expect(plan.status).toBe('red');
    expect(plan.mode).toBe('comeback');
    expect(plan.stage).toBeNull();
    expect(plan.headline).toContain(`After a red on ${RED_DAY}: no running yet`);
    expect(plan.days[0]).toMatchObject({ date: '2025-05-30', kind: 'cross-train' });
    expect(plan.days[0]!.log.join(' ')).toContain('hipcheck add log.csv --morning N');
    // Mornings of 05-30 and 05-31 at baseline: the test on 05-31, conditional on them.
    // Every session is conditional, and says so first in its title (the calendar event's summary).
    expect(plan.days[1]).toMatchObject({ date: '2025-05-31', kind: 'test', durationMin: 25, condition: 'if settled', title: 'If settled: the 10–5–10 test: jog 10 min, walk 5 min, jog 10 min, easy and on the flat' });
    expect(plan.days[1]!.details[0]).toMatch(/only if your last 2 pain records/);
    expect(plan.days[2]).toMatchObject({ kind: 'rest' });
    expect(plan.days[2]).not.toHaveProperty('condition');
    expect(plan.days[3]).toMatchObject({ date: '2025-06-02', kind: 'walk-run', condition: 'if the last session passed', title: 'If the last session passed: walk–run 1: 1 min run, 1 min walk × 10 (20 min)' });
  });

  it('a morning above baseline starts the count again; at baseline (1, configured) it counts', () => {
    const unsettled = planOf([...beforeRed(), morning('2025-05-30', 0), morning('2025-05-31', 1)], '2025-06-01');
    expect(unsettled.stage).toBeNull();
    expect(unsettled.history.at(-1)).toMatchObject({ date: '2025-05-31', outcome: 'unsettled' });
    expect(unsettled.days[0]!.kind).toBe('cross-train');
    expect(unsettled.days[1]!.kind).toBe('test');
    const baselineOne = planOf([...beforeRed(), morning('2025-05-30', 1), morning('2025-05-31', 1)], '2025-06-01', { baseline: 1 });
    expect(baselineOne.stage).toMatchObject({ number: 1, name: '10–5–10 test' });
    expect(baselineOne.days[0]!.kind).toBe('test');
  });

  it('a failed test (pain 4) means cross-training until settled again; a passed one moves to walk–run 1', () => {
    const base = [...beforeRed(), morning('2025-05-30', 0), morning('2025-05-31', 0)];
    const failed = planOf([...base, row('2025-05-31', { km: 4, duration: '25:00', pain: 4 }), morning('2025-06-01', 0)], '2025-06-01');
    expect(failed.history.at(-1)).toMatchObject({ session: '10–5–10 test', outcome: 'not ready', reason: 'pain 4 during, above 3' });
    expect(failed.stage).toBeNull();
    const passed = planOf([...base, row('2025-05-31', { km: 4, duration: '25:00', pain: 3 }), morning('2025-06-01', 0)], '2025-06-01');
    expect(passed.history.at(-1)).toMatchObject({ outcome: 'passed', reason: 'pain 3 during, morning 0' });
    expect(passed.stage).toMatchObject({ number: 2, of: 9, name: 'walk–run 1' });
    // The morning of 06-01 is logged and the test was on 05-31: the next session is on 06-02.
    expect(passed.days[0]!.kind).toBe('rest');
    expect(passed.days[1]).toMatchObject({ date: '2025-06-02', kind: 'walk-run', durationMin: 20 });
  });

  it('a run before the hip had settled that went badly is named as that, not as a failed test', () => {
    // The runner ran 4 km at 7/10 the day after the red, before any settled morning.
    const plan = planOf([...beforeRed(), row('2025-05-30', { km: 4, duration: '25:00', pain: 7 })], '2025-05-31');
    expect(plan.history.at(-1)).toEqual({
      date: '2025-05-30', session: 'a run before the hip had settled', outcome: 'not ready',
      reason: 'you ran before 2 mornings in a row were at your baseline; pain 7 during, above 5: keep cross-training, and take the 10–5–10 test once 2 mornings are at your baseline',
    });
    expect(plan.stage).toBeNull();
    expect(plan.days[0]!.kind).toBe('cross-train');
    // One that went well counts as the test.
    const early = planOf([...beforeRed(), row('2025-05-30', { km: 4, duration: '25:00', pain: 1 }), morning('2025-05-31', 0)], '2025-05-31');
    expect(early.history.at(-1)).toMatchObject({ session: '10–5–10 test', outcome: 'passed', reason: 'you ran before 2 mornings in a row were at your baseline, so it counts as the test: pain 1 during, morning 0' });
  });

  it('a session waiting for its next morning: the plan says to log it, and shows the next stage as conditional', () => {
    const plan = planOf([...atWalkRun3(), row('2025-06-06', { km: 3.5, duration: '25:00', pain: 2 })], '2025-06-07');
    expect(plan.history.at(-1)).toMatchObject({ date: '2025-06-06', outcome: 'waiting' });
    expect(plan.headline).toContain('log the next morning\'s pain');
    expect(plan.days[0]!.details[0]).toContain('the morning after your last session');
    expect(plan.days[1]).toMatchObject({ kind: 'walk-run', title: 'If the last session passed: walk–run 4: 6 min run, 1 min walk × 4 (28 min)' });
    expect(plan.days[1]!.details[0]).toMatch(/^only if the last session passed/);
  });
});

describe('walk–run 3 judged at the thresholds', () => {
  const after = (pain: number, next: number, duration = '25:00', baseline = 0) =>
    planOf([...atWalkRun3(), row('2025-06-06', { km: 3.5, duration, pain }), morning('2025-06-07', next)], '2025-06-08', { baseline });

  it.each([
    [3, 0, 'passed', 'walk–run 4'],
    [3.5, 0, 'repeat', 'walk–run 3'],
    [4, 0, 'repeat', 'walk–run 3'],
    [5, 0, 'repeat', 'walk–run 3'],
    [5.5, 0, 'back', 'walk–run 1'],
    [6, 0, 'back', 'walk–run 1'],
    [2, 6, 'back', 'walk–run 1'],
    [2, 1, 'repeat', 'walk–run 3'],
  ])('pain %s during, %s next morning: %s, next %s', (pain, next, outcome, stage) => {
    const plan = after(pain, next);
    expect(plan.history.at(-1)).toMatchObject({ date: '2025-06-06', session: 'walk–run 3', outcome });
    expect(plan.stage!.name).toBe(stage);
    expect(plan.mode).toBe('comeback');
    expect(runDays(plan)[0]!.title.toLowerCase()).toContain(stage);
  });

  it('a morning of 1 passes when the runner\'s baseline is 1', () => {
    expect(after(2, 1, '25:00', 1).stage!.name).toBe('walk–run 4');
  });

  it('a session shorter than the stage is repeated', () => {
    const plan = after(2, 0, '22:00');
    expect(plan.history.at(-1)).toMatchObject({ outcome: 'repeat', reason: '22 min, shorter than the session\'s 25 min' });
  });

  it('two stages back from walk–run 1 is the test again; a run with no pain score is not judged', () => {
    const back = planOf([...atWalkRun3().slice(0, -4), row('2025-06-02', { km: 3, duration: '20:00', pain: 6 }), morning('2025-06-03', 0)], '2025-06-03');
    expect(back.stage!.name).toBe('10–5–10 test');
    const unscored = planOf([...atWalkRun3(), row('2025-06-06', { km: 3.5, duration: '25:00' }), morning('2025-06-07', 0)], '2025-06-08');
    expect(unscored.history.at(-1)).toMatchObject({ outcome: 'not judged', reason: 'no pain score for the run: log pain during (0–10)' });
    expect(unscored.stage!.name).toBe('walk–run 3');
  });

  it('the last stage passed: the way back is finished, and the plan builds back toward the usual week', () => {
    const sessions: [string, number][] = [['2025-06-06', 25], ['2025-06-08', 28], ['2025-06-10', 30], ['2025-06-12', 30], ['2025-06-14', 20], ['2025-06-16', 30]];
    const rows = [...atWalkRun3(), ...sessions.flatMap(([date, minutes]) => [row(date, { km: minutes / 6, duration: `${minutes}:00`, pain: 0 }), morning(addDaysTo(date, 1), 0)])];
    const plan = planOf(rows, '2025-06-17');
    expect(plan.history.at(-1)).toMatchObject({ date: '2025-06-16', session: 'walk–run 8', outcome: 'passed' });
    expect(['green', 'amber']).toContain(plan.mode);
    expect(plan.headline).toContain('You finished the way back on 2025-06-16. Build back toward your usual 24.0 km a week (the 4 weeks before 2025-05-29) at this rate.');
  });

  it('finished, then 10 days without running: analyze has no range, and the week is sized from the log (never 0.0 km)', () => {
    const sessions: [string, number][] = [['2025-06-06', 25], ['2025-06-08', 28], ['2025-06-10', 30], ['2025-06-12', 30], ['2025-06-14', 20], ['2025-06-16', 30]];
    const rows = [...atWalkRun3(), ...sessions.flatMap(([date, minutes]) => [row(date, { km: minutes / 6, duration: `${minutes}:00`, pain: 0 }), morning(addDaysTo(date, 1), 0)])];
    for (let day = '2025-06-19'; day <= '2025-06-26'; day = addDaysTo(day, 1)) rows.push(morning(day, 0));
    const { plan, report } = judged(rows, '2025-06-26');
    expect(report.advice.mode).toBe('no recent running');
    expect(plan.headline).toMatch(/^No running in the last 7 days: a first week back of about \d+\.\d km \(half your usual week before\)/);
    expect(plan.headline).not.toMatch(/(?<![\d.])0\.0 km/);
    const sized = plan.days.filter((day) => day.distanceKm !== undefined);
    expect(sized.length).toBeGreaterThan(0);
    for (const day of sized) expect(day.distance!).toBeGreaterThan(0);
  });

  it('re-running the plan the next day moves on: each logged morning and session is read', () => {
    const rows = atWalkRun3();
    expect(planOf(rows.slice(0, -6), '2025-05-31').stage!.name).toBe('10–5–10 test');
    expect(planOf(rows.slice(0, -4), '2025-06-02').stage!.name).toBe('walk–run 1');
    expect(planOf(rows.slice(0, -2), '2025-06-04').stage!.name).toBe('walk–run 2');
    expect(planOf(rows, '2025-06-06').stage!.name).toBe('walk–run 3');
  });
});

describe('red flags', () => {
  const flagged = [...beforeRed(), row('2025-05-30', { pain: 3, notes: 'cannot put weight on it this morning' })];

  it('a red flag refuses any running plan, says to see a doctor and what to record', () => {
    const plan = planOf(flagged, '2025-06-02');
    expect(plan.mode).toBe('red-flag');
    expect(plan.headline).toBe('No running plan: a red flag was logged on 2025-05-30. See a doctor before running again.');
    expect(plan.days).toHaveLength(1);
    expect(plan.days[0]).toMatchObject({ kind: 'see a doctor' });
    expect(plan.days[0]!.log[0]).toContain('hipcheck add log.csv --cleared "who, and what they said"');
  });

  it('stands until a clearance is logged on or after its day; "pending" or an earlier clearance is not one', () => {
    expect(planOf([...beforeRed().slice(0, -1), row('2025-05-28', { cleared: 'Dr Lee: fine' }), ...flagged.slice(-2)], '2025-06-02').mode).toBe('red-flag');
    expect(planOf([...flagged, row('2025-06-01', { cleared: 'pending' })], '2025-06-02').mode).toBe('red-flag');
    const cleared = planOf([...flagged, row('2025-06-01', { cleared: 'Dr Lee: x-ray clear, fine to run' })], '2025-06-02');
    expect(cleared.mode).toBe('comeback');
    expect(cleared.headline).toContain('After your clearance on 2025-06-01: no running yet');
    expect(cleared.history.at(-1)).toMatchObject({ date: '2025-06-01', outcome: 'restart' });
  });

  it('a red_flag column counts ("no" does not), and stands until cleared', () => {
    const column = [...beforeRed(), row('2025-05-30', { redFlag: 'hip locked, cannot walk' })];
    const plan = planOf(column, '2025-06-02');
    expect(plan.mode).toBe('red-flag');
    expect(plan.since).toBe('2025-05-30');
    expect(planOf([...beforeRed(), row('2025-05-30', { redFlag: 'no', pain: 0 })], '2025-06-02').mode).toBe('comeback');
    expect(planOf([...column, row('2025-06-01', { cleared: 'physio: fine to run' })], '2025-06-02').mode).toBe('comeback');
  });

  it('a red flag during the build-up stops it', () => {
    const plan = planOf([...atWalkRun3(), row('2025-06-06', { km: 3.5, duration: '25:00', pain: 2, notes: 'limping, hip swollen after' })], '2025-06-07');
    expect(plan.mode).toBe('red-flag');
    expect(runDays(plan)).toEqual([]);
  });
});
