// The log appender on the layouts runners' files really have: each case is the old text plus
// exactly the new line(s), read back by the reader with the values given.
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/ingest/read.js';
import { appendRecords, unitOfNewEntries } from '../../src/logbook/append.js';
import type { LogRecord } from '../../src/logbook/record.js';

const RUN: LogRecord = { date: '2025-06-10', distanceKm: 8.2, durationMin: 47.5, pain: 3, notes: 'windy' };
const add = (file: string, text: string, records: LogRecord[] = [RUN], reading = {}) =>
  appendRecords(text, records, { file, purpose: 'add the entry', reading }).text;

describe('appendRecords', () => {
  it('a file without a final line break gets one before the new row', () => {
    const text = 'date,distance,duration,pain,notes\n2025-06-09,5,30:00,1,';
    expect(add('log.csv', text)).toBe(`${text}\n2025-06-10,8.2,47:30,3,windy\n`);
  });

  it('old Mac line endings (CR only) are kept', () => {
    const text = 'date,distance,duration,pain,notes\r2025-06-09,5,30:00,1,\r';
    expect(add('log.csv', text)).toBe(`${text}2025-06-10,8.2,47:30,3,windy\r`);
  });

  it('a tab-separated log with a minutes column and a unit column in miles', () => {
    const text = 'date\tdistance\tunit\tminutes\tpain\tnotes\n2025-06-09\t3\tmiles\t30\t1\t\n';
    const next = add('log.tsv', text);
    expect(next).toBe(`${text}2025-06-10\t5.1\tmiles\t47.5\t3\twindy\n`);
    expect(readLog('log.tsv', next).entries.at(-1)).toMatchObject({ distanceKm: 5.1 * 1.609344, durationMin: 47.5 });
    expect(unitOfNewEntries(text, { file: 'log.tsv', purpose: 'add the entry' })).toBe('mi');
  });

  it('--units mi for a log that does not say: distances written in miles', () => {
    const text = 'date,distance,pain\n2025-06-09,3,1\n';
    expect(add('log.csv', text, [{ date: '2025-06-10', distanceKm: 8.04672, pain: 2 }], { units: 'mi' })).toBe(`${text}2025-06-10,5,2\n`);
  });

  it('a YAML list without a document, two records, CRLF kept', () => {
    const text = '- date: 2025-06-09\r\n  distance: 5\r\n';
    const next = add('log.yaml', text, [{ date: '2025-06-10', distanceKm: 0, type: 'rest', pain: 1 }, { ...RUN, terrain: 'trail' }]);
    expect(next).toBe(`${text}- date: 2025-06-10\r\n  distance: 0\r\n  type: rest\r\n  pain: 1\r\n- date: 2025-06-10\r\n  distance: 8.2\r\n  duration: "47:30"\r\n  terrain: trail\r\n  pain: 3\r\n  notes: windy\r\n`);
    expect(readLog('log.yaml', next).entries).toHaveLength(3);
  });

  it('no type column: a rest-day record is a row of 0 distance, read back as a rest day with its pain', () => {
    const text = 'date,distance,pain,notes\n2025-06-09,5,1,\n';
    const next = add('log.csv', text, [{ date: '2025-06-10', distanceKm: 0, type: 'rest', pain: 4, notes: 'RED FLAG: fever' }]);
    expect(next).toBe(`${text}2025-06-10,0,4,RED FLAG: fever\n`);
    expect(readLog('log.csv', next).entries.at(-1)).toMatchObject({ type: 'rest', distanceKm: 0, pain: 4, notes: 'RED FLAG: fever' });
  });

  it('no type column: cross-training (which 0 distance cannot say) is still refused', () => {
    expect(() => add('log.csv', 'date,distance,pain\n2025-06-09,5,1\n', [{ date: '2025-06-10', distanceKm: 0, type: 'cross' }])).toThrow(/the log has no type column/);
  });

  it('a YAML log in flow style is refused with nothing to write', () => {
    expect(() => add('log.yaml', 'runs: [{ date: 2025-06-09, distance: 5 }]\n')).toThrow(/cannot add the entry: the runs are not a block list/);
  });

  it('a Strava export is refused: runners add to their own log', () => {
    const strava = 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time,Distance\n1,"Mar 1, 2025, 7:00:00 AM",Run,Run,1800,5.0,1800,5000\n';
    expect(() => add('activities.csv', strava)).toThrow(/it is an app export, not your own log/);
  });
});
