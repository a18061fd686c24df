// Text from the user's files (names, notes, shoe names, file names) is shown, never obeyed:
// a terminal treats ESC, C1 and other control characters as commands (colours, hidden text,
// clipboard writes with OSC 52, cursor moves that overwrite earlier lines), and a line break
// in a file name could forge a message line. Each such character is written out visibly.

/**
 * C0 controls, DEL, C1 controls, the bidirectional marks and overrides that reorder text on
 * screen, the line and paragraph separators, and the invisible zero-width space and BOM (joiners
 * stay: emoji and some scripts need them).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

function escape(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The text with every control character shown as an escape (`\e`, `\x07`, `\u009b`, `\n`).
 * `keepLineBreaks` leaves tabs and newlines alone, for text that is meant to span lines.
 */
export function visible(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  const pattern = options.keepLineBreaks ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL;
  pattern.lastIndex = 0;
  return pattern.test(text) ? text.replace(pattern, escape) : text;
}

/**
 * Plain data (a report, a table row) with `visible` applied to every string in it. Only the
 * parts that change are copied; the rest is shared, so a report with a finding per run is
 * not copied whole to be shown. Treat the result as read-only.
 */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((inner: unknown, index) => {
      const shown = visibleDeep(inner);
      if (shown !== inner) (copy ??= [...value])[index] = shown;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const [key, inner] of Object.entries(value)) {
      const shown = visibleDeep(inner);
      if (shown !== inner) (copy ??= { ...(value as Record<string, unknown>) })[key] = shown;
    }
    return (copy ?? value) as T;
  }
  return value;
}

/** Very long values (a 50 MB header line) are cut, saying how much was left out. */
export function shortened(text: string, maxChars = 200): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)`;
}
