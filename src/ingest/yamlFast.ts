// The fast reader of YAML run logs: js-yaml (several times faster than the yaml library on
// flow-style logs, in a fraction of its memory) with a listener that sees every node open and
// close, so each value gets the same line:col the yaml library would give it. It returns
// undefined, and the precise reader (yaml.ts) reads the file instead, for anything it does not
// read the same way for certain: a syntax error (whose message and position come from the yaml
// library), anchors or aliases (the alias-bomb guard lives there), tags, directives, lone CR
// line breaks, flow values over several lines, keys that are not plain values, items that are
// not runs, and a place it cannot pin down exactly.
// Plain scalars are resolved by the yaml library's own YAML 1.2 core tags, so `45:30`, `1e3`,
// `no`, `~` and `2024-03-01` mean the same in both readers (tests/ingest/yaml-fast.test.ts).
import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import { isScalar, Schema as YamlSchema, type ParseOptions, type ScalarTag } from 'yaml';
import type { Athlete, InputProblem } from '../model/log.js';
import { columnMeaning, type ColumnMeaning } from './columns.js';
import { isFreeText, type RawRow } from './rawRow.js';
import { athleteKey, droppedValue, readAthleteField, readUnits, runCell, type ScalarValue, type YamlLog } from './yamlFields.js';

/** Thrown inside the reader to hand the file to the precise reader. */
class NotForTheFastReader extends Error {}
const NOT_FOR_THE_FAST_READER = new NotForTheFastReader();
const handOver = (): never => {
  throw NOT_FOR_THE_FAST_READER;
};

// Plain scalars: the first of the yaml library's core tags whose pattern matches decides
// (null, bool, int in base 8/10/16, float); anything else stays a string, as in yaml.ts.
const CORE_SCALAR_TAGS = new YamlSchema({ schema: 'core' }).tags
  .filter((tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test instanceof RegExp);
/** All their patterns in one: a single test turns away the strings (dates, words) most values are. */
const ANY_CORE_SCALAR = new RegExp(CORE_SCALAR_TAGS.map((tag) => `(?:${tag.test.source})`).join('|'));
const RESOLVE_OPTIONS = { intAsBigInt: false } as ParseOptions;
const CORE_SCALAR = 'tag:hipcheck,2026:core-scalar';
const TEXT = Symbol('text');
/**
 * Plain scalars resolved so far (a log repeats its pain scores, distances and dates; making a
 * value through the yaml library's tag costs an object): cleared when it grows large.
 */
const resolved = new Map<string, unknown>();
let lastResolved: unknown;
function resolveCoreScalar(text: string): boolean {
  if (!mayNotBeText(text.charCodeAt(0))) return false;
  let value = resolved.get(text);
  if (value === undefined) {
    const tag = ANY_CORE_SCALAR.test(text) ? CORE_SCALAR_TAGS.find((candidate) => candidate.test.test(text)) : undefined;
    const made: unknown = tag ? tag.resolve(text, handOver, RESOLVE_OPTIONS) : TEXT;
    value = isScalar(made) ? made.value : made;
    if (resolved.size >= 20_000) resolved.clear();
    resolved.set(text, value);
  }
  lastResolved = value;
  return value !== TEXT;
}
/** Only these first characters can start a null, bool or number (most keys and words fail here). */
function mayNotBeText(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x7e || code === 0x6e || code === 0x4e || code === 0x74 || code === 0x54 || code === 0x66 || code === 0x46;
}
const FAST_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [new Type(CORE_SCALAR, { kind: 'scalar', resolve: resolveCoreScalar, construct: () => lastResolved })],
});

const EMPTY = 0;
const SCALAR = 1;
const MAPPING = 2;
const SEQUENCE = 3;
type Kind = typeof EMPTY | typeof SCALAR | typeof MAPPING | typeof SEQUENCE;

