// Memory must not depend on where the output goes: into a slow pipe, batch waits for the
// reader instead of piling the whole output up in memory.
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixture } from '../helpers/cli.js';

/** A reader that takes one chunk every few milliseconds, remembering how much ever waited in its buffer. */
function slowReader() {
  let mostBuffered = 0;
  let text = '';
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString('utf8');
      setTimeout(callback, 2);
    },
  });
  const watch = setInterval(() => (mostBuffered = Math.max(mostBuffered, stream.writableLength)), 0);
  return { stream, stop: () => clearInterval(watch), mostBuffered: () => Math.max(mostBuffered, stream.writableLength), text: () => text };
}

async function batchInto(format: string, reader: ReturnType<typeof slowReader>): Promise<number> {
  const stderr = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const code = await main({
    argv: ['batch', fixture('batch/team'), fixture('logs'), '--format', format, '--jobs', '1', '--no-cache'],
    stdin: Readable.from([]), stdout: reader.stream, stderr, env: { HIPCHECK_TODAY: '2025-06-30' }, cwd: process.cwd(),
  });
  await new Promise<void>((resolve) => reader.stream.end(resolve));
  reader.stop();
  return code;
}

describe('batch into a slow reader', () => {
  for (const format of ['json', 'ndjson', 'html']) {
    it(`${format}: never more than one athlete's entry waits in the pipe's buffer`, async () => {
      const reader = slowReader();
      expect(await batchInto(format, reader)).toBe(2); // one log in the folders cannot be read
      const athletes = 11;
      expect(reader.text().length).toBeGreaterThan(athletes * 2000);
      // Without waiting for the reader, the whole output (tens of kilobytes) would sit in memory.
      expect(reader.mostBuffered()).toBeLessThan(reader.text().length / 4);
    });
  }
});
