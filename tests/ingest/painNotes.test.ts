// Pain scores in free-text notes: every form the README lists is read, effort scores and
// dates are never taken for pain, and unreadable scores are flagged rather than guessed.
import { describe, expect, it } from 'vitest';
import { painFromNote } from '../../src/ingest/painNotes.js';
import { csvLog } from '../helpers/logs.js';

describe('pain scores in notes', () => {
  it.each([
    ['hip pain 5/10', { pain: 5 }],
    ['pain: 4', { pain: 4 }],
    ['hip 3/10', { pain: 3 }],
    ['pain 6 during, 2 next morning', { pain: 6, painNextDay: 2 }],
    ['right hip niggle 3/10', { pain: 3 }],
    ['2/10 at the end', { painEnd: 2 }],
    ['hip sore, 2/10 at the end', { painEnd: 2 }],
    ['Pain 2 at the start, 4 at the end', { painStart: 2, painEnd: 4 }],
    ['hip pain 3 out of 10', { pain: 3 }],
    ['pain 3.5/10', { pain: 3.5 }],
    ['sore hip 2 next day', { painNextDay: 2 }],
    ['hip ached afterwards, 3/10', { pain: 3 }],
    ['hip ached, 3/10 afterwards', { painAfter: 3 }],
    ['10k in 50 min, hip 2', { pain: 2 }],
  ])('%j', (note, scores) => {
    expect(painFromNote(note)).toEqual({ unscored: false, ...scores });
  });

  it.each(['RPE 7/10, hip fine', 'tempo 4x1km, felt 8/10', 'morning commute', 'pain at 5k'])('%j gives no pain score', (note) => {
    const found = painFromNote(note);
    expect([found.pain, found.painStart, found.painEnd, found.painAfter, found.painNextDay]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('pain named without a score is "unscored", so the reader warns', () => {
    expect(painFromNote('Trail long run — Muddy. Hip sore on descents').unscored).toBe(true);
    expect(painFromNote('hip fine today').unscored).toBe(false);
  });

  it.each([['hip 3-4/10', '3-4/10'], ['hip ?/10', '?/10']])('%j is an unreadable score, never a guess', (note, unreadable) => {
    expect(painFromNote(note)).toEqual({ unscored: false, unreadable });
  });
  it('"Hip 12/10!!" is the top of the scale, 10, and says what was written', () => {
    expect(painFromNote('Hip 12/10!!')).toEqual({ unscored: false, pain: 10, overScale: '12/10' });
  });
});

describe('notes in a hand-kept log', () => {
  it('fill the pain fields the columns left empty; a score in the column wins', () => {
    const log = csvLog('date,distance,pain,notes\n2025-05-01,8,,right hip niggle 3/10\n2025-05-02,8,1,hip pain 5/10\n2025-05-03,8,,"hip sore, 2/10 at the end"\n');
    expect(log.entries.map((entry) => [entry.pain, entry.painEnd])).toEqual([[3, undefined], [1, undefined], [undefined, 2]]);
    expect(log.problems).toEqual([]);
  });

  it('warn, at the notes cell, when pain is named with no score, an unreadable one, or one above the scale', () => {
    const log = csvLog('date,distance,pain,notes\n2025-05-01,8,,hip sore on descents\n2025-05-02,8,,hip 3-4/10\n2025-05-03,8,2,hip sore\n2025-05-04,8,,hip 12/10\n');
    expect(log.problems).toEqual([
      expect.objectContaining({ line: 2, col: 4, severity: 'warning', message: expect.stringMatching(/mention pain without a score/) }),
      expect.objectContaining({ line: 3, col: 4, severity: 'warning', message: 'the notes give a pain score hipcheck cannot read', got: '"3-4/10"' }),
      expect.objectContaining({ line: 5, col: 4, severity: 'warning', message: 'the notes give a pain score above the 0–10 scale; read as 10/10, the top of the scale', got: '"12/10"' }),
    ]);
    expect(log.entries[3]!.pain).toBe(10);
  });
});
