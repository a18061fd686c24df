import { describe, expect, it } from 'vitest';
import { readLog, sniffFormat } from '../../src/ingest/read.js';
import { isRunning } from '../../src/model/log.js';
import { UserError } from '../../src/model/errors.js';
import { fixtureLog } from '../helpers/logs.js';

describe('bundled fixtures', () => {
  it('clean km CSV: every row read, strength sessions kept but not counted as runs', () => {
    const log = fixtureLog('logs/example.csv');
    expect(log.problems).toEqual([]);
    expect(log.units).toBe('km');
    expect(log.entries).toHaveLength(56);
    expect(log.entries.filter(isRunning)).toHaveLength(48);
    expect(log.entries[0]).toMatchObject({ date: '2025-01-07', time: '07:00', distanceKm: 6, terrain: 'road', type: 'easy', pain: 0, cadenceSpm: 164, shoes: 'Pegasus 40' });
    expect(log.entries.find((entry) => entry.type === 'strength')?.notes).toBe('glute bridges, clamshells, side planks');
  });

  it('miles CSV: distances to km, min/mi paces to min/km, feet to metres', () => {
    const log = fixtureLog('logs/miles.csv');
    expect(log.problems).toEqual([]);
    expect(log.units).toBe('mi');
    const long = log.entries[3]!;
    expect(long.distanceKm).toBeCloseTo(8 * 1.609344, 9);
    expect(long.paceMinPerKm).toBeCloseTo((10 + 5 / 60) / 1.609344, 9);
    expect(long.durationMin).toBeCloseTo(8 * (10 + 5 / 60), 6);
    expect(long.elevationGainM).toBeCloseTo(900 * 0.3048, 6);
    expect(long).toMatchObject({ type: 'long', terrain: 'trail', pain: 3, painAfter: 4, painNextDay: 1 });
    // A bare pace in a miles log is per mile.
    expect(log.entries[2]!.paceMinPerKm).toBeCloseTo(9.5 / 1.609344, 9);
  });

  it('YAML document: athlete metadata and aliased keys', () => {
    const log = fixtureLog('logs/athlete.yaml');
    expect(log.problems).toEqual([]);
    expect(log.athlete).toEqual({ name: 'Sam Rivera', units: 'km', baselinePain: 1 });
    expect(log.entries[1]).toMatchObject({ date: '2025-05-07', time: '18:15', type: 'tempo', terrain: 'track', pain: 2, painAfter: 2, painNextDay: 1, cadenceSpm: 178 });
    expect(log.entries[1]!.durationMin).toBeCloseTo(52 + 10 / 60, 9);
    expect(log.entries[3]).toMatchObject({ type: 'rest', distanceKm: 0, painNextDay: 1 });
  });

  it('European export: BOM, CRLF, ";" and decimal commas', () => {
    const log = fixtureLog('logs/european.csv');
    expect(log.problems).toEqual([]);
    expect(log.entries.map((entry) => entry.distanceKm)).toEqual([5.2, 7.5, 12, 0]);
    expect(log.entries[1]!.pain).toBe(2.5);
    expect(log.entries[1]!.notes).toBe('8x200; rest 90s');
    expect(log.entries[2]!.durationMin).toBeCloseTo(74.4, 9);
  });

  it('broken rows are each reported at line:column with what was found and expected', () => {
    const log = fixtureLog('logs/broken.csv');
    const at = (line: number) => log.problems.find((problem) => problem.line === line);
    // Only a bad date or distance costs the run; a bad optional value costs that value.
    expect(log.entries.map((entry) => entry.line)).toEqual([2, 7, 8, 9, 10, 11]);
    expect(log.skippedRows).toBe(8);
    // Pain 11 (line 7) is read as 10 with a warning, not dropped.
    expect(log.droppedFields).toBe(2);
    expect(at(3)).toMatchObject({ col: 2, severity: 'error', got: '"abc"' });
    expect(at(4)).toMatchObject({ col: 2, got: '"-3"' });
    expect(at(5)!.expected).toMatch(/--date-format/);
    expect(at(6)).toMatchObject({ col: 1, got: '"2025-02-30"' });
    expect(at(7)).toMatchObject({ col: 7, severity: 'warning', got: '"11"', message: 'pain: above the 0–10 pain scale; read as 10/10, the top of the scale' });
    expect(log.entries[1]).toMatchObject({ line: 7, distanceKm: 6, durationMin: 33 });
    expect(log.entries[1]!.pain).toBe(10);
    expect(at(8)).toMatchObject({ severity: 'warning', col: 4, got: '0:45/km' });
    expect(at(8)!.message).toMatch(/impossible pace.*the pace dropped, the run kept/);
    expect(log.entries[2]).toMatchObject({ line: 8, distanceKm: 6 });
    expect(log.entries[2]!.paceMinPerKm).toBeUndefined();
    expect(at(9)).toMatchObject({ severity: 'warning', col: 5, got: '"moon"' });
    expect(at(10)).toMatchObject({ col: 3, severity: 'warning', got: '"thirty"' });
    expect(at(11)).toMatchObject({ severity: 'warning', got: '8 fields' });
    expect(log.entries[5]).toMatchObject({ line: 11, painNextDay: 0 });
    expect(at(12)!.message).toBe('duplicate of the entry on line 2 (every field the same); row skipped');
    expect(at(13)!.message).toMatch(/date is missing/);
    expect(at(14)!.message).toMatch(/distance is missing/);
    expect(at(15)!.message).toMatch(/quoted field opened on this line is never closed/);
  });
});

