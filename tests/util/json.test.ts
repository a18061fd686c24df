// JSON output: characters a terminal obeys are escaped, and a report in pieces is the same text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, jsonText, terminalSafe } from '../../src/util/json.js';

const UNSAFE = ['\u0085', '\u009b', '\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '\u007f'];

describe('terminalSafe JSON', () => {
  it.each(UNSAFE)('writes U+%s as an escape and parses back to the same text', (char) => {
    const value = { name: `Zoë ${char}x`, notes: [`a${char}`] };
    const json = jsonText(value, 2);
    expect(json).not.toContain(char);
    expect(json).toContain(`\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('leaves printable text, emoji and escapes JSON already made alone', () => {
    const value = { name: 'Zoë — ≥ 4/10 🏃', tab: '\t', quote: '"' };
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });

  it('hides nothing from a terminal in any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const json = terminalSafe(JSON.stringify(text));
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/.test(json)).toBe(false);
      expect(JSON.parse(json)).toBe(text);
    }));
  });
});

describe('jsonPieces', () => {
  it('is exactly JSON.stringify(value, null, 2) when joined (property)', () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const large = fc.record({ findings: fc.array(fc.record({ rule: fc.string(), evidence: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })) }), { minLength: 60, maxLength: 200 }), other: value });
    fc.assert(fc.property(fc.oneof(value, large), (item) => {
      expect([...jsonPieces(item)].join('')).toBe(terminalSafe(JSON.stringify(item, null, 2)));
    }), { numRuns: 200 });
  });

  it('leaves out undefined members as JSON.stringify does, and splits a long list into pieces', () => {
    const report = { a: undefined, findings: Array.from({ length: 500 }, (_, index) => ({ index, note: index === 7 ? undefined : 'x' })), list: [undefined, 1] };
    const pieces = [...jsonPieces(report)];
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    expect(pieces.length).toBeGreaterThan(500);
  });
});
