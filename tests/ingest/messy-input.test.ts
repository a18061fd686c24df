// Logs as runners really keep them: mixed line endings, runaway quotes, rows that do not line
// up with the header, same-day runs, YAML with a %YAML 1.1 header. Nothing is lost silently.
import { describe, expect, it } from 'vitest';
import { duplicateKey, ENTRY_FIELDS, readLog } from '../../src/ingest/read.js';
import type { Entry } from '../../src/model/log.js';
import { csvLog } from '../helpers/logs.js';

describe('line endings', () => {
  it('rows appended with LF to a CRLF file are rows, not one 64-field line', () => {
    const log = csvLog('date,distance,notes\r\n2025-01-01,5,a\r\n2025-01-02,6,b\n2025-01-03,7,c\n2025-01-04,8,d\r\n');
    expect(log.entries.map((entry) => [entry.line, entry.distanceKm, entry.notes])).toEqual([[2, 5, 'a'], [3, 6, 'b'], [4, 7, 'c'], [5, 8, 'd']]);
    expect(log.problems).toEqual([]);
  });

  it('old Mac CR line endings too', () => {
    expect(csvLog('date,distance\r2025-01-01,5\r2025-01-02,6\r').entries).toHaveLength(2);
  });

  it('a multi-line note in a CRLF file keeps the physical line numbers right', () => {
    const log = csvLog('date,distance,notes\r\n2025-01-01,5,"two\r\nlines"\r\n\r\n2025-01-02,x,\r\n');
    expect(log.problems[0]).toMatchObject({ line: 5, col: 2 });
  });

  it('blank lines and rows of empty cells (",,,") are not rows', () => {
    const log = csvLog('date,distance,pain\n2025-01-01,5,1\n\n,,\n , , \n2025-01-02,6,2\n');
    expect(log.entries).toHaveLength(2);
    expect(log.skippedRows).toBe(0);
    expect(log.problems).toEqual([]);
  });
});

describe('quotes', () => {
  it('a quote that swallows rows is reported where it opened, and the swallowed rows are counted as skipped', () => {
    const text = 'date,distance,notes\n2025-01-01,5,"he said ""go\n2025-01-02,6,b\n2025-01-03,7,"c"\n2025-01-04,8,d\n';
    const log = csvLog(text);
    expect(log.entries.map((entry) => entry.date)).toEqual(['2025-01-04']);
    expect(log.skippedRows).toBe(3);
    expect(log.problems).toEqual([expect.objectContaining({ line: 2, col: 3, severity: 'error', message: expect.stringMatching(/^a quoted field opened here runs to line 4 and swallows 2 rows/) })]);
  });

  it('a quote never closed is reported at its own line, and every row after it is counted', () => {
    const text = 'date,distance,notes\n2025-01-01,5,ok\n2025-01-02,5,"oops\n2025-01-03,6,b\n\n2025-01-04,7,c\n2025-01-05,8,d\n';
    const log = csvLog(text);
    expect(log.entries).toHaveLength(1);
    expect(log.skippedRows).toBe(4);
    expect(log.problems).toEqual([expect.objectContaining({ line: 3, col: 3, message: expect.stringMatching(/never closed .*this row and the 3 rows after it \(to line 7\) are skipped/) })]);
  });

  it('notes with commas in quotes, and quotes inside a note, are read as written', () => {
    const log = csvLog('date,distance,notes\n2025-01-01,5,"easy, legs heavy"\n2025-01-02,5,felt "great" today\n');
    expect(log.entries.map((entry) => entry.notes)).toEqual(['easy, legs heavy', 'felt "great" today']);
  });
});

describe('rows that do not line up with the header', () => {
  it('missing trailing cells are read as empty, with a warning', () => {
    const log = csvLog('date,distance,pain,notes\n2025-01-01,5,2\n');
    expect(log.entries[0]).toMatchObject({ distanceKm: 5, pain: 2 });
    expect(log.problems[0]).toMatchObject({ line: 2, severity: 'warning', got: '3 fields' });
  });

  it('trailing empty cells are ignored; an unquoted comma in a last notes column stays in the note', () => {
    const log = csvLog('date,distance,notes\n2025-01-01,5,ok,,\n2025-01-02,6,tired, but fine\n');
    expect(log.entries.map((entry) => entry.notes)).toEqual(['ok', 'tired, but fine']);
    expect(log.problems).toEqual([expect.objectContaining({ line: 3, severity: 'warning', message: expect.stringMatching(/read as part of the notes/) })]);
  });

  it('extra cells that cannot be lined up skip the row, with an error', () => {
    const log = csvLog('date,distance,pain\n2025-01-01,5,2,7\n');
    expect(log.entries).toHaveLength(0);
    expect(log.skippedRows).toBe(1);
    expect(log.problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/different number of fields/) });
  });
});

