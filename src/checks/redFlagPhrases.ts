// Words in a runner's notes that point to a red flag. Each pattern names the sign it
// stands for. A sign that is negated just before it ("no swelling", "not feverish") is not
// a red flag: a false alarm teaches runners to ignore the tool.

export interface RedFlagPhrase {
  flag: string;
  pattern: RegExp;
}

const CANNOT = String.raw`(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to)`;

export const RED_FLAG_PHRASES: RedFlagPhrase[] = [
  { flag: 'not being able to bear weight', pattern: new RegExp(String.raw`\b${CANNOT} (?:bear|put|take|stand) (?:any )?(?:weight|on)`, 'i') },
  { flag: 'not being able to bear weight', pattern: /\bnon[- ]?weight[- ]?bearing\b/i },
  { flag: 'not being able to walk', pattern: new RegExp(String.raw`\b${CANNOT} walk`, 'i') },
  { flag: 'not being able to move the leg', pattern: new RegExp(String.raw`\b${CANNOT} (?:move|lift|bend) (?:my |the )?(?:leg|hip)`, 'i') },
  { flag: 'swelling', pattern: /\b(?:sudden(?:ly)? )?(?:swelling|swollen)\b/i },
  { flag: 'fever or chills', pattern: /\b(?:fever|feverish|chills|high temperature)\b/i },
  { flag: 'a deformed-looking joint', pattern: /\b(?:deformed|deformity|looks? (?:wrong|out of place|dislocated))\b/i },
  { flag: 'pain at rest or at night', pattern: /\b(?:pain|hurts?|hurting|aches?|aching|throbb\w*)\b[^.;!?]{0,40}\b(?:at night|at rest|in bed|while resting|woke me|wakes me|keeps me (?:up|awake))/i },
  { flag: 'pain at rest or at night', pattern: /\b(?:night pain|rest pain)\b/i },
  { flag: 'pain at rest or at night', pattern: /\b(?:woke|wakes|waking|woken|keeps? me) (?:me )?(?:up|awake)\b[^.;!?]{0,20}\b(?:with|from|because of|due to)\b[^.;!?]{0,15}\b(?:pain|ache|aching|throbbing)/i },
  { flag: 'pain when walking or standing (possible stress fracture)', pattern: /\b(?:hurts?|pain(?:ful)?|sore)\b[^.;!?]{0,25}\b(?:to walk|when walking|while walking|walking hurts|to stand|when standing|while standing)\b/i },
  { flag: 'a possible stress fracture', pattern: /\bstress (?:fracture|reaction)\b/i },
  { flag: 'intense pain', pattern: /\b(?:excruciating|unbearable|agony|agonising|agonizing|severe pain|worst pain)\b/i },
];

const NEGATION_BEFORE = /\b(?:no|not|never|without|nor|zero)\b[^.;,!?]{0,15}$/i;

export interface RedFlagMatch {
  flag: string;
  excerpt: string;
}

export function findRedFlags(note: string): RedFlagMatch[] {
  const found = new Map<string, RedFlagMatch>();
  for (const { flag, pattern } of RED_FLAG_PHRASES) {
    const match = pattern.exec(note);
    if (!match || found.has(flag)) continue;
    const before = note.slice(Math.max(0, match.index - 25), match.index);
    // "can't walk" negates nothing: the phrase carries its own "not".
    if (NEGATION_BEFORE.test(before)) continue;
    found.set(flag, { flag, excerpt: match[0] });
  }
  return [...found.values()];
}
