// Reads a runner's free-text note for the signs of redFlagPhrases.ts, the way a clinician
// would: every mention counts, and a denial covers only the sign it names, in its own clause.
// "No swelling yesterday but today the hip is swollen" is swelling; "run not too bad, can't
// put weight on it" is a red flag; "no swelling, fever or chills" denies all three.
// Pure functions: the red-flag and see-clinician checks and the interview share them.
import { CLEARANCE, DEEP_GROIN, DEEP_GROIN_WORSENING, NO_FLAG_VALUES, NOT_CLEARED_VALUES, SIGNS, YES_FLAG_VALUES, type SignDefinition, type SignKind } from './redFlagPhrases.js';
import type { ReferralWhen } from '../model/report.js';

export interface NoteSign {
  id: string;
  flag: string;
  kind: SignKind;
  when?: Extract<ReferralWhen, 'today' | 'within days'>;
  /** The words of the note that say it. */
  excerpt: string;
}

interface Span {
  start: number;
  end: number;
}

interface Mention extends Span {
  sign: SignDefinition;
  negated: boolean;
}

/** Sentence ends and contrasting words end a clause: a denial never reaches past them. */
const CLAUSE_END = /[.!?](?=\s|$)|[;\n]|\s(?:but|though|although|however|yet|whereas|except|until|then|and then|and now|now|whilst|while at)\s/gi;
/** Commas, colons and dashes are soft: a denial reaches past them only along a list ("no swelling, fever or chills"). */
const SEGMENT_END = /,|:|\s[-–—]\s|\(|\)/g;
const NEGATION = /\b(?:no|not|never|without|nor|neither|none|zero|nothing|denies|denied|absence of|free of|ruled out|excluded)\b|\b\w+n'?t\b|\bcannot\b/gi;
/** Words that look like a denial but are not one. */
const NOT_A_NEGATION = /\b(?:not sure|not certain|no idea|not only|not just|no doubt|no change|not much change|no difference|can'?t tell|cannot tell|don'?t know|not clear|no different)\b/gi;
/** A sign that is only a possibility: "if it swells", "watch for fever". */
const HYPOTHETICAL = /\b(?:(?<!(?:sure|wonder|wondering|know|tell|check|checking) )if|in case|watch(?:ing)? (?:out )?for|look(?:ing)? out for|check(?:ing)? for|unless|should i|in the event)\b/gi;
/** Said after a sign, these deny it: "stress fracture ruled out", "swelling gone down", "limp-free". */
const AFTER_DENIAL = /^\s*(?:-?\s*free\b|(?:\S+\s+){0,2}?(?:ruled out|excluded|gone|went away|gone down|went down|resolved|subsided|settled|cleared up|negative)\b)/i;
const LIST_JOINT = /^\s*,?\s*(?:or|nor|and|or any|nor any|and no|or no|,)\s*(?:any\s+)?$/i;
const MAX_WORDS_FROM_DENIAL = 5;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function spansOf(text: string, boundary: RegExp, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (const match of text.slice(from, to).matchAll(boundary)) {
    spans.push({ start, end: from + match.index });
    start = from + match.index + match[0].length;
  }
  spans.push({ start, end: to });
  return spans;
}

function matchesIn(text: string, pattern: RegExp, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  return [...slice.matchAll(pattern)].map((match) => ({ start: span.start + match.index, end: span.start + match.index + match[0].length }));
}

/** Every mention of every sign in a clause, longest first where two overlap. */
function mentionsIn(text: string, clause: Span): Mention[] {
  const found: Mention[] = [];
  for (const sign of SIGNS) for (const pattern of sign.patterns) for (const span of matchesIn(text, pattern, clause)) found.push({ ...span, sign, negated: false });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of found) if (!kept.some((other) => mention.start < other.end && other.start < mention.end)) kept.push(mention);
  return kept;
}

