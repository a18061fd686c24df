// The signs hipcheck looks for in a runner's notes (docs/CLINICAL.md, Red flags), in the everyday words runners
// use. Data only: the reading (clauses, denials, every mention) is in noteReading.ts.
// Notes are read in English. Every pattern is case-insensitive and matched on whole words.
import type { ReferralWhen } from '../model/report.js';

/**
 * urgent: see a doctor (how soon in `when`); stands until a professional's clearance is logged.
 * clinician: see a physiotherapist; amber for 14 days, not sticky.
 * within-run: pain that worsens as the run goes on (the within-run row of the status table).
 */
export type SignKind = 'urgent' | 'clinician' | 'within-run';

export interface SignDefinition {
  id: string;
  /** The sign in words, as reports name it: "not being able to bear weight". */
  flag: string;
  kind: SignKind;
  /** How soon to see a doctor, for urgent signs. */
  when?: Extract<ReferralWhen, 'today' | 'within days'>;
  patterns: RegExp[];
  /** The phrase carries its own "not" ("can't walk"): a denial before it does not cancel it. */
  ownNegation?: boolean;
  /** Not this sign when its clause also says this (the usual outer-hip picture, the weather …). */
  unlessClause?: RegExp;
  /** … unless the note as a whole says this (deep groin pain keeps a walking pain urgent). */
  keepIfNote?: RegExp;
  /** Not this sign when the note as a whole says this. */
  unlessNote?: RegExp;
  /** Reported as this sign (several entries, each with its own context, for one sign). */
  reportsAs?: string;
  /** A pain score: it counts only when its part of the note is about hip pain today (util/painWords.ts). */
  painScore?: boolean;
}

const words = (...parts: string[]) => new RegExp(parts.join(''), 'gi');

