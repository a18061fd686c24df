// One athlete of a batch, through the same pipeline as `analyze`. Runs in worker threads, so
// it takes and returns plain data only.
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { judgeAthlete, type PipelineSettings } from '../pipeline/athlete.js';
import { formatProblem, UserError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import type { BatchError } from '../model/squad.js';
import type { RuleDefinition } from '../rulebook/types.js';
import type { BatchJob } from './jobs.js';

/** The pipeline's settings (less the rule book, which each worker loads) and what to send back. */
export interface BatchSettings extends Omit<PipelineSettings, 'definitions'> {
  /** The output shows whole reports (json, ndjson, html, --details): send them back as JSON text. */
  keepReports: boolean;
}

export type BatchResult = { report: Report } | { failure: BatchError };

export async function runJob(job: BatchJob, settings: BatchSettings, definitions: RuleDefinition[]): Promise<BatchResult> {
  const fallbackName = job.name ?? basename(job.path).replace(/\.[^.]+$/, '');
  if (job.error) return { failure: { athlete: fallbackName, source: job.path, error: `${job.path}  error: ${job.error}` } };
  try {
    const { name, baselinePain, units, rules } = job;
    const roster = { ...(name !== undefined ? { name } : {}), ...(baselinePain !== undefined ? { baselinePain } : {}), ...(units ? { units } : {}), ...(rules ? { rules } : {}) };
    // A batch never reads stdin: `-` is not a squad member.
    const { report } = await judgeAthlete({ path: job.path, roster, fallbackName }, { ...settings, definitions }, Readable.from([]));
    return { report };
  } catch (error) {
    if (error instanceof UserError) return { failure: { athlete: fallbackName, source: job.path, error: error.problems.map(formatProblem).join('; ') } };
    return { failure: { athlete: fallbackName, source: job.path, error: `internal error: ${(error as Error).message}` } };
  }
}
