// Runs batch jobs on N worker threads (or in this thread for --jobs 1). Results are handed
// on in job order whatever order the workers finish in, so output never depends on scheduling,
// and only finished-but-not-yet-in-order results are held.
import { Worker } from 'node:worker_threads';
import { loadRuleDefinitions } from '../rulebook/load.js';
import type { BatchJob } from './jobs.js';
import { runJob, type BatchResult, type BatchSettings } from './runJob.js';

export interface PoolOptions {
  jobs: number;
  /** The worker script (the bundled dist/worker.js). */
  workerUrl?: URL;
  onResult: (index: number, result: BatchResult) => void;
  onProgress?: (done: number, total: number, current: string) => void;
}

export async function runPool(batch: BatchJob[], settings: BatchSettings, options: PoolOptions): Promise<void> {
  const inOrder = orderedEmitter(options.onResult);
  let done = 0;
  const finished = (index: number, result: BatchResult) => {
    done += 1;
    options.onProgress?.(done, batch.length, batch[index]!.path);
    inOrder(index, result);
  };
  const threads = Math.max(1, Math.min(options.jobs, batch.length));
  if (threads === 1 || !options.workerUrl) {
    const definitions = loadRuleDefinitions();
    for (const [index, job] of batch.entries()) finished(index, await runJob(job, settings, definitions));
    return;
  }
  let next = 0;
  await Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(options.workerUrl!, { workerData: settings });
    const feed = () => {
      if (next >= batch.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const index = next++;
      worker.postMessage({ index, job: batch[index] });
    };
    worker.on('message', (message: { index: number; result: BatchResult }) => {
      finished(message.index, message.result);
      feed();
    });
    worker.on('error', reject);
    feed();
  })));
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
