import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'pain-builds';
const rise = (date: string, start: number, end: number, extra = {}) => run(date, 8, { painStart: start, painEnd: end, ...extra });

describe(`${ID}: within one run`, () => {
  it('pain that eases, or rises a point (1 → 2), is not the bone-stress picture', () => {
    expectValid(ID, { entries: [rise('2025-03-04', 4, 1), rise('2025-03-06', 1, 2), rise('2025-03-08', 1, 2)] });
  });
  it('a rise of 3 that ends at 4 (1 → 4): stop, see a doctor within days', () => {
    const [finding] = expectInvalid(ID, { entries: [rise('2025-03-04', 1, 4)] }, [{ severity: 'stop', message: 'pain rose from 1 to 4/10 during the run on 2025-03-04 (8.0 km): the bone-stress pattern; stop running and see a doctor' }]);
    expect(finding!.refer).toEqual({ who: 'doctor', when: 'within days' });
  });
  it('a rise of 3 that ends at 3 (0 → 3) is not red; one rise of 3 alone is information', () => {
    expectInvalid(ID, { entries: [rise('2025-03-04', 0, 3)] }, [{ severity: 'info' }]);
  });
  it('climbing 2 → 7 within one run: stop', () => expectInvalid(ID, { entries: [rise('2025-03-04', 2, 7)] }, [{ severity: 'stop' }]));
  it('any rise that ends above 5 (5 → 5.5): stop; 5 → 6 too', () => {
    expectInvalid(ID, { entries: [rise('2025-03-04', 5, 5.5)] }, [{ severity: 'stop' }]);
    expectInvalid(ID, { entries: [rise('2025-03-04', 5, 6)] }, [{ severity: 'stop' }]);
  });
  it('rises of 2 on 2 runs within 14 days: warn, see a physiotherapist', () => {
    const findings = expectInvalid(ID, { entries: [rise('2025-03-01', 1, 3), rise('2025-03-14', 1, 3)] }, [{ severity: 'warn', date: '2025-03-14' }, { severity: 'info', date: '2025-03-01' }]);
    expect(findings[0]!.refer).toEqual({ who: 'physiotherapist', when: 'soon' });
  });
  it('15 days apart: information only', () => {
    expectInvalid(ID, { entries: [rise('2025-03-01', 1, 3), rise('2025-03-15', 1, 3)] }, [{ severity: 'info' }, { severity: 'info' }]);
  });
  it('a note "worse as the run went on" counts as a run with building pain', () => {
    expectInvalid(ID, { entries: [run('2025-03-01', 8, { notes: 'hip got worse as the run went on' }), rise('2025-03-05', 2, 4)] }, [{ severity: 'warn' }, { severity: 'info' }]);
  });
  it('says when no start and end scores are logged', () => expect(runRule(ID, { entries: [run('2025-03-04', 8, { pain: 2 })] }).tooLittleData).toMatch(/pain_start/));
});

describe(`${ID}: a safety tier`, () => {
  it('lowered to info with a safetyOverride, the bone-stress tier becomes a warn', () => {
    expectInvalid(ID, { entries: [rise('2025-03-04', 1, 5)], severity: 'info', safetyOverride: 'reviewed weekly by my physio' }, [{ severity: 'warn' }]);
  });
});