function readClause(text: string, clause: Span): Mention[] {
  const mentions = mentionsIn(text, clause);
  if (mentions.length === 0) return [];
  const segments = spansOf(text, SEGMENT_END, clause.start, clause.end);
  const segmentOf = (at: number) => segments.findIndex((segment) => at >= segment.start && at <= segment.end);
  const notNegations = matchesIn(text, NOT_A_NEGATION, clause);
  const insideAny = (cue: Span, spans: Span[]) => spans.some((span) => cue.start >= span.start && cue.start < span.end);
  const denials = matchesIn(text, NEGATION, clause).filter((cue) => !insideAny(cue, notNegations) && !insideAny(cue, mentions));
  const hypotheticals = matchesIn(text, HYPOTHETICAL, clause);

  mentions.forEach((mention, index) => {
    const segment = segmentOf(mention.start);
    const before = mentions.slice(0, index);
    const previous = before.at(-1);
    const sameSegment = (span: Span) => segmentOf(span.start) === segment;
    const nothingBetween = (cue: Span) => !before.some((other) => other.start >= cue.end && other.end <= mention.start);
    if (hypotheticals.some((cue) => cue.end <= mention.start && sameSegment(cue))) {
      mention.negated = true;
    } else if (!mention.sign.ownNegation) {
      const denial = denials.filter((cue) => cue.end <= mention.start && sameSegment(cue) && nothingBetween(cue)).at(-1);
      if (denial && wordCount(text.slice(denial.end, mention.start)) <= MAX_WORDS_FROM_DENIAL) mention.negated = true;
      // "no swelling or fever": a denial runs along a list — to other signs, or to other words
      // for the same sign joined by "or" ("fever or chills"), never to a fresh "swollen today".
      else if (previous?.negated && sameSegment(previous) && LIST_JOINT.test(text.slice(previous.end, mention.start))
        && (previous.sign.id !== mention.sign.id || /\b(?:or|nor)\b/i.test(text.slice(previous.end, mention.start)))) mention.negated = true;
      // "no swelling, fever or chills": the next comma-part carries it when it is a plain list.
      else if (previous?.negated && segment === segmentOf(previous.start) + 1 && previous.sign.id !== mention.sign.id) {
        const part = segments[segment]!;
        const lead = text.slice(part.start, mention.start);
        if (/^\s*(?:or|nor|and|any|no)?\s*$/i.test(lead) && /\b(?:or|nor)\b/i.test(text.slice(part.start, part.end))) mention.negated = true;
      }
    }
    const after = text.slice(mention.end, segments[segment]!.end);
    const denial = AFTER_DENIAL.exec(after);
    if (denial && !/\b(?:not|n't|never)\b/i.test(denial[0])) mention.negated = true;
  });
  return mentions;
}

function applies(mention: Mention, clauseText: string, note: string): boolean {
  const { sign } = mention;
  if (sign.unlessNote?.test(note)) return false;
  if (sign.unlessClause?.test(clauseText) && !sign.keepIfNote?.test(note)) return false;
  return true;
}

/** The signs a note affirms, once each, with the words that say it. Notes are read in English. */
export function readNote(note: string): NoteSign[] {
  // Curly apostrophes as runners' phones type them; one character for one, so positions hold.
  const text = note.replace(/[\u2018\u2019\u02bc]/g, "'");
  const found = new Map<string, NoteSign>();
  const add = (sign: SignDefinition, excerpt: string) => {
    const key = sign.reportsAs ?? sign.id;
    if (found.has(key)) return;
    found.set(key, { id: key, flag: sign.flag, kind: sign.kind, ...(sign.when ? { when: sign.when } : {}), excerpt });
  };
  let worsening: string | undefined;
  for (const clause of spansOf(text, CLAUSE_END)) {
    const clauseText = text.slice(clause.start, clause.end);
    for (const mention of readClause(text, clause)) {
      if (mention.negated || !applies(mention, clauseText, text)) continue;
      const excerpt = excerptOf(note, clause, mention);
      if (mention.sign.id === 'worseDuringRun') worsening ??= excerpt;
      add(mention.sign, excerpt);
    }
  }
  // Worse as the run goes on, with deep groin or hip pain: urgent (a possible stress fracture).
  if (worsening !== undefined && affirmsDeepGroin(text)) add(DEEP_GROIN_WORSENING, worsening);
  return [...found.values()];
}

const MAX_EXCERPT = 80;

/** The clause that says it, so a report quotes "can't put weight on the leg tonight", not three words. */
function excerptOf(note: string, clause: Span, mention: Span): string {
  const words = note.slice(clause.start, clause.end).trim();
  if (words.length <= MAX_EXCERPT) return words;
  const from = Math.max(clause.start, mention.start - 30);
  const to = Math.min(clause.end, mention.end + 30);
  return `${from > clause.start ? '…' : ''}${note.slice(from, to).trim()}${to < clause.end ? '…' : ''}`;
}

function affirmsDeepGroin(text: string): boolean {
  return spansOf(text, CLAUSE_END).some((clause) => {
    const match = DEEP_GROIN.exec(text.slice(clause.start, clause.end));
    if (!match) return false;
    const before = text.slice(clause.start, clause.start + match.index);
    return !/\b(?:no|not|never|without|\w+n't)\b(?:\s+\S+){0,3}\s*$/i.test(before);
  });
}

/** The words of a note that record a professional's clearance, or undefined. */
export function clearanceIn(note: string): string | undefined {
  const text = note.replace(/[\u2018\u2019\u02bc]/g, "'");
  for (const clause of spansOf(text, CLAUSE_END)) {
    const clauseText = text.slice(clause.start, clause.end);
    const denied = (span: Span) => /\b(?:not|n't|never|no|yet to|waiting)\b(?:\s+\S+){0,2}\s*$/i.test(text.slice(clause.start, span.start));
    const alone = matchesIn(text, CLEARANCE.alone, clause).find((span) => !denied(span));
    if (alone) return note.slice(clause.start, clause.end).trim();
    if (!CLEARANCE.professional.test(clauseText)) continue;
    const cleared = matchesIn(text, CLEARANCE.cleared, clause).find((span) => !denied(span));
    if (cleared) return note.slice(clause.start, clause.end).trim();
  }
  return undefined;
}

/** A `cleared` column's value: the clearance it records, or undefined for "no" and the like. */
export function clearanceInColumn(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  return NOT_CLEARED_VALUES.has(text.toLowerCase()) ? undefined : text;
}

/**
 * A `red_flag` column's value: nothing for "no", an unnamed urgent flag for "yes", else the
 * signs it names (a name hipcheck does not know is still an urgent flag, in the runner's words).
 */
export function readRedFlagColumn(value: string | undefined): NoteSign[] {
  const text = value?.trim() ?? '';
  const word = text.toLowerCase();
  if (NO_FLAG_VALUES.has(word)) return [];
  if (YES_FLAG_VALUES.has(word)) return [{ id: 'recorded', flag: 'a red flag', kind: 'urgent', when: 'today', excerpt: text }];
  const named = readNote(text).filter((sign) => sign.kind === 'urgent');
  return named.length > 0 ? named : [{ id: 'recorded', flag: `a red flag ("${text}")`, kind: 'urgent', when: 'today', excerpt: text }];
}
