// Typos of the key words are read as those words; real words one typo away never are, so the
// "must not flag" tables stay quiet (tests/checks/red-flag-phrases.test.ts runs them with it).
import { describe, expect, it } from 'vitest';
import { correctSpelling, keyWordFor } from '../../src/checks/spelling.js';
import { readNote } from '../../src/checks/noteReading.js';

describe('typos of the key words', () => {
  it.each([
    ['wieght', 'weight'], ['weigt', 'weight'], ['limpin', 'limping'], ['limpng', 'limping'], ['lmiping', 'limping'],
    ['swolen', 'swollen'], ['sweling', 'swelling'], ['swellin', 'swelling'], ['feaver', 'fever'], ['fevr', 'fever'], ['fevers', 'fever'],
  ])('%s → %s', (typo, word) => expect(keyWordFor(typo)).toBe(word));
  it.each(['eight', 'weigh', 'height', 'talking', 'waking', 'lisping', 'limped', 'dwelling', 'smelling', 'spelling', 'never', 'fewer', 'lever', 'ever', 'clutches', 'limb', 'walk'])('"%s" is left alone', (word) => {
    expect(keyWordFor(word)).toBeUndefined();
  });
  it('the report quotes the runner\'s own words, not the corrected ones', () => {
    expect(readNote('had to stop, limpin home')[0]!.excerpt).toBe('had to stop, limpin home');
    expect(correctSpelling('limpin home').text).toBe('limping home');
  });
});
