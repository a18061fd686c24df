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
  const n1 = a.length;
  const n2 = b.length;
  const n = n1 + n2;
  // Batch runs this for every factor of every log, so instead of ranking an object per score
  // it sorts each side as a typed array and walks both at once, one tie group at a time.
  const sortedA = Float64Array.from(a).sort();
  const sortedB = Float64Array.from(b).sort();
  let rankSumA = 0;
  let tieTerm = 0;
  let ranked = 0;
  for (let i = 0, j = 0; i < n1 || j < n2; ) {
    const value = j >= n2 || (i < n1 && sortedA[i]! <= sortedB[j]!) ? sortedA[i]! : sortedB[j]!;
    let inA = 0;
    let inB = 0;
    while (i < n1 && sortedA[i] === value) { i += 1; inA += 1; }
    while (j < n2 && sortedB[j] === value) { j += 1; inB += 1; }
    const ties = inA + inB;
    // The tie group holds ranks ranked+1 … ranked+ties; each member gets their mean.
    rankSumA += inA * (ranked + (ties + 1) / 2);
    tieTerm += ties ** 3 - ties;
    ranked += ties;
  }
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