/** A list or map, as far as a log needs it. */
interface Collection {
  kind: typeof MAPPING | typeof SEQUENCE;
  /** js-yaml's value, to tell a wrapper from its node. */
  value: unknown;
  /** A sequence's items, when every one is a mapping. */
  maps?: Collection[];
  /** A mapping read as a run, with its warnings. */
  row?: RawRow;
  rowProblems?: InputProblem[];
  /**
   * A run this reader does not read as yaml.ts does: an unknown key with text (read there for
   * red flags), a list or map as a value (a note written as a list), a second notes key.
   */
  needsPrecise?: boolean;
  /** A mapping's values under `runs`, `athlete` and `units`, and the athlete's fields in it. */
  named?: { runs?: Child; athlete?: Child; units?: Child };
  athleteFields?: { key: NonNullable<ReturnType<typeof athleteKey>>; child: Child }[];
}

/** A node: its kind, where js-yaml began it (at it, or before the space that separates it), and its value. */
interface Child {
  kind: Kind;
  open: number;
  value: unknown;
}

/** An open node; its children in parallel arrays reused from row to row (a log has millions of values). */
interface Frame {
  open: number;
  /** js-yaml's line at the open, to notice values that run over several lines. */
  line: number;
  count: number;
  kinds: Kind[];
  opens: number[];
  /** A scalar's value, or the Collection. */
  values: unknown[];
}

interface KeyMeaning {
  /** The key's first spelling in the log: every cell's header is this one string, not a copy per run. */
  key: string;
  meaning: ColumnMeaning | undefined;
  personal: ReturnType<typeof athleteKey>;
}

/**
 * Directives (`%YAML 1.1`); lone CRs (line breaks to js-yaml, not to yaml's line count); a BOM
 * (files lose theirs when read, src/ingest/source.ts, and the two libraries differ on one); a
 * `#` right after a quote or bracket (a comment to js-yaml, an error to the yaml library).
 */
