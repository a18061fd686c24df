// How many worker threads a batch uses when --jobs is not given.

/**
 * Starting a worker costs about as much as parsing a megabyte of log, so a small squad is
 * checked on one thread (bench/README.md has the measurements).
 */
export const SMALL_SQUAD_BYTES = 2_000_000;

export interface MachineNow {
  cores: number;
  /** The one-minute load average: how many threads other programs keep running. */
  loadAverage: number;
}

/**
 * One thread for a small squad; else one per core that other programs leave idle, at least one.
 * On a shared 2-core machine at a load of 6, two workers took twice the CPU time of one thread
 * and 1.8× its wall time (threads fighting over busy cores, and each worker's collector), so a
 * busy machine gets one thread. The output is the same whatever this picks.
 */
export function autoThreads(squadBytes: number, machine: MachineNow): number {
  if (squadBytes < SMALL_SQUAD_BYTES) return 1;
  const idleCores = Math.round(machine.cores - machine.loadAverage);
  return Math.max(1, Math.min(machine.cores, idleCores));
}
