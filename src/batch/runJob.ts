// One athlete of a batch: read the log and analyse it exactly as `analyze` does.
// Runs in worker threads, so it takes and returns plain data only.
import { basename } from 'node:path';
import { analyze } from '../pipeline/analyze.js';
import { readLog, type ReadOptions } from '../ingest/read.js';
import { readSource } from '../ingest/source.js';
import { formatProblem, UserError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { applyConfig, type Config } from '../rulebook/config.js';
import type { RuleDefinition } from '../rulebook/types.js';
import type { BatchJob } from './jobs.js';
import { Readable } from 'node:stream';

export interface BatchSettings {
  config: Config;
  readOptions: ReadOptions;
  /** --strict: a log with any bad row is an error row. */
  strict: boolean;
  asOf?: string;
  /** Today (YYYY-MM-DD): entries after it are left out, as in `analyze`. */
  today?: string;
  /** The output shows whole reports (json, ndjson, html, --details): send them back as JSON text. */
  keepReports: boolean;
}

export interface BatchError {
  athlete: string;
  source: string;
  error: string;
}

export type BatchResult = { report: Report } | { failure: BatchError };

export async function runJob(job: BatchJob, settings: BatchSettings, definitions: RuleDefinition[]): Promise<BatchResult> {
  const fallbackName = job.name ?? basename(job.path).replace(/\.[^.]+$/, '');
  if (job.error) return { failure: { athlete: fallbackName, source: job.path, error: `${job.path}  error: ${job.error}` } };
  try {
    const source = await readSource(job.path, Readable.from([]));
    const units = job.units ?? settings.config.athlete.units;
    const log = readLog(source.name, source.text, { ...settings.readOptions, ...(units ? { units } : {}) });
    if (settings.strict && log.skippedRows > 0) throw new UserError(log.problems.filter((problem) => problem.severity === 'error'));
    const config: Config = { athlete: settings.config.athlete, rules: { ...settings.config.rules, ...job.rules } };
    const baselinePain = job.baselinePain ?? settings.config.athlete.baselinePain;
    const report = analyze(log, applyConfig(definitions, config), {
      ...(settings.asOf ? { asOf: settings.asOf } : {}),
      ...(settings.today ? { today: settings.today } : {}),
      ...(baselinePain !== undefined ? { baselinePain } : {}),
      fallbackName,
    });
    // The roster's name wins over the log's own.
    if (job.name) report.athlete.name = job.name;
    return { report };
  } catch (error) {
    if (error instanceof UserError) return { failure: { athlete: fallbackName, source: job.path, error: error.problems.map(formatProblem).join('; ') } };
    return { failure: { athlete: fallbackName, source: job.path, error: `internal error: ${(error as Error).message}` } };
  }
}
