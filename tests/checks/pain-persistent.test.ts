import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'pain-persistent';
const rest = (date: string, pain: number) => run(date, 0, { type: 'rest', pain });
/** A rest-day record every other day from 2025-03-01, with these pains. */
const everyOtherDay = (pains: number[]) => pains.map((pain, index) => rest(addDaysTo('2025-03-01', index * 2), pain));

describe(`${ID}: pain at rest, from entries without a run only`, () => {
  it('pain 1–2 during every run, gone every morning, is not persistent pain', () => {
    expectValid(ID, { entries: Array.from({ length: 8 }, (_, i) => run(addDaysTo('2025-03-01', i * 2), 6, { pain: 1 + (i % 2), painNextDay: 0 })) });
  });
  it('rest-day pain spanning 6 days is not yet "not clearing"', () => expectValid(ID, { entries: [rest('2025-03-01', 2), rest('2025-03-03', 2), rest('2025-03-06', 2)] }));
  it('spanning 7 days with 3 records: warn, see a physiotherapist', () => {
    const [finding] = expectInvalid(ID, { entries: [rest('2025-03-01', 2), rest('2025-03-04', 1), rest('2025-03-07', 2)] }, [
      { severity: 'warn', from: '2025-03-01', message: 'pain above your baseline on every rest-day record from 2025-03-01 to 2025-03-07 (7 days, 3 records): not clearing; see a physiotherapist' },
    ]);
    expect(finding!.refer).toEqual({ who: 'physiotherapist', when: 'soon' });
  });
  it('two records a week apart are too few to say', () => expectValid(ID, { entries: [rest('2025-03-01', 2), rest('2025-03-08', 2)] }));
  it('from 10 days: a sports physiotherapist', () => {
    expectInvalid(ID, { entries: [rest('2025-03-01', 2), rest('2025-03-05', 2), rest('2025-03-10', 2)] }, [{ severity: 'warn', message: /10 days.*see a sports physiotherapist/ }]);
  });
  it('a record back at baseline breaks it; so does a baseline of 2', () => {
    expectValid(ID, { entries: [rest('2025-03-01', 2), rest('2025-03-04', 0), rest('2025-03-07', 2), rest('2025-03-08', 2)] });
    expectValid(ID, { entries: [rest('2025-03-01', 2), rest('2025-03-04', 2), rest('2025-03-07', 2)], baselinePain: 2 });
  });
});

describe(`${ID}: 3/10 or more and not improving over 14 days is red`, () => {
  it('two weeks of unchanged 3/10 on rest days: stop, a sports physiotherapist or doctor', () => {
    const findings = expectInvalid(ID, { entries: everyOtherDay([3, 3, 3, 3, 3, 3, 3, 3]) }, [{ severity: 'stop', message: /pain at rest 3\/10 or more on every record .* and not improving \(first week 3, last week 3\)/ }, { severity: 'warn' }]);
    expect(findings.find((finding) => finding.severity === 'stop')!.refer).toEqual({ who: 'sports physiotherapist', when: 'soon' });
  });
  it('improving (4 → 3) over the two weeks stays amber', () => {
    expectInvalid(ID, { entries: everyOtherDay([4, 4, 4, 4, 3, 3, 3, 3]) }, [{ severity: 'warn' }]);
  });
  it('one record of 2 in the window stays amber', () => {
    expectInvalid(ID, { entries: everyOtherDay([3, 3, 2, 3, 3, 3, 3, 3]) }, [{ severity: 'warn' }]);
  });
});
