// Instant re-runs: each athlete's report is kept in the user's cache folder, keyed by what
// decides it (the log's bytes, the rule book, the config and options, the roster entry, the day
// it is judged for, and the hipcheck build). Re-running a squad re-analyses only changed logs.
// The cache is the tool's own data: a corrupt or unwritable one is ignored with a warning.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../model/report.js';
import type { BatchRow } from '../model/squad.js';

/** Changes whenever the bundle does (scripts/build.mjs defines it); tests run from source as "dev". */
declare const HIPCHECK_BUILD_ID: string | undefined;
export const BUILD_ID = typeof HIPCHECK_BUILD_ID === 'string' ? HIPCHECK_BUILD_ID : 'dev';

export interface CacheSettings {
  dir: string;
  /** A hash of everything shared by the whole batch: build, rule book, config, options. */
  settingsKey: string;
}

/** What is kept per athlete: the report, judged for the key's day. */
export interface CachedAnalysis {
  report: Report;
}

/** `$XDG_CACHE_HOME/hipcheck`, else `~/.cache/hipcheck`; undefined when there is no home. */
export function cacheDirFrom(env: Record<string, string | undefined>): string | undefined {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'hipcheck');
  return env.HOME ? join(env.HOME, '.cache', 'hipcheck') : undefined;
}

export function hashOf(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' || part instanceof Uint8Array ? part : JSON.stringify(part ?? null)).update('\0');
  return hash.digest('hex');
}

/**
 * The key of one athlete's analysis, from the very bytes that are analysed (read once: a log
 * saved again meanwhile can never leave the report of a half-written file under the key of the
 * whole one). Undefined for what is not a regular file of a sane size: it is not cached.
 */
export async function analysisKey(path: string, bytes: Uint8Array, jobSettings: unknown, cache: CacheSettings): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || bytes.length > MAX_CACHED_LOG_BYTES) return undefined;
    return hashOf(cache.settingsKey, jobSettings, bytes);
  } catch {
    return undefined;
  }
}

/** Logs larger than this are analysed afresh each time rather than hashed (the input cap is larger). */
const MAX_CACHED_LOG_BYTES = 64 * 1024 * 1024;
/** A cache entry is one report: anything this large is not one of ours. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export class CacheError extends Error {}

/** The cached analysis, if there is a usable one; throws CacheError for a corrupt entry. */
export function readCached(cache: CacheSettings, key: string): CachedAnalysis | undefined {
  return readJsonEntry(join(cache.dir, `${key}.json`), (cached: unknown): cached is CachedAnalysis => looksLikeReport((cached as Partial<CachedAnalysis> | null)?.report));
}

/**
 * The squad row kept beside a cached report: all that the table formats (text, csv, markdown
 * without --details) show. Reading it instead of the whole report (~300 KB of JSON for three
 * years of running) is what makes a re-run of an unchanged squad quick. Throws CacheError for
 * a corrupt entry.
 */
export function readCachedRow(cache: CacheSettings, key: string): BatchRow | undefined {
  return readJsonEntry(join(cache.dir, `${key}.row.json`), looksLikeRow);
}

/** An entry's value when it parses and has the shape asked for; undefined when there is none. */
function readJsonEntry<T>(file: string, isShaped: (value: unknown) => value is T): T | undefined {
  const text = readEntry(file);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!isShaped(value)) throw new CacheError(`a damaged cache entry was ignored (${file})`);
  return value;
}

/** An entry's text, its checksum verified; undefined when there is none. */
function readEntry(file: string): string | undefined {
  let stored: string;
  try {
    // Never follow a link or read a pipe or device planted in the cache folder.
    const info = lstatSync(file);
    if (!info.isFile() || info.size > MAX_ENTRY_BYTES) throw new CacheError(`a cache entry that is not a plain file was ignored (${file})`);
    stored = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CacheError) throw error;
    return undefined;
  }
  // The first line is the SHA-256 of the rest: an entry changed in any way since it was written
  // (a cut-off write, a disk error, an edit) is damaged, never half-trusted.
  const newline = stored.indexOf('\n');
  const text = stored.slice(newline + 1);
  if (newline !== 64 || stored.slice(0, 64) !== hashOf(text)) throw new CacheError(`a damaged cache entry was ignored (${file})`);
  return text;
}

/** Keeps an analysis (and its squad row, when given); throws CacheError when the folder cannot be written. */
export function writeCached(cache: CacheSettings, key: string, cached: CachedAnalysis, row?: BatchRow): void {
  try {
    mkdirSync(cache.dir, { recursive: true, mode: 0o700 });
    // The report first: a row is never kept without the report it was made from.
    writeEntry(join(cache.dir, `${key}.json`), JSON.stringify(cached));
    if (row) writeEntry(join(cache.dir, `${key}.row.json`), JSON.stringify(row));
  } catch (error) {
    throw new CacheError(`the cache folder ${cache.dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); running without it`);
  }
}

/** Written aside, with its checksum, and renamed, so a reader never sees half an entry. */
function writeEntry(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, `${hashOf(text)}\n${text}`, { mode: 0o600 });
    renameSync(temporary, file);
  } catch (error) {
    // A rename refused (a folder where the entry goes) leaves no temporary file behind.
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The parts of a row every squad format reads: an entry without them is damaged, not ours. */
function looksLikeRow(row: unknown): row is BatchRow {
  const candidate = row as Partial<BatchRow> | null | undefined;
  return typeof candidate === 'object' && candidate !== null
    && typeof candidate.athlete === 'string' && typeof candidate.source === 'string'
    && ['green', 'amber', 'red'].includes(candidate.status as string)
    && Array.isArray(candidate.recentFindings) && Array.isArray(candidate.weeklyKm)
    && typeof candidate.units === 'string' && typeof candidate.triageRank === 'number';
}

/** The parts of a report the squad formats read: an entry without them is damaged, not ours. */
function looksLikeReport(report: unknown): report is Report {
  const candidate = report as Partial<Report> | null | undefined;
  return typeof candidate === 'object' && candidate !== null
    && candidate.schemaVersion === 1
    && typeof candidate.athlete?.name === 'string' && typeof candidate.athlete.source === 'string'
    && ['green', 'amber', 'red'].includes(candidate.status as string)
    && typeof candidate.asOf === 'string'
    && Array.isArray(candidate.statusReasons) && Array.isArray(candidate.findings)
    && Array.isArray(candidate.summary?.weeks) && typeof candidate.advice?.units === 'string'
    && typeof candidate.statusDetail === 'object' && candidate.statusDetail !== null;
}
