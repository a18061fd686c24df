// Runs the built binary the way a user would: a real process, real pipes, exit code.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/hipcheck.js', import.meta.url));
/** The built binary, for tests that start it through a shell. */
export const BIN_PATH = BIN;

/**
 * "Today" for every run unless a test sets its own: the day after the bundled example log ends,
 * so tests do not change with the calendar (a log is stale 14 days after its last entry).
 */
export const DEFAULT_TODAY = '2025-03-31';

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function hipcheck(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'America/New_York', HIPCHECK_TODAY: DEFAULT_TODAY, ...options.env },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export function fixture(path: string): string {
  return fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
}

/** The --format choices a command's --help lists. */
export function formatChoices(command: string): string[] {
  const help = hipcheck([command, '--help']).stdout.replace(/\s+/g, ' ');
  const choices = /--format <format> [^(]*\(choices: (.*?)(?:, default: [^)]*)?\)/.exec(help)?.[1] ?? '';
  return choices.split(', ').map((choice) => choice.replace(/"/g, '').trim()).filter(Boolean);
}

export interface RunningCli {
  child: ChildProcess;
  /** The exit status as a shell reports it: the code, or 128 + the signal's number. */
  done: Promise<CliResult>;
}

/** Starts the built binary without waiting, for tests that signal it or run several at once. */
export function startHipcheck(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', TZ: 'America/New_York', HIPCHECK_TODAY: DEFAULT_TODAY, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => {
    resolve({ stdout, stderr, status: code ?? 128 + (signal ? constants.signals[signal] : 0) });
  }));
  return { child, done };
}
