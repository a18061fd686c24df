// Pain scores written in free-text notes. A note is read clause by clause (split at , ; . ( )
// and dashes): a clause with a score says when by its words ("at the end", "next morning"), and
// a score counts only when it is hip pain today (util/painWords.ts), so "RPE 7/10", "felt 8/10",
// "legs 9/10 sore" or "(was 8/10 in March)" never become pain. A rise or fall written in one
// clause ("built from 2/10 to 7/10", "pain went from 2 to 7") is the start and end of the run.
// A score above the scale ("12/10") is read as 10 and said. A note that speaks of pain without a
// readable score gets a warning from the caller, never a guessed number.
import { DISTANT_PAST, PAIN_WORDS, scoreIsHipPain, speaksOfHipPain } from '../util/painWords.js';

export type NotePainField = 'pain' | 'painStart' | 'painEnd' | 'painAfter' | 'painNextDay';

export type NotePain = Partial<Record<NotePainField, number>> & {
  /** The note talks about pain but gives no score hipcheck can read. */
  unscored: boolean;
  /** A score-like text hipcheck could not read ("3-4/10", "?/10"), for the warning. */
  unreadable?: string;
  /** A score above the scale ("12/10"), read as 10, for the warning. */
  overScale?: string;
};

/** Clauses about effort, not pain. */
const EFFORT = /\b(?:rpe|effort|exertion|felt (?:easy|hard|good))\b/i;
const NUMBER = String.raw`(\d{1,2}(?:[.,]\d)?)`;
/** `3/10`, `3 / 10`, `3 out of 10`, not preceded by another digit or a range dash. */
const OUT_OF_TEN = new RegExp(String.raw`(?<![\d.,\-–/])${NUMBER}\s*(?:\/|out of)\s*10\b(?!\/\d)`, 'i');
/** `pain 4`, `pain: 4`, `pain was 4`, `hip pain of 4`, `hip: 4`. */
const NAMED = new RegExp(String.raw`\b(?:pain|hip|niggle|soreness|sore)\s*(?:[:=]|was|of|at|is)?\s*${NUMBER}(?![\d.,\-–]|\s*(?:km|k|mi|miles|min|x|[-–]|\/\s*\d))`, 'i');
/** A lone number in a clause that says when ("2 next morning", "4 at the end"). */
const BARE = new RegExp(String.raw`(?<![\d.,:/])${NUMBER}(?![\d.,:/]|\s*(?:km|k|mi|miles|min|mins|h|x|am|pm)\b)`, 'i');
/** A score-like text that is not a score: `3-4/10`, `?/10`, `100/10`. */
const UNREADABLE = /(?:\S*[^\s\d]\d*|\d{3,})\s*\/\s*10\b|\b\d+\s*[-–]\s*\d+\s*\/\s*10\b/;
const SCORE = String.raw`(\d{1,2}(?:[.,]\d)?)(?:\s*(?:\/|out of)\s*10)?`;
/** A rise or fall within the run: "from 2/10 to 7/10", "2/10 rising to 7/10", "went from 2 to 7". */
const FROM_TO = new RegExp(String.raw`(?<![\d.,:/])(?:from\s+)?${SCORE}\s*(?:(?:rising|rose|climbing|climbed|building|built|going|went|increasing|increased|easing|eased|dropping|dropped|falling|fell|up|down)\s+)?(?:to|->|→)\s*${SCORE}(?![\d.,:]|\s*(?:km|k|mi|miles|min|mins|h|hours?|am|pm|times|x|laps|reps|sets|kg|lbs?)\b)`, 'i');

const WHEN: [NotePainField, RegExp][] = [
  ['painNextDay', /\b(?:next|following)\s+(?:morning|day)\b|\bmorning after\b|\b24\s*h/i],
  ['painAfter', /\b(?:after(?:wards)?|later|post[- ]run|that evening)\b/i],
  ['painEnd', /\b(?:at (?:the )?end|end of|by the end|finish(?:ed)?|last (?:km|mile|k))\b/i],
  ['painStart', /\b(?:at the start|start(?:ed)?|first (?:km|mile|k)|warm[- ]?up|beginning)\b/i],
];

/** A score 0–10; above 10 ("12/10") is the top of the scale. */
function score(text: string): { value: number; overScale: boolean } | undefined {
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value) || value < 0) return undefined;
  return value > 10 ? { value: 10, overScale: true } : { value, overScale: false };
}

/** Every score form needs one of these; most notes have none and are passed over at once. */
const ANY_SCORE_HINT = /\/\s*10|out of 10|pain|hip|sore|hurt|ach|niggl|twinge|discomfort|tender/i;

/** How a record `hipcheck interview --save` wrote starts its note (after any "RED FLAG: …"). */
export const INTERVIEW_NOTE = 'hipcheck interview';
const INTERVIEW_RECORD = /\bhipcheck interview(?: \d+ of the day)?:/;

/**
 * A note hipcheck wrote for an interview: its scores are in the pain column already, and its
 * summary ("pain now/last run/morning after: 3/5/-") is not read for more, nor warned about.
 */
export function isInterviewRecord(note: string): boolean {
  return INTERVIEW_RECORD.test(note);
}

export function painFromNote(note: string): NotePain {
  const result: NotePain = { unscored: false };
  if (!ANY_SCORE_HINT.test(note)) return result;
  const speaksOfPain = PAIN_WORDS.test(note);
  const aboutPain = speaksOfHipPain(note);
  const set = (field: NotePainField, text: string, found: { value: number; overScale: boolean }) => {
    if (result[field] !== undefined) return;
    result[field] = found.value;
    if (found.overScale) result.overScale ??= text.trim();
  };
  for (const clause of note.split(/[,;.()](?!\d)|\s[-–—]\s|\n|\s(?:now|today|but|then)\s/i)) {
    if (EFFORT.test(clause) || DISTANT_PAST.test(clause)) continue;
    const rise = aboutPain ? FROM_TO.exec(clause) : null;
    const from = rise ? score(rise[1]!) : undefined;
    const to = rise ? score(rise[2]!) : undefined;
    if (from && to && scoreIsHipPain(clause, note)) {
      set('painStart', rise![0], from);
      set('painEnd', rise![0], to);
      continue;
    }
    const when = WHEN.find(([, words]) => words.test(clause))?.[0];
    // Effort is never "at the end" or "next morning": a score there is pain even unnamed.
    const outOfTen = when || scoreIsHipPain(clause, note) ? OUT_OF_TEN.exec(clause) : null;
    const found = outOfTen ?? NAMED.exec(clause) ?? (aboutPain && when ? BARE.exec(clause) : null);
    const value = found ? score(found[1]!) : undefined;
    if (value === undefined) {
      const bad = aboutPain ? UNREADABLE.exec(clause) : null;
      if (bad && result.unreadable === undefined) result.unreadable = bad[0].trim();
      continue;
    }
    set(when ?? 'pain', found![0], value);
  }
  const scored = WHEN.some(([field]) => result[field] !== undefined) || result.pain !== undefined;
  result.unscored = !scored && speaksOfPain;
  return result;
}
