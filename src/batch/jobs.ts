// What a batch works through: one job per athlete log, from paths (folders walked
// recursively) or a roster file with per-athlete settings.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, normalize, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Pair, type YAMLMap } from 'yaml';
import { LOG_EXTENSIONS } from '../ingest/read.js';
import { UserError } from '../model/errors.js';
import type { DistanceUnit, InputProblem } from '../model/log.js';
import { parseConfig, type Config } from '../rulebook/config.js';
import type { RuleDefinition } from '../rulebook/types.js';

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

export async function jobsFromPaths(paths: string[]): Promise<BatchJob[]> {
  const jobs: BatchJob[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      jobs.push({ path, logKey: basename(path), error: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) jobs.push(...(await walk(path)).map((file) => ({ path: file, logKey: relative(path, file) })));
    else jobs.push({ path, logKey: basename(path) });
  }
  return jobs;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (LOG_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
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
  // Logs are found relative to the roster, and shown that way too: never as absolute paths.
  const base = dirname(rosterPath);
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
    const job: BatchJob = { path: join(base, athlete.log), logKey: normalize(athlete.log), name: typeof athlete.name === 'string' ? athlete.name : athlete.log };
    if (typeof athlete.group === 'string' && athlete.group.trim() !== '') job.group = athlete.group.trim();
    if (typeof athlete.baseline_pain === 'number') job.baselinePain = athlete.baseline_pain;
    if (athlete.units === 'km' || athlete.units === 'mi') job.units = athlete.units;
    for (const pair of (item as YAMLMap).items as Pair[]) {
      const key = String((pair.key as { value?: unknown }).value);
      if (!['name', 'log', 'group', 'baseline_pain', 'units', 'rules'].includes(key)) {
        problems.push({ ...where, severity: 'error', message: `athletes[${index}].${key}: unknown key`, expected: 'name, log, group, baseline_pain, units, rules' });
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
