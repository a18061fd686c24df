// Reads a runner's free-text note for the signs of redFlagPhrases.ts, the way a clinician
// would: every mention counts, and a denial covers only the sign it names, in its own clause.
// "No swelling yesterday but today the hip is swollen" is swelling; "run not too bad, can't
// put weight on it" is a red flag; "no swelling, fever or chills" denies all three.
// Pure functions: the red-flag and see-clinician checks and the interview share them.
import { CLEARANCE, DEEP_GROIN, DEEP_GROIN_WORSENING, SIGNS, type SignDefinition, type SignKind } from './redFlagPhrases.js';
import { correctSpelling } from './spelling.js';
import type { ReferralWhen } from '../model/report.js';
import { scoreIsHipPain } from '../util/painWords.js';

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
  /** The comma-part of the clause it is in. */
  segment?: Span;
}

/** Sentence ends and contrasting words end a clause: a denial never reaches past them. */
const CLAUSE_END = /[.!?](?=\s|$)|[;\n]|\s(?:but|though|although|however|yet|whereas|except|until|then|and then|and now|now|whilst|while at)\s/gi;
/** Commas, colons and dashes are soft: a denial reaches past them only along a list ("no swelling, fever or chills"). */
const SEGMENT_END = /,|:|\s[-–—]\s|\(|\)/g;
// Contractions with their apostrophe, or the common ones without it: never any word ending
// in "nt" ("went home limping", "hip joint swollen" are not denials).
const NEGATION = /\b(?:no|not|never|without|nor|neither|none|zero|nothing|denies|denied|absence of|free of|ruled out|excluded)\b|\b\w+n't\b|\b(?:dont|didnt|doesnt|isnt|wasnt|arent|werent|cant|couldnt|wouldnt|shouldnt|wont|hasnt|havent|hadnt|aint|mustnt|neednt)\b|\bcannot\b/gi;
/** Someone else is the subject: "friend had a stress fracture", "my wife's hip is swollen". */
const OTHER_PERSON = /(?<!\bwith (?:a |my |the |our |his |her )?)\b(?:friends?|wife|husband|partner|boyfriend|girlfriend|son|daughter|kids?|child|mum|mom|dad|mother|father|brother|sister|colleague|teammate|club ?mate|mate|someone|somebody|dog)(?:'s)?\b(?:\s+[\w'-]+){0,3}?\s+(?:had|has|have|having|is|was|got|gets|getting|with)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|me|my|mine|myself)\b/i;
/** A sign asked and answered: "limping? no." */
const ANSWERED_NO = /^\?\s*(?:no|nope|nah|none|not really|negative)\b/i;
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
    mention.segment = segments[segment]!;
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

function applies(mention: Mention, text: string, clause: Span): boolean {
  const { sign } = mention;
  const clauseText = text.slice(clause.start, clause.end);
  if (sign.unlessNote?.test(text)) return false;
  if (sign.unlessClause?.test(clauseText) && !sign.keepIfNote?.test(text)) return false;
  if (sign.painScore && !scoreIsHipPain(text.slice(mention.segment!.start, mention.segment!.end), text)) return false;
  // Someone else's sign is not the runner's: the person before it, and no "I" or "my" in between.
  const before = text.slice(clause.start, mention.start);
  const other = OTHER_PERSON.exec(before);
  if (other && !FIRST_PERSON.test(before.slice(other.index + other[0].length))) return false;
  return true;
}

