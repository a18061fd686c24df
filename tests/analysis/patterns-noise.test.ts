// Noise must not turn into patterns: with pain independent of every factor, the share of logs
// with any reported pattern stays at or under the false-discovery level (q = 0.1).
import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/ruleTester.js';
import { syntheticLog } from '../helpers/synthetic.js';

describe('pattern: false discoveries on pure noise', () => {
  it('300 independent logs of 150–300 runs: any-pattern rate ≤ 0.1', () => {
    let logsWithPattern = 0;
    let comparisons = 0;
    const logs = 300;
    for (let seed = 1000; seed < 1000 + logs; seed++) {
      const entries = syntheticLog({ runs: 150 + (seed % 151), seed });
      const { findings } = runRule('pattern', { entries });
      if (findings.length > 0) logsWithPattern += 1;
      comparisons += Number(findings[0]?.evidence.comparisonsMade ?? 0);
    }
    const rate = logsWithPattern / logs;
    console.log(`pattern noise test: ${logsWithPattern} of ${logs} logs had a pattern (rate ${rate.toFixed(3)})`);
    expect(rate).toBeLessThanOrEqual(0.1);
    void comparisons;
  });

  it('short, very noisy logs (30–60 runs, pain anywhere 0–10), where 1.5-point gaps happen by chance: rate ≤ 0.1', () => {
    let logsWithPattern = 0;
    let bigGapsByChance = 0;
    const logs = 300;
    for (let seed = 5000; seed < 5000 + logs; seed++) {
      const entries = syntheticLog({ runs: 30 + (seed % 31), seed, pain: (_entry, _previous, random) => Math.floor(random() * 11) });
      const { findings } = runRule('pattern', { entries });
      if (findings.length > 0) logsWithPattern += 1;
      // How often the raw data alone would pass the 1.5-point and 5-run rules somewhere.
      const withTrail = entries.filter((entry) => entry.terrain === 'trail').map((entry) => entry.pain!);
      const others = entries.filter((entry) => entry.terrain !== 'trail').map((entry) => entry.pain!);
      const gap = withTrail.reduce((a, b) => a + b, 0) / withTrail.length - others.reduce((a, b) => a + b, 0) / others.length;
      if (withTrail.length >= 5 && gap >= 1.5) bigGapsByChance += 1;
    }
    console.log(`pattern noisy-short test: ${logsWithPattern} of ${logs} logs had a pattern; a 1.5-point trail gap arose by chance in ${bigGapsByChance}`);
    expect(bigGapsByChance).toBeGreaterThan(logs * 0.05);
    expect(logsWithPattern / logs).toBeLessThanOrEqual(0.1);
  });
});
