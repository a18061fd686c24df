// What a batch works through: one job per athlete log, from paths (folders walked
// recursively) or a roster file with per-athlete settings.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Pair, type YAMLMap } from 'yaml';
import { LOG_EXTENSIONS } from '../ingest/read.js';
import { UserError } from '../model/errors.js';
import { fsCode, fsReason } from '../util/fsErrors.js';
import type { DistanceUnit, InputProblem } from '../model/log.js';
import { parseConfig, type Config } from '../rulebook/config.js';
import type { RuleDefinition } from '../rulebook/types.js';

export interface BatchJob {
  /** Path as given or as the roster resolves it. */
  path: string;
  /** The roster's name for the athlete, if any. */
  name?: string;
  baselinePain?: number;
  units?: DistanceUnit;
  /** Per-athlete rule overrides from the roster. */
  rules?: Config['rules'];
  /** A problem found before reading (e.g. the path does not exist). */
  error?: string;
}

/**
 * Jobs for files and folders given on the command line. A path given by name may be anything
 * readable, a named pipe included; folders are walked for regular log files only (see walk).
 */
export async function jobsFromPaths(paths: string[], onSkip: (problem: InputProblem) => void = () => {}): Promise<BatchJob[]> {
  const jobs: BatchJob[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      jobs.push({ path, error: fsCode(error) === 'ENOENT' ? 'no such file or folder' : `cannot be read: ${fsReason(error)}` });
      continue;
    }
    if (info.isDirectory()) jobs.push(...(await walk(path, onSkip)));
    else jobs.push({ path });
  }
  return jobs;
}

/**
 * Log files under a folder, in name order. Only regular files (or symbolic links to them) are
 * read: a named pipe would wait forever and a device such as /dev/zero never ends, so those are
 * skipped with a message. A folder that cannot be listed becomes an error row; the rest of the
 * squad is still checked. Links to folders are not followed (they could loop).
 */
async function walk(dir: string, onSkip: (problem: InputProblem) => void): Promise<BatchJob[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [{ path: dir, error: `folder cannot be read: ${fsReason(error)}` }];
  }
  const jobs: BatchJob[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      jobs.push(...(await walk(path, onSkip)));
      continue;
    }
    if (!LOG_EXTENSIONS.includes(extname(entry.name).toLowerCase())) continue;
    const kind = entry.isFile() ? 'file' : entry.isSymbolicLink() ? await linkKind(path) : specialKind(entry);
    if (kind === 'file') jobs.push({ path });
    else onSkip({ file: path, severity: 'warning', message: `${kind}, not a regular file; skipped` });
  }
  return jobs;
}

async function linkKind(path: string): Promise<string> {
  try {
    const target = await stat(path);
    return target.isFile() ? 'file' : `a symbolic link to ${specialKind(target)}`;
  } catch {
    return 'a symbolic link to a missing file';
  }
}

function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  return entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : entry.isDirectory() ? 'a folder' : 'a device';
}

/**
 * A roster: `athletes:` (or a bare list) of { name, log, baseline_pain, units, rules }.
 * Log paths are relative to the roster file.
 */
export async function jobsFromRoster(rosterPath: string, definitions: RuleDefinition[]): Promise<BatchJob[]> {
  let text: string;
  try {
    text = await readFile(rosterPath, 'utf8');
  } catch {
    throw new UserError({ file: rosterPath, severity: 'error', message: 'roster file not found' });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => (offset === undefined ? {} : lineCounter.linePos(offset));
  if (doc.errors.length > 0) throw new UserError(doc.errors.map((error) => ({ file: rosterPath, ...at(error.pos[0]), severity: 'error' as const, message: `YAML syntax error: ${error.message.split('\n')[0]}` })));
  const root = doc.contents;
  const list = isMap(root) ? root.get('athletes', true) : root;
  if (!isSeq(list)) throw new UserError({ file: rosterPath, severity: 'error', message: 'no athletes found', expected: 'athletes: a list of { name, log }' });
  const problems: InputProblem[] = [];
  const base = dirname(resolve(rosterPath));
  const jobs: BatchJob[] = [];
  list.items.forEach((item, index) => {
    const where = { file: rosterPath, ...at((item as unknown as { range?: number[] } | null)?.range?.[0]) };
    if (!isMap(item)) {
      problems.push({ ...where, severity: 'error', message: `athletes[${index}]: expected { name, log }` });
      return;
    }
    const athlete = (item as YAMLMap).toJSON() as Record<string, unknown>;
    if (typeof athlete.log !== 'string') {
      problems.push({ ...where, severity: 'error', message: `athletes[${index}].log: missing`, expected: 'the path of the athlete\'s log, relative to the roster' });
      return;
    }
    const job: BatchJob = { path: join(base, athlete.log), name: typeof athlete.name === 'string' ? athlete.name : athlete.log };
    if (typeof athlete.baseline_pain === 'number') job.baselinePain = athlete.baseline_pain;
    if (athlete.units === 'km' || athlete.units === 'mi') job.units = athlete.units;
    for (const pair of (item as YAMLMap).items as Pair[]) {
      const key = String((pair.key as { value?: unknown }).value);
      if (!['name', 'log', 'baseline_pain', 'units', 'rules'].includes(key)) {
        problems.push({ ...where, severity: 'error', message: `athletes[${index}].${key}: unknown key`, expected: 'name, log, baseline_pain, units, rules' });
      }
    }
    if (athlete.rules !== undefined) {
      try {
        job.rules = parseConfig(stringify({ rules: athlete.rules }), `${rosterPath} (athletes[${index}], ${job.name})`, definitions).rules;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        problems.push(...error.problems);
      }
    }
    jobs.push(job);
  });
  if (problems.length > 0) throw new UserError(problems);
  return jobs;
}
