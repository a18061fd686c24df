// A `cleared` cell (or `hipcheck add --cleared`): only a positive, present statement that a
// professional cleared the runner ends an urgent red flag, so the grammar is small and
// positive. A cell is a clearance when it
//   - says nothing that denies, defers, doubts or dates it in the past ("no", "not cleared",
//     "nope", "TBC", "x", "awaiting physio", "booked physio", "appointment Friday",
//     "waiting for MRI", "no - physio says rest", "cleared last month"), and
//   - is made only of clearance words (yes, cleared, ok, fine, all clear, signed off, fit, to run,
//     by, from, says …), professionals (Dr, doctor, GP, physio, consultant, surgeon …) and
//     names (capitalised words), with at least one clearance word or professional:
//     "yes", "cleared", "ok", "Dr Patel", "cleared by physio", "Dr X: fine to run",
//     "Sarah (physio)", "GP says OK to run", "MRI clear".
// Anything else is not read as a clearance, and the reader says so at the cell.

/** Words that deny, defer, doubt or date a clearance: none of these may appear. */
const NOT_NOW = /\b(?:no|nope|nah|not|never|none|yet|pending|awaiting|await|waiting|wait|booked|book|booking|appointment|appt|tbc|tbd|tba|hop(?:e|ing)|hopefully|will|going|gonna|until|need|needs|should|might|maybe|perhaps|possibly|probably|likely|unsure|unknown|soon|next|tomorrow|later|rest|resting|stop|stopped|avoid|only|worried|concerned|suspects?|suspected|thinks?|query|referred|referral|last|ago|previously|before|false|off running)\b|n't|\?|[✗✘❌]|^\s*(?:-+|0|n|x)\s*$/i;

/** Clearance words. */
const CLEARANCE_WORD = /^(?:yes|y|yep|yeah|true|ok|okay|cleared|clears|clear|allclear|fine|fit|signedoff|discharged|greenlight|approved|allowed|go|[✓✔☑✅])$/i;
/** Professionals, and titles that go before a name. */
const PROFESSIONAL = /^(?:dr|doctor|doc|gp|physio\w*|consultant|surgeon|orthop\w+|sports|specialist|clinician|osteo\w*|chiro\w*|a&e|nurse|prof|professor|mr|mrs|ms|miss|mri|x-?rays?|scans?)$/i;
/** Small words a clearance is written with. */
const GLUE = /^(?:to|run|running|return|again|start|back|by|from|the|my|me|i|am|says|said|say|for|of|at|on|and|a|an|all|good|green|light|signed|off|is|was|got|gave|has|have|it|ruled|out|\d{1,4})$/i;
/** A name: capitalised, or an initial. */
const NAME = /^[A-Z][\p{L}'’-]*\.?$/u;

export type ClearanceReading = { cleared: true } | { cleared: false; expected: string };

export const CLEARANCE_EXPECTED = 'yes, cleared, or who cleared you (e.g. "cleared by physio Sarah", "Dr Patel: fine to run")';

export function readClearance(value: string): ClearanceReading {
  const text = value.trim();
  const no: ClearanceReading = { cleared: false, expected: CLEARANCE_EXPECTED };
  if (text === '' || NOT_NOW.test(text)) return no;
  const joined = text.replace(/\ball[- ]clear\b/gi, 'allclear').replace(/\bsigned[- ]off\b/gi, 'signedoff').replace(/\bgreen[- ]light\b/gi, 'greenlight');
  const words = joined.split(/[\s,:;()[\]/–—]+/).map((word) => word.replace(/[.!]+$/, '')).filter((word) => word !== '' && word !== '-');
  let positive = false;
  for (const word of words) {
    if (CLEARANCE_WORD.test(word) || PROFESSIONAL.test(word)) positive = true;
    else if (!GLUE.test(word) && !NAME.test(word)) return no;
  }
  return positive ? { cleared: true } : no;
}
