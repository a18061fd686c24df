// Urgent red flags (docs/CLINICAL.md, Red flags): from notes on every row, a red_flag column, and any pain score
// of 8 or more. Each stands until a professional's clearance is logged after it. They are read from
// the whole log up to as-of, whatever --since says: a flag that was never cleared still stands.
import type { Entry } from '../model/log.js';
import type { ReferralWhen } from '../model/report.js';
import { clearanceIn, readRedFlagColumn, type NoteSign } from './noteReading.js';
import { notesToRead, signsIn } from './notesOnRows.js';
import { worstPain } from './painScores.js';
import type { Check, CheckContext, RawFinding } from './types.js';
import { keepWhere } from '../util/arrays.js';

const WHEN_WORDS: Record<Extract<ReferralWhen, 'today' | 'within days'>, string> = {
  today: 'today (same day, or urgent care)',
  'within days': 'within a few days, and do not run until then',
};

interface Clearance {
  date: string;
  line: number;
  words: string;
}

/** Every entry of the log up to as-of, --since or not. */
export function wholeLogUpToAsOf(context: CheckContext): Entry[] {
  return keepWhere(context.logEntries, (entry) => entry.date <= context.asOf);
}

/** Clearances logged on or before as-of: a cleared column (read by the log reader), or a note saying so. */
export function clearancesOf(context: CheckContext): Clearance[] {
  const found: Clearance[] = [];
  for (const entry of wholeLogUpToAsOf(context)) {
    const words = entry.cleared ?? (entry.notes ? clearanceIn(entry.notes) : undefined);
    if (words !== undefined) found.push({ date: entry.date, line: entry.line, words });
  }
  return found;
}

/** A clearance ends a flag logged before it: on an earlier day, or earlier in the file that day; never one on its own row. */
export function clears(clearance: Pick<Clearance, 'date' | 'line'>, flag: { date: string; line: number }): boolean {
  return clearance.date > flag.date || (clearance.date === flag.date && clearance.line > flag.line);
}

export const check: Check<{ painAt: number }> = (context, options) => {
  const raised: (RawFinding & { line: number })[] = [];
  const seen = new Set<string>();
  const raise = (date: string, line: number, sign: Pick<NoteSign, 'id' | 'flag' | 'when'>, messageId: string, data: Record<string, string | number>, evidence: Record<string, unknown>) => {
    const key = `${date} ${sign.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const when = sign.when ?? 'today';
    raised.push({ line, messageId, urgent: true, refer: { who: 'doctor', when }, date, data: { date, flag: sign.flag, when: WHEN_WORDS[when], ...data }, evidence: { flag: sign.flag, sign: sign.id, ...evidence } });
  };
  for (const note of notesToRead(context, 'whole log')) {
    for (const sign of signsIn(context, note.text).filter((found) => found.kind === 'urgent')) {
      const where = note.column ? { column: note.column } : {};
      if (note.unusable) raise(note.date, note.line, sign, 'unusableRow', { excerpt: sign.excerpt, line: note.line, reason: note.unusable.reason, datedBy: note.unusable.datedBy }, { note: note.text, line: note.line, reason: note.unusable.reason, datedBy: note.unusable.datedBy, ...where });
      else if (note.column) raise(note.date, note.line, sign, 'otherColumn', { excerpt: sign.excerpt, column: note.column }, { note: note.text, ...where });
      else raise(note.date, note.line, sign, 'note', { excerpt: sign.excerpt }, { note: note.text });
    }
  }
  for (const entry of wholeLogUpToAsOf(context)) {
    for (const sign of readRedFlagColumn(entry.redFlag)) raise(entry.date, entry.line, sign, 'column', { value: entry.redFlag! }, { column: entry.redFlag });
    const worst = worstPain(entry);
    if (worst && worst.pain >= options.painAt - 1e-9) {
      raise(entry.date, entry.line, { id: 'intensePain', flag: 'intense pain', when: 'today' }, 'pain', { pain: worst.pain, measure: worst.measure }, { pain: worst.pain, measure: worst.measure, painAt: options.painAt });
    }
  }
  const clearances = clearancesOf(context);
  const findings = raised.map(({ line, ...finding }): RawFinding => {
    const clearance = clearances.find((candidate) => clears(candidate, { date: finding.date!, line }));
    if (!clearance) return finding;
    // Cleared: kept as information, so the history still shows it, but it no longer stands.
    return {
      messageId: 'cleared', info: true, date: finding.date,
      data: { date: finding.date!, flag: finding.data.flag!, clearedOn: clearance.date, clearance: clearance.words },
      evidence: { ...finding.evidence, clearedOn: clearance.date, clearance: clearance.words },
    };
  });
  return { findings: findings.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0)) };
};
