// YAML reader: a list of runs, or a document with `athlete:` and `runs:`. Positions come
// from the YAML nodes so every message can say line:col. One schema, YAML 1.2 core, whatever
// `%YAML` directive the file carries: under YAML 1.1, `45:10` would be 2,710 minutes and
// `pain: 010` would be 8.
// Two readers give the same YamlLog: a fast one (yamlFast.ts, js-yaml) for plain logs, and
// this precise one (the yaml library, ~8× slower) for everything else: syntax errors and
// their line:col, anchors and aliases (the alias-bomb guard), tags and directives.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { UserError } from '../model/errors.js';
import type { Athlete, InputProblem } from '../model/log.js';
import { columnMeaning } from './columns.js';
import type { RawRow } from './rawRow.js';
import { athleteKey, droppedValue, readAthleteField, runCell, readUnits, type Position, type ScalarValue, type YamlLog } from './yamlFields.js';
import { readYamlLogFast } from './yamlFast.js';
import { isStackOverflow, yamlErrorMessage } from '../util/yamlErrors.js';

/** Aliases beyond this are a resource-exhaustion attack ("billion laughs"), not a log. */
const MAX_ALIASES = 100;

export function readYamlLog(text: string, file: string): YamlLog {
  return readYamlLogFast(text, file) ?? readYamlLogPrecise(text, file);
}

/** The yaml library's reading, for every file; exported for the tests that hold the fast reader to it. */
export function readYamlLogPrecise(text: string, file: string): YamlLog {
  try {
    return readYamlDocument(text, file);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    throw new UserError({ file, severity: 'error', message: yamlErrorMessage((error as Error).message) });
  }
}

function readYamlDocument(text: string, file: string): YamlLog {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, col: pos.col };
  };
  if (doc.errors.length > 0) {
    throw new UserError(doc.errors.map((error) => ({
      file, ...at(error.pos[0]), severity: 'error' as const,
      message: yamlErrorMessage(error.message),
    })));
  }
  // Expanding the document is only needed to catch alias bombs, and only possible with aliases.
  if (text.includes('*')) try {
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new UserError({ file, severity: 'error', message: `YAML could not be expanded: ${(error as Error).message}`, expected: `at most ${MAX_ALIASES} aliases` });
  }
  const problems: InputProblem[] = [];
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const root = resolve(doc.contents);
  let runsNode: unknown = root;
  const athlete: Athlete = {};
  if (isMap(root)) {
    runsNode = resolve(root.get('runs', true));
    const athleteNode = resolve(root.get('athlete', true));
    if (isMap(athleteNode)) readAthlete(athleteNode.items as Pair[], athlete, file, at, problems);
    const topUnits = resolve(root.get('units', true));
    if (isScalar(topUnits)) readUnits(topUnits.value as ScalarValue, at(topUnits.range?.[0]), athlete, file, problems);
  }
  if (!isSeq(runsNode)) {
    const pos = isMap(root) && root.range ? at(root.range[0]) : { line: 1, col: 1 };
    throw new UserError({ file, ...pos, severity: 'error', message: 'no runs found', expected: 'a list of runs, or a document with a runs: list' });
  }
  const rows: RawRow[] = [];
  const counts = { skippedRows: 0, droppedFields: 0 };
  for (const rawItem of runsNode.items) {
    const item = resolve(rawItem) as Node | null;
    const pos = at(item?.range?.[0]);
    if (!isMap(item)) {
      problems.push({ file, ...pos, severity: 'error', message: 'a run must be a set of fields like date: and distance:; item skipped' });
      counts.skippedRows += 1;
      continue;
    }
    rows.push(readRow(item.items as Pair[], pos.line, file, at, problems, resolve, counts));
  }
  return { athlete, rows, problems, ...counts };
}

type At = (offset: number | undefined) => Position;

function readRow(pairs: Pair[], line: number, file: string, at: At, problems: InputProblem[], resolve: (node: unknown) => unknown, counts: { droppedFields: number }): RawRow {
  const cells: RawRow['cells'] = {};
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const meaning = columnMeaning(key);
    if (!meaning) continue;
    const valueNode = resolve(pair.value);
    const keyPos = at((pair.key as Node | null)?.range?.[0]);
    if (valueNode !== null && valueNode !== undefined && !isScalar(valueNode)) {
      problems.push(droppedValue(key, keyPos, file));
      counts.droppedFields += 1;
      continue;
    }
    const pos = isScalar(valueNode) && valueNode.range ? at(valueNode.range[0]) : keyPos;
    cells[meaning.field] = runCell(key, meaning, isScalar(valueNode) ? (valueNode.value as ScalarValue) : null, pos.line, pos.col);
  }
  return { line, cells };
}

function readAthlete(pairs: Pair[], athlete: Athlete, file: string, at: At, problems: InputProblem[]): void {
  for (const pair of pairs) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = athleteKey(String(pair.key.value));
    if (key) readAthleteField(key, pair.value.value as ScalarValue, at(pair.value.range?.[0]), athlete, file, problems);
  }
}
