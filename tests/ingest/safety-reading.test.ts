// What the reader does with the text a red flag or a clearance can hide in: a cleared column
// read by a small positive grammar, pain above the scale, rising pain in a note, note columns
// under other names, unknown free-text columns, YAML notes written as lists, and rows the file's
// layout broke. Each is said at its line and column; none is lost.
import { describe, expect, it } from 'vitest';
import { readClearance } from '../../src/ingest/clearance.js';
import { painFromNote } from '../../src/ingest/painNotes.js';
import { readLog } from '../../src/ingest/read.js';
import { parsePainScore } from '../../src/ingest/values.js';
import { csvLog } from '../helpers/logs.js';

describe('the cleared column: only a positive, present clearance by a professional', () => {
  it.each(['yes', 'cleared', 'OK', 'Dr Patel', 'physio', 'cleared by physio', 'Dr X: fine to run', 'Sarah (physio)', 'GP says OK to run', 'MRI clear', 'Dr Patel, x-ray clear', 'signed off by the physio', '✓'])('"%s" is a clearance', (value) => {
    expect(readClearance(value).cleared).toBe(true);
  });
  it.each(['not cleared', 'No.', 'nope', 'TBC', 'x', 'awaiting physio', 'booked physio', 'appointment Friday', 'no - physio says rest', 'waiting for MRI', 'Sarah', 'hip fine', 'GP worried', 'physio: stress fracture', 'cleared last month', 'physio thinks stress fracture', 'cleared for walking only', 'ok?', '✗'])('"%s" is not', (value) => {
    expect(readClearance(value).cleared).toBe(false);
  });
  it('a value that is not a clearance is dropped with a warning at its cell, and the run is kept', () => {
    const log = csvLog('date,distance,cleared\n2025-06-01,5,awaiting physio\n');
    expect(log.entries[0]!.cleared).toBeUndefined();
    expect(log.problems).toMatchObject([{ line: 2, col: 3, severity: 'warning', got: '"awaiting physio"' }]);
    expect(log.problems[0]!.message).toMatch(/not read as a clearance/);
  });
});

describe('a record hipcheck interview wrote', () => {
  it.each([
    'RED FLAG: fever. hipcheck interview: stop running for now; pain now/last run/morning after: -/-/-; where: -; feels: -; on a run: -; after: -; self-test -',
    'hipcheck interview 2 of the day: cut back 30-50%; pain now/last run/morning after: 2/4/3; where: outside; feels: dull; on a run: same; after: next morning; self-test 0/6',
  ])('is not warned about nor read for more scores: %s', (note) => {
    const log = csvLog(`date,distance_km,type,pain,notes\n2025-03-31,0,rest,,"${note}"\n`);
    expect(log.problems).toEqual([]);
    expect(log.entries[0]).toMatchObject({ type: 'rest', notes: note });
    expect(log.entries[0]!.pain).toBeUndefined();
    expect(log.entries[0]!.painNextDay).toBeUndefined();
  });
  it('a runner\'s own note that mentions pain without a score is still warned about', () => {
    expect(csvLog('date,distance_km,notes\n2025-03-31,5,hip pain after\n').problems).toMatchObject([{ severity: 'warning', message: expect.stringMatching(/without a score/) }]);
  });
});

describe('pain above the scale is its top, never no pain', () => {
  it.each([['12/10', 10, true], ['11', 10, true], ['10+', 10, false], ['55', 10, true], ['9+', 9, false], ['7', 7, false]] as const)('%s → %s', (raw, value, warned) => {
    const read = parsePainScore(raw, { decimalComma: false });
    expect(read).toMatchObject({ value });
    expect('overScale' in (read as object)).toBe(warned);
  });
  it('a pain cell of 12/10 is 10 with a warning at line:col', () => {
    const log = csvLog('date,distance,pain\n2025-06-01,5,12/10\n');
    expect(log.entries[0]!.pain).toBe(10);
    expect(log.problems).toMatchObject([{ line: 2, col: 3, severity: 'warning' }]);
  });
  it('"hip pain 12/10" in a note is 10 with a warning at the note', () => {
    const log = csvLog('date,distance,notes\n2025-06-01,5,hip pain 12/10\n');
    expect(log.entries[0]!.pain).toBe(10);
    expect(log.problems).toMatchObject([{ line: 2, col: 3, got: '"12/10"' }]);
  });
  it('a negative score is still refused', () => expect(parsePainScore('-3', { decimalComma: false })).toMatchObject({ rejected: true }));
});

