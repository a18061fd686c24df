// Pain scores written in free-text notes: "hip pain 5/10", "pain: 4", "hip 3/10",
// "pain 6 during, 2 next morning". A note that speaks of pain without a score gets a warning
// from the caller, never a guessed number.

export interface NotePain {
  pain?: number;
  painNextDay?: number;
  /** The note talks about pain but gives no score hipcheck can read. */
  unscored: boolean;
}

const SCORE = String.raw`(\d{1,2}(?:[.,]\d)?)(?:\s*\/\s*10)?`;
const NEXT_DAY = new RegExp(String.raw`\b${SCORE}\s*(?:the\s+)?(?:next|following)\s+(?:morning|day)\b`, 'i');
const DURING = [
  new RegExp(String.raw`\b(?:hip\s+)?pain\s*(?:[:=]|was|of|at)?\s*${SCORE}`, 'i'),
  new RegExp(String.raw`\bhip\s*[:=]?\s*(\d{1,2}(?:[.,]\d)?)\s*\/\s*10\b`, 'i'),
];
const MENTION = /\b(?:pain|painful|sore|soreness|hurts?|hurting|aches?|aching)\b/i;

function score(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(',', '.'));
  return value >= 0 && value <= 10 ? value : undefined;
}

export function painFromNote(note: string): NotePain {
  const nextMatch = NEXT_DAY.exec(note);
  const painNextDay = score(nextMatch?.[1]);
  // Look for the during-run score outside the next-day phrase.
  const rest = nextMatch ? note.slice(0, nextMatch.index) + note.slice(nextMatch.index + nextMatch[0].length) : note;
  let pain: number | undefined;
  for (const pattern of DURING) {
    pain = score(pattern.exec(rest)?.[1]);
    if (pain !== undefined) break;
  }
  const result: NotePain = { unscored: pain === undefined && painNextDay === undefined && MENTION.test(note) };
  if (pain !== undefined) result.pain = pain;
  if (painNextDay !== undefined) result.painNextDay = painNextDay;
  return result;
}
