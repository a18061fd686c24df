// YAML reader: a list of runs, or a document with `athlete:` and `runs:`. Positions come
// from the YAML nodes so every message can say line:col. One schema, YAML 1.2 core, whatever
// `%YAML` directive the file carries: under YAML 1.1, `45:10` would be 2,710 minutes and
// `pain: 010` would be 8.
// Two readers give the same YamlLog: a fast one (yamlFast.ts, js-yaml) for plain logs, and
// this precise one (the yaml library, ~8× slower) for everything else: syntax errors and
// their line:col, anchors and aliases (the alias-bomb guard), tags and directives.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { UserError } from '../model/errors.js';
import type { Athlete, InputProblem, UnusableRow } from '../model/log.js';
import { columnMeaning } from './columns.js';
import { isFreeText, type RawCell, type RawRow } from './rawRow.js';
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
  const unusableRows: UnusableRow[] = [];
  const counts = { skippedRows: 0, droppedFields: 0 };
  const reading: RowReading = { file, at, problems, resolve, counts, unknownKeysSaid: new Set() };
  for (const rawItem of runsNode.items) {
    const item = resolve(rawItem) as Node | null;
    const pos = at(item?.range?.[0]);
    if (!isMap(item)) {
      const reason = 'a run must be a set of fields like date: and distance:';
      problems.push({ file, ...pos, severity: 'error', message: `${reason}; item skipped` });
      counts.skippedRows += 1;
      // "- can't bear weight" as a list item is still read for red flags.
      const text = item ? textOf(item) : '';
      if (isFreeText(text)) unusableRows.push({ line: pos.line, notes: text, reason });
      continue;
    }
    rows.push(readRow(item.items as Pair[], pos.line, reading));
  }
  return { athlete, rows, problems, unusableRows, ...counts };
}

/** The scalar text of a node, a list's items joined: a note written as a list is still a note. */
function textOf(node: unknown): string {
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  if (isSeq(node)) return node.items.map(textOf).filter((text) => text.trim() !== '').join('; ');
  return '';
}

type At = (offset: number | undefined) => Position;

interface RowReading {
  file: string;
  at: At;
  problems: InputProblem[];
  resolve: (node: unknown) => unknown;
  counts: { droppedFields: number };
  /** Unknown keys already warned about: once per key, not per run. */
  unknownKeysSaid: Set<string>;
}

function readRow(pairs: Pair[], line: number, { file, at, problems, resolve, counts, unknownKeysSaid }: RowReading): RawRow {
  const row: RawRow = { line, cells: {} };
  const { cells } = row;
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const meaning = columnMeaning(key);
    const valueNode = resolve(pair.value);
    const keyPos = at((pair.key as Node | null)?.range?.[0]);
    const pos = isScalar(valueNode) && valueNode.range ? at(valueNode.range[0]) : keyPos;
    if (!meaning) {
      // An unknown key with words in it is not read as data, but is read for red flags.
      const text = textOf(valueNode);
      if (key.trim() === '' || !isFreeText(text)) continue;
      (row.otherText ??= []).push({ value: text, ...pos, header: key });
      if (!unknownKeysSaid.has(key)) {
        unknownKeysSaid.add(key);
        problems.push({ file, ...keyPos, severity: 'warning', message: `${key}: not a field hipcheck reads; its text is still read for red flags`, expected: 'a known field (notes, comments, symptoms … for free text)' });
      }
      continue;
    }
    // A note written as a list ("notes: [ok, \"can't bear weight\"]") is read as one note.
    const listNote = meaning.field === 'notes' && isSeq(valueNode) && valueNode.items.every((item) => isScalar(resolve(item)));
    if (valueNode !== null && valueNode !== undefined && !isScalar(valueNode) && !listNote) {
      problems.push(droppedValue(key, pos, file));
      counts.droppedFields += 1;
      continue;
    }
    const value = listNote ? valueNode.items.map((item) => textOf(resolve(item))).filter((text) => text.trim() !== '').join('; ') : isScalar(valueNode) ? (valueNode.value as ScalarValue) : null;
    const cell: RawCell = runCell(key, meaning, value, pos.line, pos.col);
    if (meaning.field === 'notes' && cells.notes) (row.moreNotes ??= []).push(cell);
    else cells[meaning.field] = cell;
  }
  return row;
}

function readAthlete(pairs: Pair[], athlete: Athlete, file: string, at: At, problems: InputProblem[]): void {
  for (const pair of pairs) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = athleteKey(String(pair.key.value));
    if (key) readAthleteField(key, pair.value.value as ScalarValue, at(pair.value.range?.[0]), athlete, file, problems);
  }
}
