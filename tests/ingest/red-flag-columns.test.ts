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
