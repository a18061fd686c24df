// One athlete of a batch, through the same pipeline as `analyze`. Runs in worker threads, so
// it takes and returns plain data only.
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { judgeAthlete, type PipelineSettings } from '../pipeline/athlete.js';
import { analysisKey, CacheError, readCached, readCachedRow, writeCached, type CacheSettings } from './cache.js';
import { formatProblem, UserError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import type { BatchError, BatchRow } from '../model/squad.js';
import { rowOf } from '../report/squadRow.js';
import type { RuleDefinition } from '../rulebook/types.js';
import type { BatchJob } from './jobs.js';
import { readSourceBytes } from '../ingest/source.js';

/** The pipeline's settings (less the rule book, which each worker loads) and what to send back. */
export interface BatchSettings extends Omit<PipelineSettings, 'definitions'> {
  /** The output shows whole reports (json, ndjson, html, --details): send them back as JSON text. */
  keepReports: boolean;
  /** Where finished analyses are kept for the next run; absent with --no-cache. */
  cache?: CacheSettings;
}

/** A report and its squad row; a row alone (from the cache) when the output shows no reports. */
export type BatchResult = ({ report: Report; logKey: string; row: BatchRow } | { row: BatchRow } | { failure: BatchError }) & {
  /** A problem with the cache (damaged entry, unwritable folder), said once by the main thread. */
  cacheWarning?: string;
};

/** A batch never reads stdin: `-` is not a squad member. */
const noStdin = () => Readable.from([]);

export async function runJob(job: BatchJob, settings: BatchSettings, definitions: RuleDefinition[]): Promise<BatchResult> {
  const fallbackName = job.name ?? basename(job.path).replace(/\.[^.]+$/, '');
  const failure = (error: string, redFlag?: string): BatchResult => ({ failure: { athlete: fallbackName, source: job.path, ...(job.group !== undefined ? { group: job.group } : {}), logKey: job.logKey, error, ...(redFlag !== undefined ? { redFlag } : {}) } });
  if (job.error) return failure(`${job.path}  error: ${job.error}`);
  try {
    const { name, group, baselinePain, units, rules } = job;
    const roster = { ...(name !== undefined ? { name } : {}), ...(group !== undefined ? { group } : {}), ...(baselinePain !== undefined ? { baselinePain } : {}), ...(units ? { units } : {}), ...(rules ? { rules } : {}) };
    // The log is read once (with the input limit and text checks of every command): the key is
    // the hash of the bytes analysed. Today is part of the key: the status window and staleness
    // are measured against it.
    const source = await readSourceBytes(job.path, noStdin());
    const key = settings.cache ? await analysisKey(job.path, source.bytes, { path: job.path, roster, fallbackName, today: settings.today }, settings.cache) : undefined;
    let cacheWarning: string | undefined;
    if (key && settings.cache) {
      try {
        // The key leaves out where the log was found from (logKey): the row takes this run's.
        const row = settings.keepReports ? undefined : readCachedRow(settings.cache, key);
        if (row) return { row: { ...row, logKey: job.logKey } };
        const cached = readCached(settings.cache, key);
        if (cached) return { report: cached.report, logKey: job.logKey, row: rowOf(cached.report, job.logKey) };
      } catch (error) {
        if (!(error instanceof CacheError)) throw error;
        cacheWarning = error.message;
      }
    }
    const { report } = await judgeAthlete({ path: job.path, roster, fallbackName, source }, { ...settings, definitions }, noStdin());
    const row = rowOf(report, job.logKey);
    if (key && settings.cache) {
      try {
        writeCached(settings.cache, key, { report }, row);
      } catch (error) {
        if (!(error instanceof CacheError)) throw error;
        cacheWarning ??= error.message;
      }
    }
    return { report, logKey: job.logKey, row, ...(cacheWarning ? { cacheWarning } : {}) };
  } catch (error) {
    if (error instanceof UserError) return failure(error.problems.map(formatProblem).join('; '), error.redFlags[0]);
    return failure(`internal error: ${(error as Error).message}`);
  }
}
