// What a batch works through: one job per athlete log, from paths (folders walked
// recursively) or a roster file with per-athlete settings.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, normalize, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair } from 'yaml';
import { LOG_EXTENSIONS } from '../ingest/read.js';
import { UserError } from '../model/errors.js';
import { fsCode, fsReason } from '../util/fsErrors.js';
import type { DistanceUnit, InputProblem } from '../model/log.js';
import { CONFIG_FILE_NAME, problemsAt, readAthleteSetting, readRules, valueOf, type AthleteDefaults, type Config, type ProblemAt } from '../rulebook/config.js';
import type { RuleDefinition } from '../rulebook/types.js';
import { yamlErrorMessage } from '../util/yamlErrors.js';

export interface BatchJob {
  /** Path as given or as the roster resolves it. */
  path: string;
  /** The roster's name for the athlete, if any. */
  name?: string;
  /** The roster's group for the athlete, if any. */
  group?: string;
  /**
   * The path relative to the folder or roster it was found through (a lone file: its name):
   * the same athlete has the same key next week wherever the command is run from.
   */
  logKey: string;
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
      jobs.push({ path, logKey: basename(path), error: fsCode(error) === 'ENOENT' ? 'no such file or folder' : `cannot be read: ${fsReason(error)}` });
      continue;
    }
    // With several folders, keys carry the folder too, so two folders' ana.csv never collide.
    if (info.isDirectory()) jobs.push(...(await walk(paths.length > 1 ? '.' : path, path, onSkip)));
    else jobs.push({ path, logKey: basename(path) });
  }
  return jobs;
}

/**
 * Log files under a folder, in name order. Only regular files (or symbolic links to them) are
 * read: a named pipe would wait forever and a device such as /dev/zero never ends, so those are
 * skipped with a message. A folder that cannot be listed becomes an error row; the rest of the
 * squad is still checked. Links to folders are not followed (they could loop).
 */
/** Log files below `dir`, each keyed by its path relative to `root` (the folder the coach named). */
async function walk(root: string, dir: string, onSkip: (problem: InputProblem) => void): Promise<BatchJob[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [{ path: dir, logKey: relative(root, dir) || basename(dir), error: `folder cannot be read: ${fsReason(error)}` }];
  }
  const jobs: BatchJob[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      jobs.push(...(await walk(root, path, onSkip)));
      continue;
    }
    if (!LOG_EXTENSIONS.includes(extname(entry.name).toLowerCase())) continue;
    const kind = entry.isFile() ? 'file' : entry.isSymbolicLink() ? await linkKind(path) : specialKind(entry);
    if (kind === 'file' && await isSettingsFile(path)) onSkip({ file: path, severity: 'warning', message: 'a roster or config file, not a log; skipped (give a roster with --roster)' });
    else if (kind === 'file') jobs.push({ path, logKey: relative(root, path) });
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
  if (doc.errors.length > 0) throw new UserError(doc.errors.map((error) => ({ file: rosterPath, ...at(error.pos[0]), severity: 'error' as const, message: yamlErrorMessage(error.message, 'a roster needs three') })));
  const root = doc.contents;
  const list = isMap(root) ? root.get('athletes', true) : root;
  if (!isSeq(list)) throw new UserError({ file: rosterPath, severity: 'error', message: 'no athletes found', expected: 'athletes: a list of { name, log }' });
  const problems: InputProblem[] = [];
  const problem = problemsAt(rosterPath, lineCounter, problems);
  // Logs are found relative to the roster, and shown that way too: never as absolute paths.
  const base = dirname(rosterPath);
  const jobs: BatchJob[] = [];
  list.items.forEach((item, index) => {
    const job = rosterAthlete(item, `athletes[${index}]`, definitions, problem);
    if (job) jobs.push({ ...job, path: isAbsolute(job.path) ? job.path : join(base, job.path), logKey: normalize(job.path) });
  });
  if (problems.length > 0) throw new UserError(problems);
  return jobs;
}

/** One roster athlete, every value checked (type, range, key path and line:col); undefined without a usable log path. */
function rosterAthlete(item: unknown, path: string, definitions: RuleDefinition[], problem: ProblemAt): BatchJob | undefined {
  if (!isMap(item)) {
    problem(item, path, valueOf(item), 'a mapping with name, log and optional baseline_pain, units, rules', 'not an athlete');
    return undefined;
  }
  let log: string | undefined;
  let name: string | undefined;
  let group: string | undefined;
  let logReported = false;
  const settings: AthleteDefaults = {};
  let rules: Config['rules'] | undefined;
  for (const pair of item.items as Pair[]) {
    const key = String((pair.key as { value?: unknown }).value);
    const value = isScalar(pair.value) ? pair.value.value : valueOf(pair.value);
    const at = pair.value ?? pair.key;
    if (key === 'name') {
      if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') name = String(value);
      else problem(at, `${path}.name`, value, 'the athlete\'s name (text)');
    } else if (key === 'group') {
      if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') group = String(value).trim();
      else problem(at, `${path}.group`, value, 'the athlete\'s group (text), e.g. juniors');
    } else if (key === 'log') {
      logReported = true;
      if (typeof value === 'string' && value.trim() !== '') log = value;
      else problem(at, `${path}.log`, value, 'the path of the athlete\'s log, relative to the roster');
    } else if (key === 'rules') {
      rules = readRules(pair.value, definitions, problem, `${path}.rules`);
    } else if (!readAthleteSetting(pair, settings, path, problem)) {
      problem(pair.key, `${path}.${key}`, key, 'name, log, group, baseline_pain, units, rules', 'unknown key');
    }
  }
  if (log === undefined) {
    if (!logReported) problem(item, `${path}.log`, null, 'the path of the athlete\'s log, relative to the roster', 'missing');
    return undefined;
  }
  // No roster name: the log's own name, else its file name, as everywhere else.
  const job: BatchJob = { path: log, logKey: log, ...(name !== undefined ? { name } : {}) };
  if (group !== undefined) job.group = group;
  if (settings.baselinePain !== undefined) job.baselinePain = settings.baselinePain;
  if (settings.units) job.units = settings.units;
  if (rules) job.rules = rules;
  return job;
}

/**
 * A coach keeps the roster (and the config) beside the logs: a YAML file whose first key is
 * `athletes:`, or hipcheck.config.yaml, is not an athlete's log.
 */
async function isSettingsFile(path: string): Promise<boolean> {
  if (basename(path) === CONFIG_FILE_NAME) return true;
  if (!/\.ya?ml$/i.test(path)) return false;
  const head = await open(path, 'r').then(async (handle) => {
    try {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  }, () => '');
  return /^athletes\s*:/m.test(head) && !/^runs\s*:/m.test(head);
}
