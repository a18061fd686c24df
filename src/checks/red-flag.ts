import type { Check, RawFinding } from './types.js';
import { findRedFlags } from './redFlagPhrases.js';

const MEASURES = [
  ['pain', 'during the run'],
  ['painAfter', 'after the run'],
  ['painNextDay', 'the next morning'],
  ['painStart', 'at the start'],
  ['painEnd', 'at the end'],
] as const;

export const check: Check<{ painAt: number }> = (context, options) => {
  const findings: RawFinding[] = [];
  for (const entry of context.entries) {
    for (const { flag, excerpt } of findRedFlags(entry.notes ?? '')) {
      findings.push({ messageId: 'note', minimumSeverity: 'stop', date: entry.date, data: { date: entry.date, flag, excerpt }, evidence: { flag, note: entry.notes } });
    }
    const worst = MEASURES.map(([field, measure]) => ({ measure, pain: entry[field] })).filter((score) => score.pain !== undefined).sort((a, b) => b.pain! - a.pain!)[0];
    if (worst && worst.pain! >= options.painAt) {
      findings.push({ messageId: 'pain', minimumSeverity: 'stop', date: entry.date, data: { date: entry.date, pain: worst.pain!, measure: worst.measure }, evidence: { pain: worst.pain!, measure: worst.measure, painAt: options.painAt } });
    }
  }
  return { findings };
};
