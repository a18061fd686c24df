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
