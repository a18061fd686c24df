// Whether a score written in a note ("8/10") is hip pain. Shared by the reader that fills pain
// fields from notes (ingest) and the red-flag reader (checks), so both read a note the same way:
// "felt 8/10", "great run 9/10", "legs 9/10 sore" and "(was 8/10 in March)" are not today's hip
// pain; "hip 8/10", "pain 9/10 on the descent", "8/10 by the end" and a note that is only "8/10" are.

/** Words that speak of pain. */
export const PAIN_WORDS = /\b(?:pain|painful|sore|soreness|hurts?|hurting|aches?|aching|achy|niggles?|niggly|twinges?|discomfort|tender|agony)\b/i;
/** The hip itself. */
export const HIP_WORDS = /\b(?:hips?|groin)\b/i;
/** Other parts of the body: a score of theirs is not hip pain. */
const OTHER_BODY_PART = /\b(?:legs|quads?|calf|calves|shins?|feet|foot|toes?|ankles?|arms?|shoulders?|neck|lungs?|stomach|tummy|head(?:ache)?)\b/i;
/** Scores of effort, mood or how the run went. */
const NOT_PAIN_SCORE = /\b(?:felt|feel|feeling|great|good|nice|lovely|solid|fun|enjoy\w*|rating|rated|score|mood|energy|sleep|motivation|effort|rpe|exertion|perceived|breathing|heart rate|hr|tired\w*|fatigue\w*|workout|session|pace)\b|\d\s*(?:\/|out of)\s*10\s+(?:run|day|week)\b/i;
/** Words that say when in the run or after it. */
const WHEN_WORDS = /\b(?:at the (?:start|end|finish)|by the end|end of|at end|at finish|after(?:wards)?|later|next (?:morning|day)|morning after|during|on the run|last (?:km|mile|k)|first (?:km|mile|k))\b/i;
/** The distant past: a score then is history, not today's pain. */
export const DISTANT_PAST = /\b(?:in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|last (?:week|month|year|season|time|summer|winter|spring|autumn)|\d+\s+(?:days?|weeks?|months?|years?)\s+ago|ago|previously|used to|back in|in (?:19|20)\d\d)\b/i;

/** A note that is only a score: "8/10", "7 / 10". */
const ONLY_A_SCORE = /^\s*\d{1,2}(?:[.,]\d)?\s*(?:\/|out of)\s*10\s*[.!]*\s*$/i;

/** The note as a whole speaks of the hip or of pain: its bare scores are pain scores. */
export function speaksOfHipPain(note: string): boolean {
  return HIP_WORDS.test(note) || PAIN_WORDS.test(note);
}

/**
 * Is a score in this part of a note (a comma-part, or a bracket) the runner's hip pain today?
 * Not when the part is about the distant past, another part of the body, or effort and how the
 * run went; yes when it names the hip or pain, says when in the run, or sits in a note about hip
 * pain (or is the whole note).
 */
export function scoreIsHipPain(part: string, note: string): boolean {
  if (DISTANT_PAST.test(part)) return false;
  if (OTHER_BODY_PART.test(part) && !HIP_WORDS.test(part)) return false;
  if (HIP_WORDS.test(part) || PAIN_WORDS.test(part)) return true;
  if (NOT_PAIN_SCORE.test(part)) return false;
  return WHEN_WORDS.test(part) || speaksOfHipPain(note) || ONLY_A_SCORE.test(note);
}
