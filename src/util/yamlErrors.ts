// YAML errors in words: the yaml library reports a stack overflow on absurdly deep nesting
// (`[[[[…` thousands of levels) as if it were a syntax error.

/** The yaml parser's stack gives out at about 1,000 levels of nesting (measured). */
export const YAML_NESTING_NOTE = 'lists or maps inside each other about a thousand levels deep';

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * One line for a YAML parse error: the nesting limit named, with how deep the kind of file
 * usually goes (`usualDepth`); positions are left to the caller.
 */
export function yamlErrorMessage(message: string, usualDepth = 'a log needs two or three'): string {
  if (/call stack/i.test(message)) return `YAML nested too deeply to read (${YAML_NESTING_NOTE}; ${usualDepth})`;
  return `YAML syntax error: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
}

