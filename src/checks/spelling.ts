// Runners type notes on a phone after a run: "limpin home", "cant put wieght on it", "feaver".
// Before the phrase table reads a note, words one typo away (a letter missing, extra, changed,
// or two swapped) from a few key words are read as those words. Only long key words are
// matched this way, and the real words one typo away from them ("dwelling", "never", "eight",
// "limb", "talk") are listed so they are never "corrected". The corrected text keeps a map back
// to the note, so a report still quotes the runner's own words.

/** Key words of the phrase table, matched with one typo. */
const KEY_WORDS = ['weight', 'walking', 'limping', 'limped', 'swollen', 'swelling', 'fever', 'feverish', 'shivery', 'shivering', 'crutches', 'excruciating'];

/** Real words one typo from a key word: never corrected. */
const REAL_WORDS = new Set([
  'eight', 'weigh', 'weighs', 'weighty', 'height', 'wright',
  'talking', 'balking', 'walling', 'waking', 'wakings',
  'lipped', 'pimped', 'wimped', 'gimped', 'limbed', 'limned', 'limper',
  'lisping', 'limning', 'pimping', 'wimping', 'gimping', 'lumping', 'lamping',
  'dwelling', 'smelling', 'spelling', 'swilling', 'shelling',
  'never', 'fewer', 'lever', 'fiver', 'sever', 'ever', 'fever',
  'shivers', 'slivering',
  'clutches',
]);

/** Contractions written without their apostrophe or with a letter dropped: "cn't", "couldnt". */
const CONTRACTIONS: Record<string, string> = { "cn't": "can't", cnt: "can't", cudnt: "couldn't", "cudn't": "couldn't", cldnt: "couldn't", "cld't": "couldn't" };

/** Optimal string alignment distance, stopping early: is it at most one? */
function withinOneTypo(word: string, key: string): boolean {
  if (Math.abs(word.length - key.length) > 1) return false;
  let i = 0;
  while (i < word.length && i < key.length && word[i] === key[i]) i += 1;
  const a = word.slice(i);
  const b = key.slice(i);
  if (a.length === 0 || b.length === 0) return Math.abs(a.length - b.length) <= 1;
  return a.slice(1) === b.slice(1) // changed
    || a.slice(1) === b // extra letter
    || a === b.slice(1) // missing letter
    || (a[0] === b[1] && a[1] === b[0] && a.slice(2) === b.slice(2)); // two swapped
}

/** The key word a token is one typo from, if any. */
export function keyWordFor(token: string): string | undefined {
  const word = token.toLowerCase();
  if (word.length < 4 || REAL_WORDS.has(word) || KEY_WORDS.includes(word)) return undefined;
  return KEY_WORDS.find((key) => withinOneTypo(word, key));
}

export interface CorrectedText {
  text: string;
  /** Index in the original note of each index of `text` (and of its end). */
  toOriginal: number[];
}

/** The note with typos of key words corrected, and a map back to the runner's own words. */
export function correctSpelling(note: string): CorrectedText {
  let text = '';
  const toOriginal: number[] = [];
  let last = 0;
  const keep = (to: number) => {
    for (let i = last; i < to; i++) {
      text += note[i];
      toOriginal.push(i);
    }
  };
  for (const match of note.matchAll(/[A-Za-z][A-Za-z']*[A-Za-z]/g)) {
    const token = match[0];
    const replacement = CONTRACTIONS[token.toLowerCase()] ?? keyWordFor(token);
    if (replacement === undefined) continue;
    keep(match.index);
    // Each letter of the replacement points at the start of the word it replaces.
    for (const letter of replacement) {
      text += letter;
      toOriginal.push(match.index);
    }
    last = match.index + token.length;
  }
  keep(note.length);
  toOriginal.push(note.length);
  return { text, toOriginal };
}
