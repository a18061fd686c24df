// A real terminal for end-to-end tests: one tmux session per test file, closed after each test.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach } from 'vitest';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The contents of a file a command in the session writes when it ends (its output, its exit code). */
export async function waitForFile(file: string): Promise<string> {
  for (let i = 0; i < 40 && !existsSync(file); i++) await pause(250);
  return readFileSync(file, 'utf8').trim();
}

export interface TmuxSession {
  session: string;
  tmux: (...args: string[]) => string;
  /** Sends keys one at a time, as a person types, pausing after each. */
  press: (...keys: string[]) => Promise<void>;
}

export function tmuxSession(name: string, pauseMs = 350): TmuxSession {
  const session = `hipcheck-${name}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
  afterEach(() => {
    try {
      tmux('kill-session', '-t', session);
    } catch {
      // already gone
    }
  });
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      tmux('send-keys', '-t', session, key);
      await pause(pauseMs);
    }
  };
  return { session, tmux, press };
}
