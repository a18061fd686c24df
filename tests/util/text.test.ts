import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/util/text.js';

describe('wrap', () => {
  it('breaks between words, indents continuation lines, and loses no word', () => {
    const text = 'pain 7/10 during the run on 2025-03-28 (7.0 km): above the edge, too much; see a doctor';
    const lines = wrap(text, 30, 4, 2);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines[0]!.startsWith('  pain')).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith('    ') && !line.startsWith('     '))).toBe(true);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(text);
  });

  it('splits a word longer than the line instead of cutting it', () => {
    const lines = wrap('x'.repeat(25), 10);
    expect(lines).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
  });

  it('keeps a short text on one line, and an empty text as one empty line', () => {
    expect(wrap('see a doctor', 80)).toEqual(['see a doctor']);
    expect(wrap('', 80)).toEqual(['']);
  });
});
