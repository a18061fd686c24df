import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run, runRule } from '../helpers/ruleTester.js';

const ID = 'pain-during';
const painOf = (extra: Parameters<typeof run>[2]) => ({ entries: [run('2025-03-04', 10, extra)] });

describe(`${ID}: up to 3 fine, above 3 up to 5 the edge, above 5 too much`, () => {
  it('pain 3 is fine', () => expectValid(ID, painOf({ pain: 3 })));
  it('pain 3.1 is above 3: the edge (warn)', () => {
    expectInvalid(ID, painOf({ pain: 3.1 }), [{ severity: 'warn', message: 'pain 3.1/10 during the run on 2025-03-04 (10.0 km): above 3, at the edge (up to 5)' }]);
  });
  it('pain 4 and 5 are the edge', () => {
    expectInvalid(ID, painOf({ pain: 4 }), [{ severity: 'warn' }]);
    expectInvalid(ID, painOf({ pain: 5 }), [{ severity: 'warn' }]);
  });
  it('pain 5.5 is above 5, whatever the decimal: stop', () => {
    expectInvalid(ID, painOf({ pain: 5.5 }), [{ severity: 'stop', message: 'pain 5.5/10 during the run on 2025-03-04 (10.0 km): above 5, too much' }]);
  });
  it('pain 6: stop, and see a physiotherapist if it persists', () => {
    const [finding] = expectInvalid(ID, painOf({ pain: 6 }), [{ severity: 'stop' }]);
    expect(finding!.refer).toEqual({ who: 'physiotherapist', when: 'if it persists' });
  });
  it('pain during is the highest of pain, pain_start and pain_end: a warm-up 6 → 2 is still a 6', () => {
    expectInvalid(ID, painOf({ painStart: 6, painEnd: 2, pain: 2 }), [{ severity: 'stop', message: /pain 6\/10 during the run .*, at the start\): above 5/ }]);
    expectInvalid(ID, painOf({ painStart: 2, painEnd: 7 }), [{ severity: 'stop', message: /at the end/ }]);
  });
  it('says when no pain during runs is logged', () => {
    expect(runRule(ID, painOf({ painNextDay: 2 })).tooLittleData).toMatch(/no pain scores during runs/);
  });
});

describe(`${ID}: config`, () => {
  it('safeMax moves the edge', () => expectValid(ID, { ...painOf({ pain: 4 }), options: { safeMax: 4 } }));
  it('lowering the severity, with a safetyOverride, lowers both tiers', () => {
    expectInvalid(ID, { ...painOf({ pain: 6 }), severity: 'info', safetyOverride: 'my physio monitors me' }, [{ severity: 'warn' }]);
  });
});
