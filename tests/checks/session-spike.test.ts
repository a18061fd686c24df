import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'session-spike';
// The log starts 2025-03-01 with a 10 km run, so a run on 2025-03-31 has 30 days of log before it.
const after = (km: number, date = '2025-03-31') => ({ entries: [run('2025-03-01', 10), run('2025-03-15', 8), run(date, km)] });

describe(ID, () => {
  it('exactly 110% of the 30-day longest is not a spike', () => expectValid(ID, after(11)));
  it('110.1% is a spike in the 10–30% band (HR 1.64)', () => {
    const [finding] = expectInvalid(ID, after(11.01), [{ severity: 'warn', date: '2025-03-31', message: /10\.1% longer than the 30-day longest of 10\.0 km \(band 10–30%, hazard ratio 1\.64/ }]);
    expect(finding!.evidence).toMatchObject({ longestPrevious30DaysKm: 10, band: '10–30%', hazardRatio: 1.64 });
  });
  it('30–100% longer is the 1.52 band, over 100% the 2.28 band', () => {
    expectInvalid(ID, after(15), [{ severity: 'warn', message: /band 30–100%, hazard ratio 1\.52/ }]);
    expectInvalid(ID, after(20.1), [{ severity: 'warn', message: /band over 100%, hazard ratio 2\.28/ }]);
  });
  it('runs in the first 30 days of a log are never spikes', () => {
    const result = runRule(ID, after(25, '2025-03-30'));
    expect(result.findings).toEqual([]);
    expect(result.tooLittleData).toMatch(/30 days/);
  });
  it('only the previous 30 days count: a long run 31 days ago does not', () => {
    expectInvalid(ID, { entries: [run('2025-02-01', 20), run('2025-02-20', 10), run('2025-03-04', 12)] }, [{ severity: 'warn', date: '2025-03-04' }]);
  });
});
