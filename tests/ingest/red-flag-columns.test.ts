// The red_flag and cleared columns: read as written, and kept by convert.
import { describe, expect, it } from 'vitest';
import { toCanonicalCsv } from '../../src/report/canonical.js';
import { csvLog } from '../helpers/logs.js';

describe('red_flag and cleared columns', () => {
  it('are read under their aliases, as the runner wrote them', () => {
    const log = csvLog('Date,Distance,Red flag,Cleared by\n2025-03-01,5,swelling,\n2025-03-04,0,,"Dr Patel: x-ray clear"\n');
    expect(log.entries.map((entry) => [entry.redFlag, entry.cleared])).toEqual([['swelling', undefined], [undefined, 'Dr Patel: x-ray clear']]);
  });
  it('survive hipcheck convert', () => {
    const csv = toCanonicalCsv(csvLog('date,distance,red_flag,cleared\n2025-03-01,5,yes,\n2025-03-04,5,,physio\n'));
    expect(csv.split('\n').slice(1, 3)).toEqual(['2025-03-01,5,,,,,,,,,,,,,,,yes,', '2025-03-04,5,,,,,,,,,,,,,,,,physio']);
  });
});

describe('a pain diary joined to the runs', () => {
  it('keeps the diary\'s red_flag and cleared on the day\'s run', async () => {
    const { joinDiary } = await import('../../src/ingest/diary.js');
    const log = csvLog('date,distance\n2025-03-01,5\n2025-03-04,5\n');
    const diary = csvLog('date,pain,red_flag,cleared,notes\n2025-03-01,2,swelling,,swollen tonight\n2025-03-04,0,,physio,cleared to run\n', { diary: true }, 'diary.csv');
    const joined = joinDiary(log, diary);
    expect(joined.entries.map((entry) => [entry.date, entry.redFlag, entry.cleared, entry.notes])).toEqual([
      ['2025-03-01', 'swelling', undefined, 'swollen tonight'],
      ['2025-03-04', undefined, 'physio', 'cleared to run'],
    ]);
  });
});
