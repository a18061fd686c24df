// Pain scores written in free-text notes. A note is read clause by clause (split at , ; .
// and dashes): a clause with a score says when by its words ("at the end", "next morning"),
// and a bare "3/10" counts only in a note that speaks of the hip or of pain, or in a clause
// that says when ("2/10 at the end"), so "RPE 7/10" or "felt 8/10" never become pain. A note that speaks of pain without a readable score
// gets a warning from the caller, never a guessed number.

export type NotePainField = 'pain' | 'painStart' | 'painEnd' | 'painAfter' | 'painNextDay';

export type NotePain = Partial<Record<NotePainField, number>> & {
  /** The note talks about pain but gives no score hipcheck can read. */
  unscored: boolean;
  /** A score-like text hipcheck could not read ("12/10", "3-4/10"), for the warning. */
  unreadable?: string;
};

/** Words that speak of pain; with "hip", they make a note one whose scores are pain scores. */
const PAIN_WORDS = /\b(?:pain|painful|sore|soreness|hurts?|hurting|aches?|aching|achy|niggles?|niggly|twinges?|discomfort|tender)\b/i;
const HIP = /\bhips?\b/i;
/** Clauses about effort, not pain. */
const EFFORT = /\b(?:rpe|effort|exertion|felt (?:easy|hard|good))\b/i;
const NUMBER = String.raw`(\d{1,2}(?:[.,]\d)?)`;
/** `3/10`, `3 / 10`, `3 out of 10`, not preceded by another digit or a range dash. */
const OUT_OF_TEN = new RegExp(String.raw`(?<![\d.,\-–/])${NUMBER}\s*(?:\/|out of)\s*10\b(?!\/\d)`, 'i');
/** `pain 4`, `pain: 4`, `pain was 4`, `hip pain of 4`, `hip: 4`. */
const NAMED = new RegExp(String.raw`\b(?:pain|hip|niggle|soreness|sore)\s*(?:[:=]|was|of|at|is)?\s*${NUMBER}(?![\d.,\-–]|\s*(?:km|k|mi|miles|min|x|[-–]|\/\s*\d))`, 'i');
/** A lone number in a clause that says when ("2 next morning", "4 at the end"). */
const BARE = new RegExp(String.raw`(?<![\d.,:/])${NUMBER}(?![\d.,:/]|\s*(?:km|k|mi|miles|min|mins|h|x|am|pm)\b)`, 'i');
/** A score-like text that is not a score 0–10: `12/10`, `3-4/10`, `?/10`. */
const UNREADABLE = /(?:\S*[^\s\d]\d*|\d{3,}|1[1-9]|[2-9]\d)\s*\/\s*10\b|\b\d+\s*[-–]\s*\d+\s*\/\s*10\b/;

const WHEN: [NotePainField, RegExp][] = [
  ['painNextDay', /\b(?:next|following)\s+(?:morning|day)\b|\bmorning after\b|\b24\s*h/i],
  ['painAfter', /\b(?:after(?:wards)?|later|post[- ]run|that evening)\b/i],
  ['painEnd', /\b(?:at the end|end of|by the end|finish(?:ed)?|last (?:km|mile|k))\b/i],
  ['painStart', /\b(?:at the start|start(?:ed)?|first (?:km|mile|k)|warm[- ]?up|beginning)\b/i],
];

function score(text: string): number | undefined {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= 10 ? value : undefined;
}

/** Every score form needs one of these; most notes have none and are passed over at once. */
const ANY_SCORE_HINT = /\/\s*10|out of 10|pain|hip|sore|hurt|ach|niggl|twinge|discomfort|tender/i;

export function painFromNote(note: string): NotePain {
  const result: NotePain = { unscored: false };
  if (!ANY_SCORE_HINT.test(note)) return result;
  const speaksOfPain = PAIN_WORDS.test(note);
  const aboutPain = speaksOfPain || HIP.test(note);
  for (const clause of note.split(/[,;.](?!\d)|\s[-–—]\s|\n/)) {
    if (EFFORT.test(clause)) continue;
    const when = WHEN.find(([, words]) => words.test(clause))?.[0];
    // Effort is never "at the end" or "next morning": a score there is pain even unnamed.
    const outOfTen = aboutPain || when ? OUT_OF_TEN.exec(clause) : null;
    const found = outOfTen ?? NAMED.exec(clause) ?? (aboutPain && when ? BARE.exec(clause) : null);
    const value = found ? score(found[1]!) : undefined;
    if (value === undefined) {
      const bad = aboutPain ? UNREADABLE.exec(clause) : null;
      if (bad && result.unreadable === undefined) result.unreadable = bad[0].trim();
      continue;
    }
    const field = when ?? 'pain';
    if (result[field] === undefined) result[field] = value;
  }
  const scored = WHEN.some(([field]) => result[field] !== undefined) || result.pain !== undefined;
  result.unscored = !scored && speaksOfPain;
  return result;
}
