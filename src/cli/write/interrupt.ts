// What must be undone if the process is stopped by a signal (Ctrl+C, kill, a closed terminal):
// temporary files and lock files. bin/hipcheck.js runs these cleanups and exits 128 + the
// signal's number (130 for Ctrl+C).
//
// Node runs a signal handler only between pieces of JavaScript, never in the middle of one,
// so a command busy analysing a large log learns of Ctrl+C only when it next waits.
// `settleSignals()` is that wait: every write calls it just before its file appears, so an
// interrupted command never leaves its output behind.
import { setImmediate as nextTurn } from 'node:timers/promises';

const cleanups = new Set<() => void>();

/** Registers an undo step for an interruption; call the returned function once it is no longer needed. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Runs every registered cleanup (each at most once); errors are ignored, the process is ending. */
export function runInterruptCleanups(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: the others must still run.
    }
  }
}

/**
 * Lets a signal that arrived while JavaScript was busy be handled now. One turn of the event
 * loop is not always enough (the signal is read in the poll phase of the next one), two are.
 */
export async function settleSignals(): Promise<void> {
  await nextTurn();
  await nextTurn();
}

/** The signals that stop hipcheck, with their numbers: the exit status is 128 + the number. */
export const STOP_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15 } as const;
