import { describe, expect, it } from 'vitest';
import { autoThreads, SMALL_SQUAD_BYTES } from '../../src/batch/threads.js';

describe('batch threads when --jobs is not given', () => {
  it('checks a squad under 2 MB of logs on one thread, even on an idle 8-core machine', () => {
    expect(autoThreads(SMALL_SQUAD_BYTES - 1, { cores: 8, loadAverage: 0 })).toBe(1);
  });

  it('uses every core of an idle machine for a large squad', () => {
    expect(autoThreads(SMALL_SQUAD_BYTES, { cores: 2, loadAverage: 0.2 })).toBe(2);
    expect(autoThreads(70_000_000, { cores: 8, loadAverage: 0 })).toBe(8);
  });

  it('leaves out the cores other programs keep busy', () => {
    expect(autoThreads(70_000_000, { cores: 8, loadAverage: 3 })).toBe(5);
    expect(autoThreads(70_000_000, { cores: 2, loadAverage: 1.4 })).toBe(1);
  });

  it('falls back to one thread on a machine busier than its cores', () => {
    expect(autoThreads(70_000_000, { cores: 2, loadAverage: 6.5 })).toBe(1);
  });
});
