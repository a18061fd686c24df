import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { analyze } from '../../src/pipeline/analyze.js';
import type { Entry } from '../../src/model/log.js';
import { applyConfig, EMPTY_CONFIG } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { logOf, run } from '../helpers/ruleTester.js';

const ruleSet = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);

/** Five weeks from Monday 2025-02-03: 5 km on Mon, Wed, Fri, Sun, pain-free. */
function steadyWeeks(): Entry[] {
  return Array.from({ length: 5 }, (_, week) => [0, 2, 4, 6].map((day) => run(addDaysTo('2025-02-03', week * 7 + day), 5, { pain: 0, painNextDay: 0 }))).flat();
}

describe('status and next week\'s numbers', () => {
  it('green: up to +10% on the last 7 days and 110% of the 30-day longest run', () => {
    const report = analyze(logOf(steadyWeeks()), ruleSet);
    expect(report.asOf).toBe('2025-03-09');
    expect(report.status).toBe('green');
    expect(report.advice).toMatchObject({ nextWeekMaxKm: 22, nextWeekMinKm: 0, longestRunMaxKm: 5.5, seeProfessional: 'none' });
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

  it('amber: pain at the edge cuts next week by 30–50% and keeps runs under the 30-day longest', () => {
    const entries = steadyWeeks();
    entries[entries.length - 1] = { ...entries.at(-1)!, pain: 4 };
    const report = analyze(logOf(entries), ruleSet);
    expect(report.status).toBe('amber');
    expect(report.statusReasons[0]).toMatch(/^pain-during: pain 4\/10/);
    expect(report.advice).toMatchObject({ nextWeekMinKm: 10, nextWeekMaxKm: 14, longestRunMaxKm: 5 });
    expect(report.advice.actions).toContain('Avoid hills for now and vary your surface.');
  });

  it('red: pain above the edge means no running, physio if it persists', () => {
    const entries = steadyWeeks();
    entries[entries.length - 1] = { ...entries.at(-1)!, pain: 6 };
    const report = analyze(logOf(entries), ruleSet);
    expect(report.status).toBe('red');
    expect(report.advice).toMatchObject({ nextWeekMaxKm: 0, longestRunMaxKm: 0, seeProfessional: 'physio' });
    expect(report.advice.actions[0]).toBe('Stop running until the pain settles.');
  });

  it('a red flag in the notes: see a doctor', () => {
    const entries = steadyWeeks();
    entries[entries.length - 1] = { ...entries.at(-1)!, notes: 'could not bear weight after' };
    const report = analyze(logOf(entries), ruleSet);
    expect(report.status).toBe('red');
    expect(report.advice.seeProfessional).toBe('doctor');
    expect(report.advice.actions).toContain('See a doctor promptly: a red flag was logged.');
  });

  it('pain 1 on every run for five weeks, above a baseline of 0, is persistent: amber', () => {
    const entries = steadyWeeks().map((entry) => ({ ...entry, pain: 1 }));
    expect(analyze(logOf(entries), ruleSet).status).toBe('amber');
    expect(analyze(logOf(entries, { baselinePain: 1 }), ruleSet).status).toBe('green');
  });

  it('findings older than 14 days do not set the status', () => {
    const entries = steadyWeeks();
    entries[0] = { ...entries[0]!, pain: 6 };
    const report = analyze(logOf(entries), ruleSet);
    expect(report.findings.some((finding) => finding.rule === 'pain-during')).toBe(true);
    expect(report.status).toBe('green');
  });

  it('advice is in the runner\'s units too', () => {
    const report = analyze(logOf(steadyWeeks(), { units: 'mi' }), ruleSet);
    expect(report.advice.units).toBe('mi');
    expect(report.advice.nextWeekMax).toBeCloseTo(22 / 1.609344, 1);
  });
});
