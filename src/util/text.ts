// Small text helpers shared by the reporters and the CLI.

/** Text output ends in a newline (nothing stays nothing). */
export function withNewline(text: string): string {
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}