const HANDED_OVER_TEXT = /^%|\n%|\r(?!\n)|^\uFEFF|["'\]}]#/;

export function readYamlLogFast(text: string, file: string): YamlLog | undefined {
  if (HANDED_OVER_TEXT.test(text)) return undefined;
  try {
    return new FastReader(text, file).read();
  } catch {
    // Anything js-yaml or this reader cannot take is the precise reader's to read and report.
    return undefined;
  }
}

class FastReader {
  private readonly frames: Frame[] = [];
  private depth = 0;
  private root: Child | undefined;
  private readonly lines: LineIndex;
  private readonly keys = new Map<string, KeyMeaning>();

  constructor(private readonly source: string, private readonly file: string) {
    this.lines = new LineIndex(source);
  }

  read(): YamlLog | undefined {
    load(this.source, { schema: FAST_SCHEMA, listener: (event, state) => (event === 'open' ? this.opened(state) : this.closed(state)) });
    const root = this.root;
    if (!root) return undefined;
    const athlete: Athlete = {};
    const problems: InputProblem[] = [];
    let runs: Child | undefined = root;
    if (root.kind === MAPPING) {
      const named = (root.value as Collection).named;
      runs = named?.runs;
      if (named?.athlete?.kind === MAPPING) {
        for (const { key, child } of (named.athlete.value as Collection).athleteFields ?? []) {
          readAthleteField(key, scalarValue(child), this.position(child), athlete, this.file, problems);
        }
      }
      if (named?.units && named.units.kind <= SCALAR) readUnits(scalarValue(named.units), this.position(named.units), athlete, this.file, problems);
    }
    const items = runs?.kind === SEQUENCE ? (runs.value as Collection).maps : undefined;
    if (!items) return undefined;
    const rows: RawRow[] = [];
    let droppedFields = 0;
    for (const item of items) {
      if (item.needsPrecise) return undefined;
      rows.push(item.row!);
      if (item.rowProblems) {
        problems.push(...item.rowProblems);
        droppedFields += item.rowProblems.length;
      }
    }
    return { athlete, rows, problems, skippedRows: 0, droppedFields, unusableRows: [] };
  }

  private opened(state: State): void {
    const frame = (this.frames[this.depth] ??= { open: 0, line: 0, count: 0, kinds: [], opens: [], values: [] });
    frame.open = state.position;
    frame.line = state.line;
    frame.count = 0;
    this.depth += 1;
  }

  private closed(state: State): void {
    this.depth -= 1;
    const frame = this.frames[this.depth]!;
    const { anchor, tag } = state as State & { tag: string | null; anchor: string | null };
    if (anchor !== null || (tag !== null && tag !== '?' && tag !== CORE_SCALAR)) handOver();
    const kind: Kind = state.kind === null ? EMPTY : state.kind === 'scalar' ? SCALAR : state.kind === 'mapping' ? MAPPING : state.kind === 'sequence' ? SEQUENCE : handOver();
    let open = frame.open;
    let value: unknown = state.result;
    if (state.line !== frame.line && kind !== EMPTY) this.refuseLooseLines(kind, open, state.position);
    if (frame.count === 1 && frame.kinds[0] === kind && (kind <= SCALAR ? frame.values[0] : (frame.values[0] as Collection).value) === state.result) {
      // js-yaml sometimes composes a node inside a second call for the same node: one node, not two.
      open = frame.opens[0]!;
      value = frame.values[0];
    } else if (kind === SEQUENCE) value = this.sequence(frame, state.result as unknown[]);
    else if (kind === MAPPING) value = this.mapping(frame, state.result as object);
    if (this.depth === 0) {
      this.root = { kind, open, value };
      return;
    }
    const parent = this.frames[this.depth - 1]!;
    parent.kinds[parent.count] = kind;
    parent.opens[parent.count] = open;
    parent.values[parent.count] = value;
    parent.count += 1;
  }

  /**
   * A quoted or plain value, `{…}` or `[…]` over several lines: js-yaml takes continuation
   * lines that the yaml library refuses (too little indented), so those files go to it. So do
   * block scalars (`|`, `>`) with a tab or a blank first line, which js-yaml reads more loosely,
   * and a value that follows its key on a later line, past a comment.
   */
  private refuseLooseLines(kind: Kind, open: number, close: number): void {
    const text = this.source;
    const start = this.start(kind, open);
    const first = text.charCodeAt(start);
    if (kind === SCALAR && (first === PIPE || first === GREATER)) {
      let end = close;
      while (end < text.length && isSpaceOrBreak(text.charCodeAt(end))) end += 1;
      const body = text.indexOf('\n', start) + 1;
      const tab = text.indexOf('\t', start);
      if ((tab !== -1 && tab < end) || /^[ \t]*\r?\n/.test(text.slice(body, body + 200))) handOver();
      return;
    }
    if (kind !== SCALAR && first !== BRACE && first !== BRACKET) return;
    // A value on a line after its key, past a comment: the yaml library may read a key there.
    const comment = text.indexOf('#', open);
    if (kind === SCALAR && comment !== -1 && comment < start) handOver();
    let end = close;
    while (end > start && isSpaceOrBreak(text.charCodeAt(end - 1))) end -= 1;
    const lineBreak = text.indexOf('\n', start);
    if (lineBreak !== -1 && lineBreak < end) handOver();
  }

  private sequence(frame: Frame, value: unknown[]): Collection {
    // An empty block item (`-` alone) is never composed: it would be missing here.
    if (frame.count !== value.length) handOver();
    const node: Collection = { kind: SEQUENCE, value };
    if (frame.kinds.slice(0, frame.count).every((kind) => kind === MAPPING)) node.maps = frame.values.slice(0, frame.count) as Collection[];
    return node;
  }

  /** A mapping as a run (the same cells and warnings as yaml.ts) and what the root and `athlete:` need from it. */
  private mapping(frame: Frame, value: object): Collection {
    // A key without a value (`{ a }`, `? a`) is never composed either.
    if (frame.count !== 2 * Object.keys(value).length) handOver();
    const node: Collection = { kind: MAPPING, value };
    const cells: RawRow['cells'] = {};
    for (let index = 0; index < frame.count; index += 2) {
      if (frame.kinds[index] !== SCALAR) handOver();
      const { key, meaning, personal } = this.keyMeaning(String(frame.values[index]));
      const valueKind = frame.kinds[index + 1]!;
      if (key === 'runs' || key === 'athlete' || key === 'units') {
        (node.named ??= {})[key] = { kind: valueKind, open: frame.opens[index + 1]!, value: frame.values[index + 1] };
      }
      if (personal && valueKind <= SCALAR) {
        (node.athleteFields ??= []).push({ key: personal, child: { kind: valueKind, open: frame.opens[index + 1]!, value: frame.values[index + 1] } });
      }
      if (!meaning) {
        if (valueKind > SCALAR || (valueKind === SCALAR && frame.values[index + 1] !== null && isFreeText(String(frame.values[index + 1])))) node.needsPrecise = true;
        continue;
      }
      if (valueKind > SCALAR || (meaning.field === 'notes' && cells.notes)) node.needsPrecise = true;
      if (valueKind <= SCALAR) {
        this.locate(this.start(valueKind, frame.opens[index + 1]!));
        cells[meaning.field] = runCell(key, meaning, valueKind === EMPTY ? null : (frame.values[index + 1] as ScalarValue), this.line, this.col);
      } else {
        (node.rowProblems ??= []).push(droppedValue(key, this.position({ kind: SCALAR, open: frame.opens[index]!, value: null }), this.file));
      }
    }
    this.locate(this.start(MAPPING, frame.open));
    node.row = { line: this.line, cells };
    return node;
  }

  /** What a key means, worked out once per spelling: a log repeats a handful of keys thousands of times. */
  private keyMeaning(key: string): KeyMeaning {
    let known = this.keys.get(key);
    if (!known) this.keys.set(key, (known = { key, meaning: columnMeaning(key), personal: athleteKey(key) }));
    return known;
  }

  private line = 0;
  private col = 0;

  /** Sets line and col for an offset (no object per value: a log has millions). */
  private locate(offset: number): void {
    this.line = this.lines.lineOf(offset);
    this.col = offset - this.lines.startOf(this.line) + 1;
  }

  private position(child: Child): { line: number; col: number } {
    this.locate(this.start(child.kind, child.open));
    return { line: this.line, col: this.col };
  }

  /** Where the yaml library places a node: its first character, or for an empty value the place after `:` and its spaces. */
  private start(kind: Kind, open: number): number {
    const text = this.source;
    let at = open;
    if (kind === EMPTY) {
      while (at > 0 && isSpaceOrBreak(text.charCodeAt(at - 1))) at -= 1;
      if (text.charCodeAt(at - 1) !== COLON) handOver();
      while (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB) at += 1;
      return at;
    }
    for (;;) {
      const code = text.charCodeAt(at);
      if (isSpaceOrBreak(code)) at += 1;
      else if (code === HASH) at = text.indexOf('\n', at) + 1 || text.length;
      else return at;
    }
  }
}

const scalarValue = (child: Child): ScalarValue => (child.kind === EMPTY ? null : (child.value as ScalarValue));

const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
const HASH = 0x23;
const PIPE = 0x7c;
const GREATER = 0x3e;
const BRACE = 0x7b;
const BRACKET = 0x5b;
const isSpaceOrBreak = (code: number) => code === SPACE || code === TAB || code === 0x0a || code === 0x0d;

/** Offsets to lines as the yaml library's LineCounter counts them: a line starts after each `\n`. */
class LineIndex {
  private readonly starts: number[] = [0];
  private last = 0;

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** 1-based. Offsets come nearly in order, so walking from the last answer beats a binary search. */
  lineOf(offset: number): number {
    let index = this.last;
    while (index + 1 < this.starts.length && this.starts[index + 1]! <= offset) index += 1;
    while (index > 0 && this.starts[index]! > offset) index -= 1;
    this.last = index;
    return index + 1;
  }

  startOf(line: number): number {
    return this.starts[line - 1]!;
  }
}