describe('format and text handling', () => {
  it('a 0-distance row with no type and no time is a rest day (its pain the day\'s pain); with a time or a type it is not', () => {
    const log = readLog('log.csv', 'date,distance,duration,type,pain\n2025-03-01,0,,,3\n2025-03-02,0,30:00,,2\n2025-03-03,0,,cross,1\n2025-03-04,0,,easy,1\n');
    expect(log.entries.map((entry) => entry.type)).toEqual(['rest', undefined, 'cross', 'easy']);
    expect(log.entries[0]).toMatchObject({ distanceKm: 0, pain: 3 });
    expect(readLog('log.csv', 'date,distance,pain\n2025-03-01,0,3\n').entries[0]!.type).toBe('rest');
  });

  it('sniffs YAML and CSV from content', () => {
    expect(sniffFormat('- date: 2025-01-01\n  distance: 5\n')).toBe('yaml');
    expect(sniffFormat('athlete:\n  name: A\n')).toBe('yaml');
    expect(sniffFormat('---\n')).toBe('yaml');
    expect(sniffFormat('date,distance\n2025-01-01,5\n')).toBe('csv');
    expect(sniffFormat('\uFEFFdate;distance\r\n')).toBe('csv');
  });

  it('tab-separated files', () => {
    expect(readLog('t.tsv', 'date\tdistance\tnotes\n2025-01-01\t5\ta, b\n').entries[0]).toMatchObject({ distanceKm: 5, notes: 'a, b' });
  });

  it('physical line numbers survive multi-line notes and blank lines', () => {
    const log = readLog('t.csv', 'date,distance,notes\n2025-01-01,5,"two\nlines"\n\n2025-01-02,x,\n');
    expect(log.problems[0]).toMatchObject({ line: 5, col: 2 });
  });

  it('keeps calendar days whatever the time zone (entries are plain dates)', () => {
    const log = readLog('t.csv', 'date,distance\n2025-03-30 23:30,5\n2025-10-26 00:15,5\n');
    expect(log.entries.map((entry) => entry.date)).toEqual(['2025-03-30', '2025-10-26']);
  });

  it('YAML positions are line:col of the value', () => {
    const log = readLog('t.yaml', '- date: 2025-01-01\n  distance: 5\n- date: 2025-01-02\n  distance: far\n');
    expect(log.problems[0]).toMatchObject({ line: 4, col: 13, got: '"far"' });
  });

  it('a YAML alias bomb is refused as a file error', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nruns: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    expect(() => readLog('t.yaml', bomb)).toThrow(UserError);
  });

  it('YAML syntax errors carry line and column', () => {
    try {
      readLog('t.yaml', '- date: 2025-01-01\n  distance: [5\n');
      expect.unreachable();
    } catch (error) {
      expect((error as UserError).problems[0]).toMatchObject({ file: 't.yaml', line: expect.any(Number), col: expect.any(Number) });
    }
  });
});

describe('duplicates in a log read row by row', () => {
  it('a run logged again anywhere in the file is skipped and points at the first; same day at another time, or another distance, is a run', () => {
    const csv = [
      'date,distance,pain',
      '2025-03-02 07:00,5,1', // line 2
      '2025-03-01,8,2', //       line 3
      '2025-03-02 18:00,5,1', // line 4: same day, evening
      '2025-03-02 07:00,5,1', // line 5: duplicate of line 2
      '2025-03-01,8,2', //       line 6: duplicate of line 3, out of date order
      '2025-03-02 07:00,6,1', // line 7: another distance
      '2025-03-02 07:00,5,1', // line 8: duplicate of line 2 again
    ].join('\n');
    const log = readLog('log.csv', `${csv}\n`);
    expect(log.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [5, 'duplicate of the entry on line 2 (every field the same); row skipped'],
      [6, 'duplicate of the entry on line 3 (every field the same); row skipped'],
      [8, 'duplicate of the entry on line 2 (every field the same); row skipped'],
    ]);
    expect(log.skippedRows).toBe(3);
    expect(log.entries.map((entry) => entry.line)).toEqual([3, 2, 7, 4]);
  });
});
