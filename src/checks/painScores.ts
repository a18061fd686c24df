// The five pain scores an entry can carry, and the worst of them. Several rules ask "how bad
// was it at its worst"; this is called for every entry, so it allocates nothing per score.
import type { Entry } from '../model/log.js';

export const PAIN_SCORES = [
  ['pain', 'during the run'],
  ['painAfter', 'after the run'],
  ['painNextDay', 'the next morning'],
  ['painStart', 'at the start'],
  ['painEnd', 'at the end'],
] as const;

export interface WorstPain {
  pain: number;
  /** When it was felt, in words ("the next morning"). */
  measure: string;
}

/** The entry's highest pain score; on a tie the earlier score in PAIN_SCORES wins. */
export function worstPain(entry: Entry): WorstPain | undefined {
  let worst: WorstPain | undefined;
  for (const [field, measure] of PAIN_SCORES) {
    const pain = entry[field];
    if (pain !== undefined && (worst === undefined || pain > worst.pain)) worst = { pain, measure };
  }
  return worst;
}
