// Control characters from the user's files are shown, never obeyed; long values are cut.
import { describe, expect, it } from 'vitest';
import { shortened, visible, visibleDeep } from '../../src/util/visible.js';
import { formatProblem } from '../../src/model/errors.js';
import { escapeMarkdown } from '../../src/report/markdown.js';

describe('visible', () => {
  it.each([
    ['\u001b[31mred', '\\e[31mred'],
    ['\u001b]52;c;ZXZpbA==\u0007', '\\e]52;c;ZXZpbA==\\x07'],
    ['\u009b2J', '\\x9b2J'],
    ['a\rb\nc\td', 'a\\rb\\nc\\td'],
    ['\u0000\u0008\u007f', '\\x00\\x08\\x7f'],
    ['abc\u202Egnp.exe', 'abc\\u202egnp.exe'],
    ['a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['\ufeffAna\u200b', '\\ufeffAna\\u200b'],
    ['Zoë — 5 km · ≥ 4/10 🏃 👨\u200d👩\u200d👧', 'Zoë — 5 km · ≥ 4/10 🏃 👨\u200d👩\u200d👧'],
  ])('%j → %j', (raw, shown) => expect(visible(raw)).toBe(shown));

  it('keeps tabs and line breaks when asked, and still escapes the rest', () => {
    expect(visible('a\tb\nc\u001b[8m', { keepLineBreaks: true })).toBe('a\tb\nc\\e[8m');
  });

  it('reaches every string in nested data, leaving numbers alone', () => {
    expect(visibleDeep({ name: 'x\u001b', list: ['\u0007', 3], nested: { n: null } })).toEqual({ name: 'x\\e', list: ['\\x07', 3], nested: { n: null } });
  });

  it('cuts long values, saying how much was left out', () => {
    expect(shortened('x'.repeat(205))).toBe(`${'x'.repeat(200)}… (5 more characters)`);
    expect(shortened('short')).toBe('short');
  });
});

describe('formatProblem', () => {
  it('a file name or value with a line break stays on one line, escaped', () => {
    const line = formatProblem({ file: 'a\nb.csv:1  error: forged', line: 2, col: 3, severity: 'error', message: 'bad value', got: '"\u001b[8mhidden"' });
    expect(line).toBe('a\\nb.csv:1  error: forged:2:3  error: bad value (got "\\e[8mhidden")');
    expect(line).not.toContain('\n');
  });

  it('a megabyte value becomes a short line', () => {
    expect(formatProblem({ file: 'x.csv', severity: 'error', message: 'no date column', got: 'y'.repeat(1_000_000) }).length).toBeLessThan(300);
  });
});

describe('escapeMarkdown', () => {
  it('a lone CR, CRLF or LF becomes a space; pipes cannot open a cell', () => {
    expect(escapeMarkdown('a\rb\r\nc\nd|e')).toBe('a b c d\\|e');
  });
});