describe('rising pain written in a note is the start and the end of the run', () => {
  it.each([
    ['hip pain built from 2/10 to 7/10', 2, 7],
    ['2/10 rising to 7/10 on the hip', 2, 7],
    ['pain 2 at start, 7 at end', 2, 7],
    ['hip pain went from 2 to 7', 2, 7],
    ['hip eased from 6/10 to 2/10', 6, 2],
  ])('"%s" → %s to %s', (note, start, end) => {
    expect(painFromNote(note)).toMatchObject({ painStart: start, painEnd: end });
  });
  it.each(['hip fine, ran from 5 to 7 km', 'hip ok, 2 to 3 times a week'])('"%s" is not a rise', (note) => {
    expect(painFromNote(note).painEnd).toBeUndefined();
  });
});

describe('scores that are not hip pain today are not read as pain', () => {
  it.each(['felt 8/10', 'great run 9/10', 'hip fine, legs 9/10 sore', 'RPE 7/10'])('"%s"', (note) => {
    const found = painFromNote(note);
    expect([found.pain, found.painEnd, found.painAfter]).toEqual([undefined, undefined, undefined]);
  });
  it('"pain 1/10 (was 8/10 in March)" is 1', () => expect(painFromNote('pain 1/10 (was 8/10 in March)').pain).toBe(1));
});

describe('free text under other column names', () => {
  it('Symptoms, Remarks, How it felt … are notes', () => {
    for (const header of ['Symptoms', 'Remarks', 'How it felt', 'Hip notes', 'Journal', 'Comments', 'Description']) {
      expect(csvLog(`date,distance,${header}\n2025-06-01,5,limping\n`).entries[0]!.notes).toBe('limping');
    }
  });
  it('two note columns are both read, as one note', () => {
    const log = csvLog('date,distance,notes,Symptoms\n2025-06-01,5,easy,limping after\n');
    expect(log.entries[0]!.notes).toBe('easy; limping after');
    expect(log.problems).toEqual([]);
  });
  it('an unknown column with text is warned about once, with its letter and header, and kept for red flags', () => {
    const log = csvLog('date,distance,Weather,HR\n2025-06-01,5,rainy,150\n2025-06-02,5,hot,152\n');
    expect(log.problems).toEqual([expect.objectContaining({ line: 1, col: 3, severity: 'warning', message: expect.stringContaining('column C ("Weather") is not a column hipcheck reads') })]);
    expect(log.entries.map((entry) => entry.otherText)).toEqual([{ Weather: 'rainy' }, { Weather: 'hot' }]);
  });
  it('a YAML note written as a list is one note; an unknown YAML key with text is warned about once', () => {
    const log = readLog('log.yaml', '- {date: 2025-06-01, distance: 5, notes: [ok, "can\'t bear weight"], mood: grim}\n- {date: 2025-06-02, distance: 5, mood: better}\n');
    expect(log.entries[0]!.notes).toBe('ok; can\'t bear weight');
    expect(log.problems.filter((problem) => /mood/.test(problem.message))).toHaveLength(1);
    expect(log.entries[1]!.otherText).toEqual({ mood: 'better' });
  });
});

describe('a row left out for any reason keeps its text', () => {
  it('a bad distance: the notes, with the row\'s own date', () => {
    const log = csvLog('date,distance,notes,Remarks\n2025-06-01,five,limping,very sore\n');
    expect(log.unusableRows).toEqual([{ line: 2, date: '2025-06-01', notes: 'limping; very sore', reason: 'distance: not a distance' }]);
  });
  it('a row whose fields do not line up with the header: its line, with the date it starts with', () => {
    const log = csvLog('date,distance,notes,pain\n2025-05-31,5,ok,1\n2025-06-01,5,can\'t bear weight,2,3,4\n');
    expect(log.unusableRows).toMatchObject([{ line: 3, date: '2025-06-01', notes: '2025-06-01,5,can\'t bear weight,2,3,4' }]);
  });
  it('a misaligned row whose quoted note runs over lines: every line, so a sign on the second is read', () => {
    for (const newline of ['\n', '\r\n']) {
      const log = csvLog(`date,distance,notes,pain${newline}2025-03-01,5,ok,2${newline}2025-03-02,5,"easy${newline}could not bear weight after",1,extra,more${newline}2025-03-03,4,fine,1${newline}`);
      // The second line is part of the row dated 2025-03-02, and dated so.
      expect(log.unusableRows.map((row) => [row.line, row.date, row.notes])).toEqual([[3, '2025-03-02', '2025-03-02,5,"easy'], [4, '2025-03-02', 'could not bear weight after",1,extra,more']]);
      expect(log.entries.map((entry) => entry.line)).toEqual([2, 5]);
    }
  });
  it('rows swallowed by a runaway quote: each line', () => {
    const log = csvLog('date,distance,notes\n2025-05-30,5,"easy, fine\n2025-06-01,5,can\'t bear weight\n');
    expect(log.unusableRows.map((row) => [row.line, row.date])).toEqual([[2, '2025-05-30'], [3, '2025-06-01']]);
  });
});
