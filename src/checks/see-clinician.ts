// Signs to see a physiotherapist (docs/CLINICAL.md, Red flags): amber for 14 days, never sticky.
import { notesToRead, signsIn } from './notesOnRows.js';
import type { Check, RawFinding } from './types.js';

export const check: Check<Record<string, never>> = (context) => {
  const findings: RawFinding[] = [];
  for (const note of notesToRead(context, 'period')) {
    for (const sign of signsIn(context, note.text).filter((found) => found.kind === 'clinician')) {
      findings.push({
        messageId: 'sign', refer: { who: 'physiotherapist', when: 'soon' }, date: note.date,
        data: { date: note.date, flag: sign.flag, excerpt: sign.excerpt },
        evidence: { flag: sign.flag, sign: sign.id, note: note.text, ...(note.unusable ? { line: note.line, datedBy: note.unusable.datedBy } : {}) },
      });
    }
  }
  return { findings };
};
