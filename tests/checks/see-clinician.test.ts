import { describe, expect, it } from 'vitest';
import { expectInvalid, expectValid, run } from '../helpers/ruleTester.js';

const ID = 'see-clinician';
const noted = (notes: string) => ({ entries: [run('2025-03-04', 5, { notes })] });

describe(ID, () => {
  it.each([
    ['the hip interferes with work now', 'pain that interferes with daily life'],
    ['still not better after two weeks of rest', 'no improvement despite looking after it'],
    ['hip pain keeps coming back', 'repeated bouts'],
    ['woke me up at night with hip pain', 'pain that interferes with daily life'],
  ])('"%s": warn, see a physiotherapist (%s)', (notes, flag) => {
    const [finding] = expectInvalid(ID, noted(notes), [{ severity: 'warn', message: new RegExp(`mentions ${flag}.*see a physiotherapist`) }]);
    expect(finding!.refer).toEqual({ who: 'physiotherapist', when: 'soon' });
    expect(finding!.urgent).toBeUndefined();
  });
  it.each(['ache at night from lying on the sore side', 'my 10k time is not improving', 'not interfering with daily life', 'can\'t put weight on it'])('"%s" is not a clinician sign', (notes) => {
    expectValid(ID, noted(notes));
  });
});
