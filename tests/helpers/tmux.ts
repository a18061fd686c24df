// A real terminal for end-to-end tests: one tmux session per test file, closed after each test.
import { execFileSync } from 'node:child_process';
import { afterEach } from 'vitest';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function tmuxSession(name: string): { session: string; tmux: (...args: string[]) => string } {
  const session = `hipcheck-${name}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
  afterEach(() => {
    try {
      tmux('kill-session', '-t', session);
    } catch {
      // already gone
    }
  });
  return { session, tmux };
}
