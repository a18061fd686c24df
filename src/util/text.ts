// Small text helpers shared by the reporters and the CLI.

/** Text output ends in a newline (nothing stays nothing). */
export function withNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}

/**
 * Word-wraps `text` to `width` columns: the first line indented by `firstIndent` spaces, the
 * others by `indent`. A word longer than a line is split, never cut off.
 */
export function wrap(text: string, width: number, indent = 0, firstIndent = indent): string[] {
  const lines: string[] = [];
  let current = '';
  const room = () => Math.max(1, width - (lines.length === 0 ? firstIndent : indent));
  const flush = () => {
    lines.push(' '.repeat(lines.length === 0 ? firstIndent : indent) + current);
    current = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    if (current && current.length + 1 + rest.length > room()) flush();
    while (rest.length > room()) {
      if (current) flush();
      const take = room();
      current = rest.slice(0, take);
      rest = rest.slice(take);
      flush();
    }
    if (rest) current = current ? `${current} ${rest}` : rest;
  }
  if (current || lines.length === 0) flush();
  return lines;
}

/**
 * The first line (split at LF, a CR before it dropped) that is not blank and not skipped,
 * found without splitting the whole text: logs can be hundreds of megabytes.
 */
export function firstLine(text: string, skip: (line: string) => boolean = () => false): string {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line.trim() !== '' && !skip(line)) return line;
    start = end + 1;
  }
  return '';
}
