// Worker-thread entry: analyses the jobs the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleDefinitions } from '../rulebook/load.js';
import type { BatchJob } from './jobs.js';
import { outcomeOf } from './rows.js';
import { runJob, type BatchSettings } from './runJob.js';

const settings = workerData as BatchSettings;
const definitions = loadRuleDefinitions();

parentPort!.on('message', async (message: { index: number; job: BatchJob }) => {
  const result = await runJob(message.job, settings, definitions);
  parentPort!.postMessage({ index: message.index, outcome: outcomeOf(result, settings.keepReports) });
});
