import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { decideStatus } from '../../src/advice/status.js';
import { analyze } from '../../src/pipeline/analyze.js';
import type { Entry } from '../../src/model/log.js';
import type { Finding } from '../../src/model/report.js';
import { applyConfig, EMPTY_CONFIG } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { logOf, run } from '../helpers/ruleTester.js';

const ruleSet = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);

/** Five weeks from Monday 2025-02-03: 5 km on Mon, Wed, Fri, Sun, pain-free. */
function steadyWeeks(): Entry[] {
  return Array.from({ length: 5 }, (_, week) => [0, 2, 4, 6].map((day) => run(addDaysTo('2025-02-03', week * 7 + day), 5, { pain: 0, painNextDay: 0 }))).flat();
}
const withLast = (extra: Partial<Entry>) => {
  const entries = steadyWeeks();
  entries[entries.length - 1] = { ...entries.at(-1)!, ...extra };
  return analyze(logOf(entries), ruleSet);
};

describe('next week\'s numbers', () => {
  it('green: up to +10% on the last 7 days and 110% of the 30-day longest run', () => {
    const report = analyze(logOf(steadyWeeks()), ruleSet);
    expect(report.asOf).toBe('2025-03-09');
    expect(report.status).toBe('green');
    expect(report.advice).toMatchObject({ nextWeekMaxKm: 22, nextWeekMinKm: 0, longestRunMaxKm: 5.5, seeProfessional: 'none', mode: 'build', see: null });
    expect(report.advice.actions.at(-1)).toMatch(/not a diagnosis/);
  });

  it('green is capped at 1.3 × the average week of the last 4', () => {
    // Four 20 km weeks, then 5 × 5.1 = 25.5 km (+27.5%, no spike): +10% would be 28.05 km,
    // but 1.3 × (20 + 20 + 20 + 25.5) / 4 = 27.79 km is lower.
    const entries = [...steadyWeeks().filter((entry) => entry.date < '2025-03-03'), ...[0, 1, 3, 4, 6].map((day) => run(addDaysTo('2025-03-03', day), 5.1, { pain: 0, painNextDay: 0 }))];
    const report = analyze(logOf(entries), ruleSet);
    expect(report.status).toBe('green');
    expect(report.advice.nextWeekMaxKm).toBe(27.8);
  });

  it('amber at the pain edge that settles: hold at the last 7 days, no cut', () => {
    const report = withLast({ pain: 4 });
    expect(report.status).toBe('amber');
    expect(report.statusReasons[0]).toMatch(/^pain-during: pain 4\/10/);
    expect(report.advice).toMatchObject({ mode: 'hold', nextWeekMinKm: 0, nextWeekMaxKm: 20, longestRunMaxKm: 5 });
  });

  it('amber after an unsettled morning: about 20% less', () => {
    const report = withLast({ painNextDay: 2 });
    expect(report.advice).toMatchObject({ mode: 'reduce', nextWeekMaxKm: 16 });
    expect(report.advice.actions[0]).toMatch(/^Reduce: next 7 days up to 16\.0 km \(about 20% less/);
  });

  it('red: pain above the edge means no running, cross-training, the way back, a physio if it persists', () => {
    const report = withLast({ pain: 6 });
    expect(report.status).toBe('red');
    expect(report.advice).toMatchObject({ nextWeekMaxKm: 0, longestRunMaxKm: 0, seeProfessional: 'physio', mode: 'stop', see: { who: 'physiotherapist', when: 'if it persists' } });
    expect(report.advice.actions[0]).toBe('Stop running for now: pain during a run was above the edge.');
    expect(report.advice.actions.join(' ')).toMatch(/cross-training.*10–5–10 test.*walk–run.*3\/10 or below/s);
  });

  it('an urgent red flag: see a doctor before running again, how soon, never "until the pain settles"', () => {
    const report = withLast({ notes: 'could not bear weight after' });
    expect(report.status).toBe('red');
    expect(report.advice).toMatchObject({ seeProfessional: 'doctor', mode: 'see a doctor', see: { who: 'doctor', when: 'today' } });
    expect(report.advice.actions[0]).toMatch(/^See a doctor today \(same day, or urgent care\) before running again: not being able to bear weight/);
    expect(report.advice.actions.join(' ')).not.toMatch(/until the pain settles/);
  });
});

describe('the status model (decideStatus)', () => {
  const finding = (rule: string, severity: Finding['severity'], date: string, extra: Partial<Finding> = {}): Finding => ({ rule, severity, date, message: `${rule} on ${date}`, evidence: {}, source: 'a source', ...extra });
  const entries = [run('2025-03-01', 5, { pain: 1 }), run('2025-03-14', 5, { pain: 1 })];

  it('the worst finding of the 14 days up to as-of, with its reasons', () => {
    const decision = decideStatus([finding('pain-during', 'warn', '2025-03-10'), finding('pain-24h', 'stop', '2025-02-28')], entries, '2025-03-14');
    expect(decision.status).toBe('amber');
    expect(decision.reasons).toEqual(['pain-during: pain-during on 2025-03-10']);
  });
  it('day 14 back is in the window, day 15 is not', () => {
    expect(decideStatus([finding('pain-during', 'stop', '2025-03-01')], entries, '2025-03-14').status).toBe('red');
    expect(decideStatus([finding('pain-during', 'stop', '2025-03-01')], entries, '2025-03-15').status).toBe('green');
  });
  it('information never moves it', () => {
    expect(decideStatus([finding('shoe-mileage', 'info', '2025-03-14')], entries, '2025-03-14').status).toBe('green');
  });
  it('an urgent red flag stands whatever its age, and says so', () => {
    const decision = decideStatus([finding('red-flag', 'stop', '2025-01-01', { urgent: true })], entries, '2025-03-14');
    expect(decision.status).toBe('red');
    expect(decision.reasons[0]).toMatch(/stands until a professional's clearance is logged/);
    expect(decision.detail.standingRedFlags).toBe(1);
  });
  it('no entries in the 14 days: stale, judged as of the last entry, never green', () => {
    const stale = decideStatus([], entries, '2025-04-30');
    expect(stale).toMatchObject({ status: 'amber', judgedAsOf: '2025-03-14', detail: { stale: true, lastEntry: '2025-03-14' } });
    expect(stale.reasons[0]).toMatch(/^stale: no entries in the 14 days up to 2025-04-30; the last is 2025-03-14, 47 days before/);
    expect(decideStatus([finding('pain-during', 'stop', '2025-03-14')], entries, '2025-04-30').status).toBe('red');
  });
  it('no pain score in the 14 days: "no pain data" next to the status', () => {
    const decision = decideStatus([], [run('2025-03-14', 5)], '2025-03-14');
    expect(decision).toMatchObject({ status: 'green', detail: { painData: false, notes: ['no pain data'] } });
    expect(decision.reasons.at(-1)).toMatch(/^no pain data: .*rests on load alone/);
    expect(decideStatus([], [run('2025-03-14', 0, { type: 'rest', pain: 0 })], '2025-03-14').detail.painData).toBe(true);
  });
});

describe('the JSON contract stays additive', () => {
  it('schemaVersion 1 with the new fields', () => {
    const report = withLast({ notes: 'limping after' });
    expect(report.schemaVersion).toBe(1);
    expect(report.statusDetail).toMatchObject({ painData: true, stale: false, lastEntry: '2025-03-09', notes: [], standingRedFlags: 1 });
    expect(report.safetyOverrides).toEqual([]);
    expect(report.findings.find((finding) => finding.rule === 'red-flag')).toMatchObject({ urgent: true, refer: { who: 'doctor', when: 'within days' } });
  });
});
