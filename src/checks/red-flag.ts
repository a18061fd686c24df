import type { Check, RawFinding } from './types.js';
import { worstPain } from './painScores.js';
import { findRedFlags } from './redFlagPhrases.js';

export const check: Check<{ painAt: number }> = (context, options) => {
  const findings: RawFinding[] = [];
  for (const entry of context.entries) {
    for (const { flag, excerpt } of findRedFlags(entry.notes ?? '')) {
      findings.push({ messageId: 'note', minimumSeverity: 'stop', date: entry.date, data: { date: entry.date, flag, excerpt }, evidence: { flag, note: entry.notes } });
    }
    const worst = worstPain(entry);
    if (worst && worst.pain >= options.painAt) {
      findings.push({ messageId: 'pain', minimumSeverity: 'stop', date: entry.date, data: { date: entry.date, pain: worst.pain, measure: worst.measure }, evidence: { pain: worst.pain, measure: worst.measure, painAt: options.painAt } });
    }
  }
  return { findings };
};
