// The worker pool on the built worker script (npm test builds first): a log that outgrows a
// worker's heap is analysed again on the main thread instead of failing the batch.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jobsFromPaths } from '../../src/batch/jobs.js';
import { runPool } from '../../src/batch/pool.js';
import type { BatchOutcome } from '../../src/batch/rows.js';
import type { BatchSettings } from '../../src/batch/runJob.js';

const WORKER = new URL('../../dist/worker.js', import.meta.url);
const TEAM = fileURLToPath(new URL('../../fixtures/batch/team', import.meta.url));
const SETTINGS: BatchSettings = { config: { athlete: {}, rules: {} }, reading: {}, commandLine: {}, today: '2025-06-30', keepReports: true };

async function outcomes(options: { jobs: number; heapLimits?: { maxOldGenerationSizeMb: number } }): Promise<BatchOutcome[]> {
  const jobs = await jobsFromPaths([TEAM]);
  const seen: BatchOutcome[] = [];
  await runPool(jobs, SETTINGS, { ...options, workerUrl: WORKER, onResult: (index, outcome) => (seen[index] = outcome) });
  return seen;
}

describe('batch worker pool', () => {
  it('workers give the same outcomes as the main thread', async () => {
    const here = await outcomes({ jobs: 1 });
    expect(here.length).toBeGreaterThan(3);
    expect(await outcomes({ jobs: 2 })).toEqual(here);
  });

  it('a worker that runs out of memory does not fail the batch: its log is checked on the main thread', async () => {
    const here = await outcomes({ jobs: 1 });
    // A 1 MB old generation is too small for any log, so every worker dies of out-of-memory.
    expect(await outcomes({ jobs: 2, heapLimits: { maxOldGenerationSizeMb: 1 } })).toEqual(here);
  });
});
