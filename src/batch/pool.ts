// Runs batch jobs on N worker threads (or in this thread for --jobs 1). Results are handed
// on in job order whatever order the workers finish in, so output never depends on scheduling,
// and only finished-but-not-yet-in-order results are held.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { loadRuleDefinitions } from '../rulebook/load.js';
import type { RuleDefinition } from '../rulebook/types.js';
import type { BatchJob } from './jobs.js';
import { outcomeOf, type BatchOutcome } from './rows.js';
import { runJob, type BatchSettings } from './runJob.js';

/**
 * Each worker's V8 heap. One log needs well under 30 MB of live memory, but an unlimited V8
 * heap keeps a 48 MB nursery and lets garbage grow to about four times what survived the last
 * full collection: two workers peaked at 250 MB. A 24 MB nursery, and an old-generation limit
 * below V8's 2 GB "large heap" size (under which it grows the heap by at most 2× instead of
 * 4×), keep a two-worker batch under 200 MB for a few seconds more (bench/README.md has the
 * numbers). A log that still outgrows a worker is analysed again on the main thread.
 */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 1024 };

export interface PoolOptions {
  jobs: number;
  /** The worker script (the bundled dist/worker.js). */
  workerUrl?: URL;
  /** Tests shrink these to exercise the out-of-memory path. */
  heapLimits?: ResourceLimits;
  onResult: (index: number, outcome: BatchOutcome) => void;
  /** Awaited before each job is started: the output's backpressure (a full pipe) pauses the batch. */
  beforeJob?: () => Promise<void>;
  onProgress?: (done: number, total: number, current: string) => void;
}

export async function runPool(batch: BatchJob[], settings: BatchSettings, options: PoolOptions): Promise<void> {
  const inOrder = orderedEmitter(options.onResult);
  let done = 0;
  const finished = (index: number, outcome: BatchOutcome) => {
    done += 1;
    options.onProgress?.(done, batch.length, batch[index]!.path);
    inOrder(index, outcome);
  };
  let definitions: RuleDefinition[] | undefined;
  const runHere = async (index: number) => {
    definitions ??= loadRuleDefinitions();
    finished(index, outcomeOf(await runJob(batch[index]!, settings, definitions), settings.keepReports));
  };

  const threads = Math.max(1, Math.min(options.jobs, batch.length));
  if (threads === 1 || !options.workerUrl) {
    for (let index = 0; index < batch.length; index++) {
      await options.beforeJob?.();
      await runHere(index);
    }
    return;
  }
  let next = 0;
  const live = new Set<Worker>();
  const spawn = () => {
    const worker = new Worker(options.workerUrl!, { workerData: settings, resourceLimits: options.heapLimits ?? WORKER_HEAP_LIMITS });
    live.add(worker);
    worker.once('exit', () => live.delete(worker));
    return worker;
  };
  // One lane per thread: each takes the next job until none are left.
  const lane = async () => {
    let worker = spawn();
    while (next < batch.length) {
      await options.beforeJob?.();
      if (next >= batch.length) break;
      const index = next++;
      try {
        finished(index, await ask(worker, index, batch[index]!));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
        await runHere(index);
        worker = spawn();
      }
    }
    await worker.terminate();
  };
  try {
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    // When one lane fails the others must not keep the process alive.
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
}

/** Sends one job to a worker and waits for its outcome, or for the worker to fail. */
function ask(worker: Worker, index: number, job: BatchJob): Promise<BatchOutcome> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: { index: number; outcome: BatchOutcome }) => { settle(); resolve(message.outcome); };
    const onError = (error: Error) => { settle(); reject(error); };
    const onExit = (code: number) => { settle(); reject(new Error(`a batch worker stopped (exit code ${code}) while checking ${job.path}`)); };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ index, job });
  });
}

/** Calls `emit` in index order, holding only results that arrive early. */
export function orderedEmitter<T>(emit: (index: number, value: T) => void): (index: number, value: T) => void {
  const waiting = new Map<number, T>();
  let nextIndex = 0;
  return (index, value) => {
    waiting.set(index, value);
    while (waiting.has(nextIndex)) {
      const ready = waiting.get(nextIndex)!;
      waiting.delete(nextIndex);
      emit(nextIndex++, ready);
    }
  };
}
