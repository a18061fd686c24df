import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';
import { syntheticLog } from '../helpers/synthetic.js';

const ID = 'pattern';
const noise = (random: () => number) => Math.floor(random() * 2);

describe(ID, () => {
  it('trail runs carrying more pain are found, with counts and the adjusted p-value', () => {
    const entries = syntheticLog({ runs: 60, seed: 1, pain: (entry, _previous, random) => (entry.terrain === 'trail' ? 4 : 1) + noise(random) });
    const [finding] = expectInvalid(ID, { entries }, [{ severity: 'info', message: /^Pain during the run averaged 4\.\d on \d+ trail runs vs 1\.\d on \d+ other runs \(adjusted p [\d.e-]+\)\. Uneven/ }]);
    expect(finding!.evidence).toMatchObject({ factor: 'terrain', value: 'trail', painMeasure: 'pain' });
    expect(finding!.evidence.pValue).toBeLessThan(0.1);
  });

  it('intervals carrying more pain: a type pattern with the hip-stabilisation advice', () => {
    const entries = syntheticLog({ runs: 80, seed: 2, pain: (entry, _previous, random) => (entry.type === 'intervals' ? 3 : 1) + noise(random) });
    expectInvalid(ID, { entries }, [{ severity: 'info', message: /on \d+ intervals sessions .*hip-stabilisation exercises/ }]);
  });

  it('pain the day after a long or hard run', () => {
    const entries = syntheticLog({
      runs: 120, seed: 3,
      pain: (entry, previous, random) => (previous && previous.date === dayBefore(entry.date) && (previous.distanceKm > 14 || previous.type === 'intervals' || previous.type === 'tempo') ? 4 : 1) + noise(random),
    });
    const { findings } = runRule(ID, { entries });
    expect(findings.map((finding) => finding.evidence.factor)).toContain('previousDayLoad');
  });

  it('long trail runs: a terrain × long pattern that neither factor shows alone', () => {
    const entries = syntheticLog({ runs: 160, seed: 4, pain: (entry, _previous, random) => (entry.terrain === 'trail' && entry.distanceKm > 14.5 ? 5 : 1) + noise(random) });
    const { findings } = runRule(ID, { entries });
    expect(findings[0]!.evidence).toMatchObject({ factor: 'terrain+distance', value: 'trail+long' });
    expect(findings[0]!.message).toMatch(/on \d+ trail runs over [\d.]+ km vs/);
    expect(findings.some((finding) => finding.evidence.factor === 'terrain' || finding.evidence.factor === 'distance')).toBe(false);
  });

  it('road runs carrying more pain get the camber advice', () => {
    const entries = syntheticLog({ runs: 60, seed: 8, pain: (entry, _previous, random) => (entry.terrain === 'road' ? 4 : 1) + noise(random) });
    expectInvalid(ID, { entries }, [{ severity: 'info', message: /on \d+ road runs .*camber/ }]);
  });

  it('fewer than 10 runs with pain: no pattern, and it says why', () => {
    const entries = syntheticLog({ runs: 9, seed: 5, pain: (entry) => (entry.terrain === 'trail' ? 9 : 0) });
    const result = runRule(ID, { entries });
    expect(result.findings).toEqual([]);
    expect(result.tooLittleData).toBe('needs pain scores on 10 or more runs');
  });

  it('a difference under 1.5 points is not a pattern however consistent', () => {
    const entries = syntheticLog({ runs: 100, seed: 6, pain: (entry) => (entry.terrain === 'trail' ? 2.4 : 1) });
    expectValid(ID, { entries });
  });

  it('fewer than 5 runs on one side is not compared', () => {
    const entries = [...Array.from({ length: 12 }, (_, i) => run(`2025-03-${String(i + 1).padStart(2, '0')}`, 5, { terrain: 'road', pain: 1 })), ...['2025-03-20', '2025-03-22', '2025-03-24', '2025-03-26'].map((date) => run(date, 5, { terrain: 'trail', pain: 8 }))];
    expect(runRule(ID, { entries }).findings.filter((finding) => finding.evidence.factor === 'terrain')).toEqual([]);
  });

  it('is deterministic for the same input', () => {
    const entries = syntheticLog({ runs: 60, seed: 7, pain: (entry, _previous, random) => (entry.terrain === 'trail' ? 4 : 1) + noise(random) });
    expect(runRule(ID, { entries })).toEqual(runRule(ID, { entries }));
  });
});

function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
