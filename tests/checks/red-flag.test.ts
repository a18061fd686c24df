import { describe, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'red-flag';
const noted = (notes: string) => ({ entries: [run('2025-03-04', 5, { notes })] });

describe(ID, () => {
  it.each([
    ["couldn't bear weight on the left leg afterwards", 'not being able to bear weight'],
    ['Cannot walk properly since the run', 'not being able to walk'],
    ['hip swollen this morning', 'swelling'],
    ['felt feverish with chills', 'fever or chills'],
    ['woke up at night with hip pain', 'pain at rest or at night'],
    ['deep groin pain, hurts to walk', 'pain when walking or standing'],
    ['unable to lift my leg into the car', 'not being able to move the leg'],
  ])('"%s" is a red flag (%s): stop', (notes, flag) => {
    expectInvalid(ID, noted(notes), [{ severity: 'stop', message: new RegExp(`mentions ${flag}.*see a doctor promptly`) }]);
  });
  it.each(['no swelling, felt fine', 'not feverish', 'rest day, hip fine', 'easy run, walked the hills', 'without any night pain now'])('"%s" is not a red flag', (notes) => {
    expectValid(ID, noted(notes));
  });
  it('pain 8 in any measure: stop', () => {
    expectInvalid(ID, { entries: [run('2025-03-04', 5, { pain: 3, painNextDay: 8 })] }, [{ severity: 'stop', message: '2025-03-04: pain 8/10 (the next morning), intense pain: see a doctor promptly' }]);
  });
  it('pain 7 is not intense enough for this rule', () => expectValid(ID, { entries: [run('2025-03-04', 5, { pain: 7 })] }));
});

describe(`${ID}: night pain phrasings`, () => {
  it.each(['hip pain keeps me awake', 'woke me up from the ache', 'night pain again'])('"%s" is flagged', (notes) => {
    expectInvalid(ID, noted(notes), [{ severity: 'stop' }]);
  });
  it('"ran at night, no pain" is not', () => expectValid(ID, noted('ran at night, no pain')));
});

describe(`${ID}: safety floor`, () => {
  it('a config that lowers red-flag to info still gets a stop', () => {
    expectInvalid(ID, { ...noted('could not bear weight'), severity: 'info' }, [{ severity: 'stop' }]);
  });
});
