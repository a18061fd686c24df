// Small, pure statistics for pattern finding: percentiles, the Mann–Whitney U test and the
// Benjamini–Hochberg false-discovery-rate adjustment.

export function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Linear-interpolated percentile (p in 0..100) of unsorted values. */
export function percentile(values: number[], p: number): number {
  // A typed array sorts numerically without a comparator or boxed copies.
  const sorted = Float64Array.from(values).sort();
  const position = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(position);
  const fraction = position - below;
  return sorted[below]! + (sorted[Math.min(below + 1, sorted.length - 1)]! - sorted[below]!) * fraction;
}

/** Standard normal upper-tail probability (Abramowitz–Stegun 26.2.17, error < 7.5e-8). */
function normalUpperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? tail : 1 - tail;
}

/**
 * Two-sided Mann–Whitney U test with mid-ranks for ties, the tie-corrected variance and a
 * continuity correction. Pain scores are small integers with many ties, hence the corrections.
 */
export function mannWhitneyP(a: number[], b: number[]): number {
  const pooled = pooledRanks([...a, ...b]);
  let rankSumA = 0;
  for (const value of a) rankSumA += pooled.midRank.get(value)!;
  return mannWhitneyPFromRanks(rankSumA, a.length, b.length, pooled.tieTerm);
}

/** Mid-ranks of a pooled sample: each distinct value's mean rank, and the tie term Σ(t³ − t). */
export interface PooledRanks {
  midRank: Map<number, number>;
  tieTerm: number;
}

export function pooledRanks(values: ArrayLike<number>): PooledRanks {
  const { scores, codes } = scoreCodes(values);
  const counts = new Float64Array(scores.length);
  for (const code of codes) counts[code]! += 1;
  const { midRanks, tieTerm } = ranksFromCounts(counts);
  return { midRank: new Map(Array.from(scores, (score, code) => [score, midRanks[code]!])), tieTerm };
}

/**
 * Values as codes into their distinct values in ascending order. Pain scores take a handful
 * of values, so ranks follow from counting the codes, where sorting every score was n log n.
 */
export function scoreCodes(values: ArrayLike<number>): { scores: Float64Array; codes: Int32Array } {
  const distinct = new Set<number>();
  for (let index = 0; index < values.length; index++) distinct.add(values[index]!);
  const scores = Float64Array.from(distinct).sort();
  const codeOf = new Map(Array.from(scores, (score, code) => [score, code]));
  return { scores, codes: Int32Array.from({ length: values.length }, (_, index) => codeOf.get(values[index]!)!) };
}

/** Mid-ranks of each code, from how many values have it (codes in ascending order of value), and the tie term Σ(t³ − t). */
export function ranksFromCounts(counts: ArrayLike<number>): { midRanks: Float64Array; tieTerm: number } {
  const midRanks = new Float64Array(counts.length);
  let tieTerm = 0;
  let below = 0;
  for (let code = 0; code < counts.length; code++) {
    const ties = counts[code]!;
    midRanks[code] = below + (ties + 1) / 2;
    tieTerm += ties ** 3 - ties;
    below += ties;
  }
  return { midRanks, tieTerm };
}

/**
 * The Mann–Whitney p-value from the rank sum of the first sample (n1 values) within the pooled
 * sample of n1 + n2. Ranking the pooled sample once lets every subgroup of it be tested
 * against the rest in time proportional to the subgroup (src/analysis/patterns.ts).
 */
export function mannWhitneyPFromRanks(rankSumA: number, n1: number, n2: number, tieTerm: number): number {
  const n = n1 + n2;
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const meanU = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (Math.abs(u - meanU) - 0.5) / Math.sqrt(variance);
  if (z <= 0) return 1;
  return Math.min(1, 2 * normalUpperTail(z));
}

/** Benjamini–Hochberg adjusted p-values, in the order given. */
export function benjaminiHochberg(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}
