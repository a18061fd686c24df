import type { InputProblem } from './log.js';

/**
 * A mistake of the user's (bad file, bad config, bad flag) that stops the command.
 * The CLI prints its problems and exits 2 without a stack trace.
 */
export class UserError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem | InputProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message).join('; '));
    this.name = 'UserError';
    this.problems = list;
  }
}

export function formatProblem(problem: InputProblem): string {
  const where = [problem.file, problem.line, problem.line !== undefined ? problem.col : undefined]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
  const detail = [
    problem.got !== undefined ? `got ${problem.got}` : undefined,
    problem.expected !== undefined ? `expected ${problem.expected}` : undefined,
  ].filter(Boolean);
  const tail = detail.length > 0 ? ` (${detail.join(', ')})` : '';
  return `${where}  ${problem.severity}: ${problem.message}${tail}`;
}