const UNABLE = String.raw`\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to|no longer able to|wasn'?t able to|was not able to|barely able to|hardly able to|impossible to)`;
const PAIN_WORD = String.raw`\b(?:hurts?|hurting|hurt|pain|painful|sore|aches?|aching|ached|agony)`;
const GAP = String.raw`(?:\s+[\w'-]+){0,4}?`;
const LYING_ON_SIDE = /\b(?:lying|lie|lay|laying|sleeping|sleep|slept|rolled|roll|turn(?:ed|ing)?)\b(?:\s+[\w'-]+){0,3}?\s+on\s+(?:my|the|that|this|her|his)?\s*(?:sore|bad|painful|left|right|affected|injured|hurt)?\s*side\b|\bon (?:that|the sore|my sore|the bad|my bad|the painful) side\b/i;
export const DEEP_GROIN = /\b(?:groin|deep)\b/i;
const WORSE = String.raw`\b(?:worse|worsening|worsened|built|builds|building|built up|grew|grows|growing|increas\w+|climbed|climbing|more painful|more sore)`;
const AS_THE_RUN_GOES_ON = String.raw`(?:as the run (?:went|goes|go) on|as i (?:ran|run|went|go) on|as i ran|the (?:longer|further) i (?:ran|run|went|go)|with (?:each|every) (?:step|mile|km|kilometre|kilometer|stride)|(?:each|every) (?:mile|km|kilometre|kilometer)|(?:during|throughout|over|through) the run|later in the run|towards? the end(?: of the run)?)\b`;

export const SIGNS: SignDefinition[] = [
  // Urgent: the first group (Injurymap, after Mayo Clinic): same day or urgent care.
  {
    id: 'cannotBearWeight', flag: 'not being able to bear weight', kind: 'urgent', when: 'today', ownNegation: true,
    patterns: [
      // "bare" and "beer" for "bear": the spelling runners type; other typos of "weight" are read as it (spelling.ts).
      words(UNABLE, String.raw`\s+(?:to\s+)?(?:bear|bare|beer|put|take|carry)\s+(?:any\s+|much\s+|my\s+|full\s+)?weight\b`),
      words(UNABLE, String.raw`\s+(?:weight[- ]?(?:bear|bare)|stand\s+(?:on|up|without)\b)`),
      words(String.raw`\b(?:barely|hardly)\s+(?:put|bear|bare|take)\s+(?:any\s+)?weight\b`),
      words(String.raw`\bnon[- ]?weight[- ]?bearing\b|\bNWB\b`),
      words(String.raw`\b(?:on|using|needed|need|needing|got|borrowed)\s+(?:a\s+pair\s+of\s+)?crutch(?:es)?\b`),
    ],
  },
  {
    id: 'cannotWalk', flag: 'not being able to walk', kind: 'urgent', when: 'today', ownNegation: true,
    patterns: [
      words(UNABLE, String.raw`\s+walk\b`),
      words(String.raw`\bwalking\s+(?:is|was)\s+impossible\b`),
      words(String.raw`\b(?:can|could|can only|could only)?\s*(?:barely|hardly|scarcely|only just)\s+walk(?:ing)?\b`),
    ],
  },
  {
    // Without its own "not": "not struggling to walk any more" is a denial.
    id: 'struggleToWalk', reportsAs: 'cannotWalk', flag: 'not being able to walk', kind: 'urgent', when: 'today',
    patterns: [words(String.raw`\bstruggl\w*\s+(?:to\s+walk|walking|with\s+walking)\b|\b(?:difficulty|trouble)\s+walking\b`)],
  },
  {
    // The hip or leg giving way under the runner: for that moment it could not take their weight.
    id: 'gaveWay', flag: 'the hip or leg giving way (it could not take your weight)', kind: 'urgent', when: 'today',
    patterns: [
      words(String.raw`\b(?:hip|leg|knee|it)\s+(?:just\s+)?(?:gave|gives|giving|went|goes)\s+(?:way|out)\b(?!\s+to\b)`),
      words(String.raw`\b(?:leg|hip)\s+(?:buckled|collapsed)\b`),
    ],
  },
  {
    id: 'cannotMove', flag: 'not being able to move the leg or hip', kind: 'urgent', when: 'today', ownNegation: true,
    patterns: [
      words(UNABLE, String.raw`\s+(?:move|lift|raise|bend|swing)(?:\s+[\w'-]+){0,2}?\s+(?:leg|hip|knee|thigh)\b`),
      words(String.raw`\b(?:leg|hip)\s+(?:won'?t|wouldn'?t|will not|would not|doesn'?t|does not|didn'?t)\s+move\b`),
    ],
  },
  {
    id: 'deformity', flag: 'a deformed-looking joint', kind: 'urgent', when: 'today',
    patterns: [
      words(String.raw`\b(?:deformed|deformity|misshapen|dislocat\w*|out of (?:its\s+)?socket)\b`),
      words(String.raw`\b(?:looks?|looked|looking|seems?)\s+(?:wrong|out of place|twisted|deformed|misshapen)\b`),
      words(String.raw`\b(?:leg|foot)\s+(?:looks?\s+|is\s+|seems\s+)?(?:shorter|turned out(?:wards?)?|rotated out(?:wards?)?)\b`),
    ],
  },
  {
    id: 'swelling', flag: 'swelling', kind: 'urgent', when: 'today',
    patterns: [words(String.raw`\b(?:swelling|swollen|swelled|swells|puffed up)\b`)],
    unlessClause: /\b(?:ankles?|foot|feet|toes?|hands?|fingers?|eyes?|face|lips?|glands?|throat|tongue|gums?|rivers?|streams?|creeks?|burns?|becks?|lakes?|tides?|seas?|crowds?|numbers|ranks)\b/i,
  },
  {
    id: 'fever', flag: 'fever or chills', kind: 'urgent', when: 'today',
    patterns: [
      words(String.raw`\b(?:fever|feverish|febrile|chills|rigors)\b`),
      words(String.raw`\b(?:a|high|raised|slight|running a|had a|with a|got a)\s+(?:temp|temperature)\b`),
    ],
  },
  {
    id: 'feverTemperature', reportsAs: 'fever', flag: 'fever or chills', kind: 'urgent', when: 'today',
    patterns: [
      words(String.raw`\b(?:temp|temperature)\s*(?:of|was|is|at|:|=)?\s*(?:3[89]|4[0-2]|10[0-6])(?:[.,]\d+)?\b`),
      words(String.raw`\b(?:3[89]|4[0-2])(?:[.,]\d+)?\s*(?:°\s*c?|degrees)`),
    ],
    // 38 degrees in the shade is the weather.
    unlessClause: /\b(?:outside|outdoors|weather|heat|heatwave|humid\w*|sun\w*|shade|forecast|air|degrees out)\b/i,
  },
  {
    id: 'shivery', reportsAs: 'fever', flag: 'fever or chills', kind: 'urgent', when: 'today',
    patterns: [words(String.raw`\b(?:shivery|shivering|shivers|shivered|shaking with cold)\b`)],
    // Shivering in the rain after a cold run is the weather, not a fever.
    unlessClause: /\b(?:cold|rain\w*|wet|snow\w*|wind\w*|weather|freezing|icy|sleet|hail|winter)\b/i,
  },
  {
    id: 'intensePain', flag: 'intense pain', kind: 'urgent', when: 'today',
    patterns: [words(String.raw`\b(?:excruciating|unbearable|agony|agonising|agonizing|intense pain|severe pain|screaming|crying with pain|worst pain)\b`)],
  },
  {
    id: 'intensePainScore', reportsAs: 'intensePain', flag: 'intense pain', kind: 'urgent', when: 'today',
    patterns: [words(String.raw`\b(?:[89](?:[.,]\d)?|10)\s*(?:\/|out of)\s*10\b`)],
    // Only a score tied to the hip or to pain, today (util/painWords.ts): not "felt 8/10",
    // "great run 9/10", "legs 9/10 sore" or "(was 8/10 in March)".
    painScore: true,
  },
  // Urgent: a possible stress fracture (clinic guide, Runner's World): see a doctor within days.
  {
    id: 'stressFracture', flag: 'a possible stress fracture', kind: 'urgent', when: 'within days',
    patterns: [words(String.raw`\b(?:stress (?:fracture|reaction|injury)|bone stress|fractured?|broken (?:hip|bone|leg))\b`)],
    // A past one is a risk factor, not a flag (DOMAIN § 5): "previous stress fracture in 2019".
    unlessClause: /\b(?:previous|previously|prior|past|old|history|hx|healed|used to|back in|ago|last (?:year|season|summer|winter|spring|autumn)|in (?:19|20)\d\d|(?:a|one|two|three|\d+) years?)\b/i,
  },
  {
    id: 'limp', flag: 'limping (possible stress fracture)', kind: 'urgent', when: 'within days',
    patterns: [
      words(String.raw`\b(?:limp|limping|limped|limps|hobbl\w+)\b`),
      words(String.raw`\b(?:alters?|altered|altering|changed|changes|off)\s+(?:my\s+)?gait\b`),
      words(String.raw`\bgait\s+(?:is\s+|was\s+)?(?:off|altered|changed|wonky)\b`),
      words(String.raw`\bfavou?r(?:ing|ed|s)?\s+(?:my|the|one)\s+(?:other\s+|good\s+|left\s+|right\s+)?(?:leg|side)\b`),
    ],
  },
  {
    id: 'walkingPain', flag: 'pain when walking or standing (possible stress fracture)', kind: 'urgent', when: 'within days',
    patterns: [
      words(PAIN_WORD, GAP, String.raw`\s+(?:to walk|when (?:i\s+)?walk(?:ing)?|while walking|on walking|walking|to stand|when (?:i\s+)?stand(?:ing)?|while standing|on standing|standing)\b`),
      words(String.raw`\b(?:walking|standing|every step|each step)(?:\s+[\w'-]+){0,2}?\s+(?:hurts?|is painful|was painful|painful|is sore|was sore|sore|aches|ached|is agony)\b`),
    ],
    // "Hurts on the stairs", "sore on the outside when I walk", getting up from a chair: the usual
    // outer-hip (tendon, bursa) picture, not a red flag — unless the pain is deep or in the groin.
    unlessClause: /\b(?:outside|outer|lateral|side of (?:my |the )?hip|bony (?:bit|point)|stairs?|staircase|steps up|uphill|up (?:the )?hills?|stand(?:ing)? up|get(?:ting)? up|out of (?:a |the |my )?(?:car|chair|bed))\b/i,
    keepIfNote: DEEP_GROIN,
  },
  {
    id: 'restNightWorsening', flag: 'pain at night or at rest that keeps getting worse', kind: 'urgent', when: 'within days',
    patterns: [
      words(String.raw`\b(?:worse|worsening)\s+(?:and\s+worse\s+)?(?:every|each)\s+(?:night|evening|day at rest|morning in bed)\b`),
      words(String.raw`\b(?:every|each)\s+night\s+(?:it'?s?\s+|is\s+)?worse\b`),
      words(String.raw`\b(?:night|nights|nightly|overnight|rest|resting|in bed|lying down|asleep|sleep|sleeping)\b(?:\s+[\w'-]+){0,5}?\s+(?:keeps?\s+getting\s+worse|getting\s+worse|worsening|worse and worse|more and more|increasing|progressively worse|worse than (?:last night|yesterday|the night before))\b`),
      words(String.raw`\b(?:keeps?\s+getting\s+worse|getting\s+worse|worsening|worse and worse|progressively worse)(?:\s+[\w'-]+){0,3}?\s+(?:at night|at rest|in bed|overnight|when resting|while resting|lying down|every night|each night)\b`),
    ],
  },
  // See a clinician (not urgent; not sticky): Injurymap's list and the running-injury blog.
  {
    id: 'dailyLife', flag: 'pain that interferes with daily life', kind: 'clinician',
    patterns: [
      words(String.raw`\binterfer\w*\s+with\b`),
      words(String.raw`\baffect\w*\s+(?:my\s+)?(?:daily|day[- ]to[- ]day|everyday)\s+(?:life|activities|tasks|living)\b`),
      words(String.raw`\b(?:daily|day[- ]to[- ]day|everyday)\s+(?:life|activities|tasks|living)(?:\s+[\w'-]+){0,3}?\s+(?:hard|difficult|affected|painful|impossible|a struggle)\b`),
      words(UNABLE, String.raw`\s+(?:sleep|work|sit|drive|get dressed|put on (?:my\s+)?(?:socks|shoes)|put (?:my\s+)?(?:socks|shoes) on|do my job|get out of bed|pick up)\b`),
      words(String.raw`\bstruggl\w*\s+(?:to|with)\s+(?:put(?:ting)?\s+(?:on\s+)?(?:my\s+)?(?:socks|shoes)|sleep|work|sit|drive|get dressed|getting dressed|socks|shoes|the school run|daily)\b`),
      words(String.raw`\b(?:off work|signed off)\b`),
      words(String.raw`\b(?:woke|wakes|waking|woken|wake)\s+(?:me\s+)?(?:up\s+)?(?:\w+\s+){0,4}?(?:with|from|because of|due to|by)\s+(?:the\s+|my\s+|hip\s+)*(?:pain|ache|aching|throbbing|hip)\b`),
      words(String.raw`\b(?:pain|ache|hurts?|hip)(?:\s+[\w'-]+){0,4}?\s+(?:woke|wakes|waking|woken|keeps? me (?:up|awake))\b`),
      words(String.raw`\bkeeps? me (?:up|awake)\b`),
    ],
    unlessNote: LYING_ON_SIDE,
  },
  {
    // Night pain that is improving is not a sign: "night pain easing", "night pain a bit less".
    id: 'nightPain', reportsAs: 'dailyLife', flag: 'pain that interferes with daily life', kind: 'clinician',
    patterns: [words(String.raw`\b(?:night pain|pain at night|night ache|aching at night)\b`)],
    unlessNote: LYING_ON_SIDE,
    unlessClause: /\b(?:improv\w*|better|less|lesser|easing|eased|eases|settl\w*|reduc\w*|fading|faded|subsid\w*|disappear\w*|lighter|milder|fewer)\b/i,
  },
  {
    id: 'notImproving', flag: 'no improvement despite looking after it', kind: 'clinician', ownNegation: true,
    patterns: [
      words(String.raw`\b(?:not\s+(?:getting\s+)?(?:any\s+)?better|no\s+better|no\s+improvement|not\s+improv\w+)\b`),
      words(String.raw`\b(?:hasn'?t|has not|haven'?t|have not|isn'?t|is not|still not|still no)\s+(?:really\s+)?(?:improved|improving|getting better|better|eased)\b`),
    ],
    unlessClause: /\b(?:pace|time|times|speed|fitness|pb|pr|vo2\w*|splits?|cadence|form)\b/i,
  },
  {
    id: 'repeatedBouts', flag: 'repeated bouts', kind: 'clinician',
    patterns: [
      words(String.raw`\b(?:keeps?|kept)\s+coming\s+back\b`),
      words(String.raw`\b(?:pain|hip|it|ache|niggle)(?:'s|\s+is|\s+has)?\s+(?:come\s+)?back\s+again\b`),
      words(String.raw`\bflare[ds]?(?:[- ]?up)?\s+again\b|\bflared\s+up\s+again\b|\banother\s+flare\b`),
      words(String.raw`\b(?:recurr\w+|again and again)\b`),
      words(String.raw`\b(?:same|old)\s+(?:hip\s+)?(?:pain|injury|niggle)\s+(?:is\s+)?back\b`),
      words(String.raw`\b(?:second|third|fourth|2nd|3rd|4th)\s+(?:flare|bout|time this (?:month|year|season))\b`),
    ],
  },
  // Within one run: the within-run row, or an urgent flag with deep groin pain (below).
  {
    id: 'worseDuringRun', flag: 'pain that gets worse as the run goes on', kind: 'within-run',
    patterns: [
      words(WORSE, String.raw`(?:\s+[\w'-]+){0,4}?\s+`, AS_THE_RUN_GOES_ON),
      words(String.raw`\bstarted (?:fine|ok|okay|well|easy)\s+(?:and|but|then)\s+(?:got|became|went)\s+(?:worse|painful|sore)\b`),
    ],
  },
];

/** Deep groin or hip pain that gets worse as the run goes on: urgent, a possible stress fracture. */
export const DEEP_GROIN_WORSENING: SignDefinition = {
  id: 'deepGroinWorsening', flag: 'deep groin or hip pain that gets worse as the run goes on (possible stress fracture)', kind: 'urgent', when: 'within days', patterns: [],
};

/** A professional cleared the runner: "cleared to run by the physio", "doctor: all clear". */
export const CLEARANCE = {
  professional: /\b(?:doctor|doc|dr|gp|physio\w*|consultant|surgeon|sports (?:med\w*|doc\w*)|orthop\w+|clinician|specialist|a&e|urgent care|x-?rays?|mri|scans?|bone scan)\b/i,
  cleared: words(String.raw`\b(?:cleared|clears|all[- ]clear|fine to run|ok(?:ay)? to run|good to run|allowed to run|can run again|(?:back|return) to running|green light|ruled out|nothing (?:serious|broken|wrong)|no (?:stress\s+)?fracture|normal|(?:is|was|came back) clear)\b`),
  alone: words(String.raw`\b(?:cleared|green light) to (?:run|return|start running)\b`),
};

/** Values of a red_flag column that mean "no flag". */
export const NO_FLAG_VALUES = new Set(['', 'no', 'n', 'none', 'false', '0', '-', 'nil', 'nothing', 'ok', 'fine']);
/** Values that mean "a red flag", without naming which. */
export const YES_FLAG_VALUES = new Set(['yes', 'y', 'true', '1', 'x', 'red', 'red flag', 'flag']);
/** Values of a cleared column that do not record a clearance. */
export const NOT_CLEARED_VALUES = new Set(['', 'no', 'n', 'false', '0', '-', 'none', 'not yet', 'pending', 'waiting']);