/** The signs a note affirms, once each, with the words that say it. Notes are read in English. */
export function readNote(note: string): NoteSign[] {
  // Curly apostrophes as runners' phones type them, and typos of the key words ("limpin",
  // "wieght", "feaver"); excerpts are mapped back to the runner's own words.
  const corrected = correctSpelling(note.replace(/[\u2018\u2019\u02bc]/g, "'"));
  const text = corrected.text;
  const original = (span: Span): Span => ({ start: corrected.toOriginal[span.start]!, end: corrected.toOriginal[span.end]! });
  const found = new Map<string, NoteSign>();
  const add = (sign: SignDefinition, excerpt: string) => {
    const key = sign.reportsAs ?? sign.id;
    if (found.has(key)) return;
    found.set(key, { id: key, flag: sign.flag, kind: sign.kind, ...(sign.when ? { when: sign.when } : {}), excerpt });
  };
  let worsening: string | undefined;
  for (const clause of spansOf(text, CLAUSE_END)) {
    const answeredNo = ANSWERED_NO.test(text.slice(clause.end));
    for (const mention of readClause(text, clause)) {
      if (mention.negated || answeredNo || !applies(mention, text, clause)) continue;
      const excerpt = excerptOf(note, original(clause), original(mention));
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

/**
 * A clearance only when a professional has cleared the runner, now: not hoped for, booked,
 * awaited or in the future ("hoping to get cleared", "will be cleared on Friday"), not in the
 * past ("physio cleared me last month"), not someone else's, not doubted.
 */
const NOT_A_CLEARANCE_NOW = /\b(?:hop(?:e|es|ed|ing)|hopefully|will|going to|gonna|want(?:s|ed)? to|try(?:ing)? to|to get|get cleared|waiting|awaiting|await|booked|booking|appointment|appt|until|once|when|if|should|might|maybe|perhaps|need|needs|tbc|yet|last (?:week|month|year|time|season)|ago|previously|used to|back in|in (?:19|20)\d\d|friends?|wife|husband|partner|mate|someone|somebody|her|his|their|myself|self)\b|\?/i;

/** The words of a note that record a professional's clearance, or undefined. */
export function clearanceIn(note: string): string | undefined {
  const text = note.replace(/[\u2018\u2019\u02bc]/g, "'");
  for (const clause of spansOf(text, CLAUSE_END)) {
    const clauseText = text.slice(clause.start, clause.end);
    if (NOT_A_CLEARANCE_NOW.test(clauseText)) continue;
    // A denial before the words, in the clause or just before it ("not yet cleared": "yet" ends a clause).
    const denied = (span: Span) => /\b(?:not|n't|never|no|nope|nah|without)\b/i.test(text.slice(clause.start, span.start))
      || /\b(?:not|n't|never|no|yet)\W*$/i.test(text.slice(Math.max(0, clause.start - 12), clause.start));
    const alone = matchesIn(text, CLEARANCE.alone, clause).find((span) => !denied(span));
    if (alone) return note.slice(clause.start, clause.end).trim();
    if (!CLEARANCE.professional.test(clauseText)) continue;
    const cleared = matchesIn(text, CLEARANCE.cleared, clause).find((span) => !denied(span));
    if (cleared) return note.slice(clause.start, clause.end).trim();
  }
  return undefined;
}

/** Values of a red_flag column that say there is none: "no", "none today", "no red flags", "✗". */
const NO_FLAG_VALUE = /^(?:no|n|nope|nah|none|nil|nothing|zero|0|false|off|negative|-+|✗|✘|❌|ok|okay|fine|all good|all fine|good|clear|all clear)$/i;
/** Values that say "a red flag", without naming which. */
const YES_FLAG_VALUE = /^(?:yes|y|yep|yeah|true|1|x|red|red flag|flag|flagged|✓|✔|☑|✅|!+)$/i;
/** A denial of every flag: "no red flags", "not today", "none today", "nothing to report". */
const DENIES_ALL = /^(?:no|not|none|nothing|never|nil|nope|nah|zero|without)\b(?:\s+(?:any|red|flags?|signs?|today|now|this time|to report|at all|so far|yet|of (?:note|them|those)|issues?|problems?|concerns?|worries|warning|warnings))*$/i;

/**
 * A `red_flag` column's value: nothing for "no" and any plain denial, an unnamed urgent flag
 * for "yes", else the signs it names, read as a note is (a denial covers only what it names).
 * A name hipcheck does not know is still an urgent flag, in the runner's words.
 */
export function readRedFlagColumn(value: string | undefined): NoteSign[] {
  const text = value?.trim() ?? '';
  const word = text.replace(/[.!?,;:]+$/g, '').trim();
  if (word === '' || NO_FLAG_VALUE.test(word) || DENIES_ALL.test(word)) return [];
  if (YES_FLAG_VALUE.test(word)) return [{ id: 'recorded', flag: 'a red flag', kind: 'urgent', when: 'today', excerpt: text }];
  const signs = readNote(text);
  const named = signs.filter((sign) => sign.kind === 'urgent');
  if (named.length > 0) return named;
  // "no swelling", "no fever or chills": the signs it names are denied, and nothing else is said.
  if (/^(?:no|not|none|never|nil|without|zero)\b/i.test(word) && signs.length === 0) return [];
  return [{ id: 'recorded', flag: `a red flag ("${text}")`, kind: 'urgent', when: 'today', excerpt: text }];
}
