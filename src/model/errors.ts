import { shortened, visible } from '../util/visible.js';
import type { InputProblem } from './log.js';

/**
 * A mistake of the user's (bad file, bad config, bad flag) that stops the command.
 * The CLI prints its problems and exits 2 without a stack trace.
 */
export class UserError extends Error {
  readonly problems: InputProblem[];
  /** Urgent red flags in what could not be read (--strict): the log still needs attention. */
  readonly redFlags: string[];

  constructor(problems: InputProblem | InputProblem[], redFlags: string[] = []) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message).join('; '));
    this.name = 'UserError';
    this.problems = list;
    this.redFlags = redFlags;
  }
}

/**
 * A log that was read but holds no entry to judge (a header only, every row skipped, or every
 * entry after today): `analyze` stops on it; `interview --log` judges the answers alone.
 */
export class NoEntriesError extends UserError {
  constructor(problems: InputProblem | InputProblem[]) {
    super(problems);
    this.name = 'NoEntriesError';
  }
}

/**
 * One problem as one line: `file:line:col  severity: message (got X, expected Y)`. What came
 * from the user's files (names, values) is shown with control characters escaped, so it can
 * neither drive the terminal nor forge a line, and very long values are cut.
 */
export function formatProblem(problem: InputProblem): string {
  const where = [problem.file === undefined ? undefined : shortened(problem.file), problem.line, problem.line !== undefined ? problem.col : undefined]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
  const detail = [
    problem.got !== undefined ? `got ${shortened(String(problem.got))}` : undefined,
    problem.expected !== undefined ? `expected ${shortened(problem.expected, 1000)}` : undefined,
  ].filter(Boolean);
  const tail = detail.length > 0 ? ` (${detail.join(', ')})` : '';
  return visible(`${where}  ${problem.severity}: ${shortened(problem.message, 1000)}${tail}`);
}
