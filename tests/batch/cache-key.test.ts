// The batch cache keeps a report under the hash of the very bytes that were analysed: a log saved
// again while a batch runs can never leave the report of a half-written file under the key of
// the whole one (a red flag in its last row would then stay hidden from every later run).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analysisKey } from '../../src/batch/cache.js';
import { readAthleteLog } from '../../src/pipeline/athlete.js';
import { EMPTY_CONFIG } from '../../src/rulebook/config.js';
import { tempDir } from '../helpers/tempDir.js';

describe('the cache key and the analysis see the same bytes', () => {
  const dir = tempDir('hipcheck-cache-key-');
  const path = join(dir, 'ana.csv');
  const whole = Buffer.from('date,distance_km,pain,notes\n2025-03-29,5,2,easy\n2025-03-30,4,5,limping home\n');
  const half = whole.subarray(0, whole.indexOf('2025-03-30'));
  const settings = { reading: {}, commandLine: {}, config: EMPTY_CONFIG };
  const cache = { dir, settingsKey: 'test' };

  it('the analysis reads the bytes it is given, not the file as it is now', async () => {
    writeFileSync(path, whole);
    const log = await readAthleteLog({ path, source: { name: path, bytes: half } }, settings, Readable.from([]));
    expect(log.entries.map((entry) => entry.date)).toEqual(['2025-03-29']);
  });

  it('the key is the hash of those bytes: half a file and the whole file never share one', async () => {
    writeFileSync(path, whole);
    const ofHalf = await analysisKey(path, half, {}, cache);
    const ofWhole = await analysisKey(path, whole, {}, cache);
    expect(ofHalf).toBeDefined();
    expect(ofHalf).not.toBe(ofWhole);
  });
});
