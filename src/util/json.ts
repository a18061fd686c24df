// JSON as hipcheck writes it. Two things JSON.stringify does not do:
// - it leaves C1 controls, bidirectional controls and U+2028/U+2029 raw inside strings, where
//   `cat report.json` hands them to the terminal (a C1 CSI moves the cursor, a right-to-left
//   override reorders what is shown); here they become \uXXXX escapes, the same data to a parser;
// - it makes one string of the whole document, which for a log of a million runs is hundreds of
//   megabytes; jsonPieces gives the same text in pieces.

/** DEL, C1 controls, the Arabic letter mark, zero-width and bidi marks, embeddings, overrides and isolates, line and paragraph separators, BOM. */
const UNSAFE_IN_TERMINAL = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text with every character a terminal would obey written as an escape. Such characters
 * can only stand inside JSON strings (the rest of JSON is ASCII), so the result parses to the
 * same value.
 */
export function terminalSafe(json: string): string {
  UNSAFE_IN_TERMINAL.lastIndex = 0;
  return UNSAFE_IN_TERMINAL.test(json) ? json.replace(UNSAFE_IN_TERMINAL, escapeChar) : json;
}

/** JSON.stringify(value, null, indent), terminal-safe. */
export function jsonText(value: unknown, indent?: number): string {
  return terminalSafe(JSON.stringify(value, null, indent));
}

/** Arrays and objects with more members than this are written member by member. */
const PIECE_MEMBERS = 64;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * Exactly the text of jsonText(value, 2), terminal-safe, in pieces: large arrays and the
 * objects around them are written a member at a time, each member by JSON.stringify itself.
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const pad = '  '.repeat(depth);
  const inner = `${pad}  `;
  const whole = (member: unknown) => terminalSafe(JSON.stringify(member, null, 2).replaceAll('\n', `\n${inner}`));
  if (Array.isArray(value) && value.length > 0) {
    yield '[';
    for (let index = 0; index < value.length; index++) {
      const member: unknown = value[index];
      yield `${index === 0 ? '' : ','}\n${inner}`;
      if (isSkipped(member)) yield 'null';
      else if (isLarge(member)) yield* jsonPieces(member, depth + 1);
      else yield whole(member);
    }
    yield `\n${pad}]`;
    return;
  }
  if (isPlainObject(value) && typeof value.toJSON !== 'function' && isLarge(value)) {
    yield '{';
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (isSkipped(member)) continue;
      yield `${first ? '' : ','}\n${inner}${terminalSafe(JSON.stringify(key))}: `;
      first = false;
      if (isLarge(member)) yield* jsonPieces(member, depth + 1);
      else yield whole(member);
    }
    yield first ? '}' : `\n${pad}}`;
    return;
  }
  yield terminalSafe(JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad}`));
}

/** An array with many members, or a plain object holding one somewhere: worth splitting. */
function isLarge(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > PIECE_MEMBERS;
  if (!isPlainObject(value) || typeof value.toJSON === 'function') return false;
  return Object.values(value).some(isLarge);
}
