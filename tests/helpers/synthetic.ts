// Seeded synthetic logs for pattern tests: the same seed gives the same log.
import { addDaysTo } from '../../src/analysis/calendar.js';
import type { Entry, SessionType } from '../../src/model/log.js';
import { run } from './ruleTester.js';

export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  runs: number;
  seed: number;
  /** Pain for a run; default independent of everything (uniform 0–5). */
  pain?: (entry: Entry, previous: Entry | undefined, random: () => number) => number;
}

const TERRAINS = ['road', 'trail', 'track', 'grass'];
const TYPES: SessionType[] = ['easy', 'long', 'tempo', 'intervals', 'recovery'];
const SHOES = ['Pegasus', 'Ghost', 'Kayano'];

/** Runs on most days from 2024-01-01 with every factor hipcheck looks at, chosen at random. */
export function syntheticLog({ runs, seed, pain }: SyntheticOptions): Entry[] {
  const random = seeded(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const entries: Entry[] = [];
  let day = 0;
  while (entries.length < runs) {
    day += random() < 0.3 ? 2 : 1;
    const distanceKm = Math.round((4 + random() * 14) * 10) / 10;
    const entry = run(addDaysTo('2024-01-01', day), distanceKm, {
      terrain: pick(TERRAINS), type: pick(TYPES), shoes: pick(SHOES),
      time: random() < 0.5 ? '07:00' : '18:00', paceMinPerKm: 4.5 + random() * 2,
      elevationGainM: Math.round(distanceKm * random() * 30), cadenceSpm: 155 + Math.floor(random() * 30),
    });
    entry.pain = pain ? pain(entry, entries.at(-1), random) : Math.floor(random() * 6);
    entries.push(entry);
  }
  return entries;
}