describe('a bad optional value costs that value, never the run', () => {
  it.each([
    ['duration', 'thirty'], ['pace', 'fast'], ['pain', '5/20'], ['pain_after', 'bad'], ['pain_next_day', 'twelve'], ['pain_start', '-1'],
    ['pain_end', '1e400'], ['cadence', '9000'], ['effort', '15'], ['elevation_gain', 'lots'],
  ])('%s %j', (column, value) => {
    const log = csvLog(`date,distance,${column}\n2025-01-01,8.5,${value}\n`);
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]!.distanceKm).toBe(8.5);
    expect(log.skippedRows).toBe(0);
    expect(log.droppedFields).toBe(1);
    expect(log.problems[0]).toMatchObject({ line: 2, col: 3, severity: 'warning', got: JSON.stringify(value) });
  });

  it('units in optional cells are read: elevation in feet or metres, cadence in spm, effort out of 10', () => {
    const entry = csvLog('date,distance,elevation,cadence,effort\n2025-01-01,8,400 ft,172 spm,7/10\n').entries[0]!;
    expect(entry.elevationGainM).toBeCloseTo(400 * 0.3048, 9);
    expect(entry).toMatchObject({ cadenceSpm: 172, effort: 7 });
  });

  it('a unit in a distance cell that differs from the column is converted, with a note', () => {
    const log = csvLog('date,distance_km\n2025-01-01,5 mi\n2025-01-02,8 km\n');
    expect(log.entries.map((entry) => entry.distanceKm)).toEqual([5 * 1.609344, 8]);
    expect(log.problems).toEqual([expect.objectContaining({ line: 2, col: 2, severity: 'warning', got: '"5 mi"', message: expect.stringMatching(/read as 8.05 km/) })]);
  });
});

describe('rows skipped for their date or distance keep their notes', () => {
  it('for the red-flag check', () => {
    const log = csvLog('date,distance,notes\n20255-01-01,5,groin pain at night\n2025-01-02,far,could not bear weight\n2025-01-03,,\n');
    expect(log.skippedRows).toBe(3);
    expect(log.unusableRows).toEqual([
      { line: 2, notes: 'groin pain at night', reason: 'date: not a date hipcheck can read' },
      { line: 3, date: '2025-01-02', notes: 'could not bear weight', reason: 'distance: not a distance' },
    ]);
  });
});

describe('duplicates', () => {
  it('two runs on one day with the same distance and time but different notes are both kept', () => {
    const log = csvLog('date,distance,duration,notes\n2025-05-15,7.5,41:00,commute in\n2025-05-15,7.5,41:00,commute home\n');
    expect(log.entries).toHaveLength(2);
    expect(log.skippedRows).toBe(0);
  });

  it('only a row identical in every field is a duplicate', () => {
    const log = csvLog('date,distance,duration,pain,notes\n2025-05-15,7.5,41:00,2,x\n2025-05-15,7.5,41:00,2,x\n2025-05-15,7.5,41:00,3,x\n');
    expect(log.entries).toHaveLength(2);
    expect(log.problems).toEqual([expect.objectContaining({ line: 3, message: 'duplicate of the entry on line 2 (every field the same); row skipped' })]);
  });
});

describe('YAML: one schema whatever the %YAML directive', () => {
  const body = '- date: 2025-03-04\n  distance: 8\n  time: 45:10\n  pain: 010\n  notes: yes\n';
  it('%YAML 1.1 reads exactly as YAML 1.2 does (45:10 is 45 minutes, 010 is 10)', () => {
    const plain = readLog('t.yaml', body);
    const old = readLog('t.yaml', `%YAML 1.1\n---\n${body}`);
    const withoutLine = ({ line: _line, ...fields }: { line: number }) => fields;
    expect(old.entries.map(withoutLine)).toEqual(plain.entries.map(withoutLine));
    expect(plain.entries[0]).toMatchObject({ date: '2025-03-04', pain: 10, notes: 'yes' });
    expect(plain.entries[0]!.durationMin).toBeCloseTo(45 + 10 / 60, 9);
  });

  it('pain cells in YAML take the same forms as in CSV; a list where one value belongs is dropped', () => {
    const log = readLog('t.yaml', '- date: 2025-03-04\n  distance: 8 km\n  pain: 3/10\n  pain_after: none\n  pain_next_day: [1, 2]\n');
    expect(log.entries[0]).toMatchObject({ distanceKm: 8, pain: 3, painAfter: 0 });
    expect(log.droppedFields).toBe(1);
  });

  it('infinite and huge numbers are refused', () => {
    const log = readLog('t.yaml', `- date: 2025-03-04\n  distance: .inf\n- date: 2025-03-05\n  distance: 1${'0'.repeat(400)}\n`);
    expect(log.entries).toHaveLength(0);
    expect(log.skippedRows).toBe(2);
  });
});

describe('every field counts for duplicates', () => {
  const base: Entry = {
    date: '2025-05-15', time: '07:40', distanceKm: 7.5, durationMin: 41, paceMinPerKm: 5.5, terrain: 'road', type: 'easy', pain: 1, painAfter: 1, painNextDay: 0,
    painStart: 0, painEnd: 1, elevationGainM: 20, cadenceSpm: 170, effort: 4, shoes: 'x', notes: 'n', redFlag: 'no', cleared: 'no', line: 2,
  };
  it.each(ENTRY_FIELDS)('entries differing only in %s are two runs; differing only in line, one', (field) => {
    const changed = { ...base, [field]: typeof base[field] === 'number' ? (base[field] as number) + 1 : `${String(base[field])}!` };
    expect(duplicateKey(changed)).not.toBe(duplicateKey(base));
    expect(duplicateKey({ ...base, line: 9 })).toBe(duplicateKey(base));
  });
});
