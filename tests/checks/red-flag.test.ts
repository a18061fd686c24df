import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'red-flag';
const noted = (notes: string) => ({ entries: [run('2025-03-04', 5, { notes })] });

describe(`${ID}: notes`, () => {
  it.each([
    ["couldn't bear weight on the left leg afterwards", 'not being able to bear weight', 'today'],
    ['Run not too bad but can\'t put weight on the leg tonight', 'not being able to bear weight', 'today'],
    ['No swelling yesterday but today the hip is swollen', 'swelling', 'today'],
    ['temperature 38.5 and shivery', 'fever or chills', 'today'],
    ['limping after', 'limping', 'within a few days'],
    ['hurts to walk after, deep in the groin', 'pain when walking or standing', 'within a few days'],
    ['worse every night', 'pain at night or at rest that keeps getting worse', 'within a few days'],
  ])('"%s": stop, %s, see a doctor %s', (notes, flag, when) => {
    const [finding] = expectInvalid(ID, noted(notes), [{ severity: 'stop', message: new RegExp(`mentions ${flag}.*see a doctor ${when}`) }]);
    expect(finding!.urgent).toBe(true);
    expect(finding!.refer!.who).toBe('doctor');
  });
  it.each(['no swelling, felt fine', 'ache at night from lying on the sore side', 'pain at rest 0/10', 'physio ruled out a stress fracture', 'hurts on the stairs'])('"%s" is not a red flag', (notes) => {
    expectValid(ID, noted(notes));
  });
  it('notes on rest days and diary days are read too', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 5), run('2025-03-05', 0, { type: 'rest', notes: 'hip swollen' })] }, [{ severity: 'stop', date: '2025-03-05' }]);
  });
});

describe(`${ID}: pain scores and the red_flag column`, () => {
  it('pain 8 in any measure: stop; 7.9 is not', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 5, { pain: 3, painNextDay: 8 })] }, [{ severity: 'stop', message: '2025-03-04: pain 8/10 (the next morning), intense pain: see a doctor today (same day, or urgent care)' }]);
    expectValid(ID, { entries: [run('2025-03-04', 5, { pain: 7.9 })] });
  });
  it('a red_flag column: yes, or the sign\'s name', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 5, { redFlag: 'yes' })] }, [{ severity: 'stop', message: /red_flag column says "yes" — a red flag: see a doctor today/ }]);
    expectInvalid(ID, { entries: [run('2025-03-04', 5, { redFlag: 'swelling' })] }, [{ severity: 'stop', message: /says "swelling" — swelling: see a doctor today/ }]);
    expectValid(ID, { entries: [run('2025-03-04', 5, { redFlag: 'no' })] });
  });
});

describe(`${ID}: an urgent flag stands until cleared`, () => {
  it('a clearance on or after the flag (note or cleared column) turns it into information', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 5, { notes: 'limping after' }), run('2025-03-10', 0, { type: 'rest', notes: 'cleared to run by the physio' })] }, [
      { severity: 'info', message: '2025-03-04: limping (possible stress fracture) — cleared by a professional on 2025-03-10 ("cleared to run by the physio")' },
    ]);
    expectInvalid(ID, { entries: [run('2025-03-04', 5, { notes: 'limping after' }), run('2025-03-10', 0, { type: 'rest', cleared: 'Dr Patel: x-ray clear' })] }, [{ severity: 'info' }]);
  });
  it('a clearance before the flag does not clear it', () => {
    expectInvalid(ID, { entries: [run('2025-03-01', 0, { type: 'rest', cleared: 'physio' }), run('2025-03-04', 5, { notes: 'limping after' })] }, [{ severity: 'stop' }]);
  });
});

describe(`${ID}: rows that could not be used`, () => {
  it('a note on a row with a bad distance raises the flag on its own date, and says so', () => {
    const { findings } = runRule(ID, { entries: [run('2025-03-01', 5), run('2025-03-08', 5)], unusableRows: [{ line: 4, date: '2025-03-05', notes: "can't put weight on it", reason: 'distance: not a distance' }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'stop', date: '2025-03-05', urgent: true });
    expect(findings[0]!.message).toBe('2025-03-05: line 4, left out of the analysis (distance: not a distance), has a note that mentions not being able to bear weight ("can\'t put weight on it"): see a doctor today (same day, or urgent care) (dated by its own date)');
  });
  it('a row with an unreadable or future date is dated as the nearest readable entry', () => {
    const entries = [{ ...run('2025-03-01', 5), line: 2 }, { ...run('2025-03-08', 5), line: 3 }, { ...run('2025-03-09', 5), line: 6 }];
    const unreadable = runRule(ID, { entries, unusableRows: [{ line: 4, notes: 'swollen hip', reason: 'date: not a date' }] }).findings;
    expect(unreadable[0]).toMatchObject({ severity: 'stop', date: '2025-03-08' });
    expect(unreadable[0]!.message).toMatch(/dated as the nearest readable entry, line 3/);
    const future = runRule(ID, { entries, unusableRows: [{ line: 5, date: '2052-03-09', notes: 'swollen hip', reason: 'a future date' }] }).findings;
    expect(future[0]).toMatchObject({ severity: 'stop', date: '2025-03-09' });
  });
});

describe(`${ID}: a safety rule`, () => {
  it('lowered with a safetyOverride, findings follow the config and are no longer urgent', () => {
    const [finding] = expectInvalid(ID, { ...noted('could not bear weight'), severity: 'warn', safetyOverride: 'physio reads my notes' }, [{ severity: 'warn' }]);
    expect(finding!.urgent).toBeUndefined();
  });
});
