// Reports wait for the sort in a temporary file: what goes in comes back, and nothing stays on disk.
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextSpool } from '../../src/batch/spool.js';
import { tempDir } from '../helpers/tempDir.js';

describe('TextSpool', () => {
  let ownTmp: string;
  const previousTmp = process.env.TMPDIR;
  beforeEach(() => {
    ownTmp = tempDir('hipcheck-spool-test-');
    process.env.TMPDIR = ownTmp;
  });
  afterEach(() => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  });

  it('gives back each text exactly, in any order, multi-byte characters included', () => {
    const spool = new TextSpool();
    const texts = ['{"athlete":"Zoë"}', '', '{"note":"≥ 4/10 — stop"}', 'x'.repeat(300_000), '{"emoji":"🏃"}'];
    const spooled = texts.map((text) => spool.add(text));
    for (const index of [4, 0, 3, 2, 1, 0]) expect(spool.read(spooled[index]!)).toBe(texts[index]);
    spool.close();
  });

  it('leaves nothing in the temporary folder, even while open', () => {
    const spool = new TextSpool();
    spool.add('{"athlete":"ana"}');
    expect(readdirSync(ownTmp)).toEqual([]);
    spool.close();
    expect(readdirSync(ownTmp)).toEqual([]);
  });

  it('touches the disk only when something is spooled', () => {
    const spool = new TextSpool();
    spool.close();
    expect(readdirSync(ownTmp)).toEqual([]);
  });
});
