// Full reports waiting for the squad to be sorted, kept in a temporary file instead of memory.
// A three-year report is ~300 KB of JSON, so a thousand athletes held in memory took 2.4 GB;
// spooled, the batch keeps only an offset and a length per athlete.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpooledText {
  offset: number;
  bytes: number;
}

export class TextSpool {
  private fd: number | undefined;
  private size = 0;
  /** Where the file could not be removed while open (Windows): removed on close instead. */
  private leftover: string | undefined;

  add(text: string): SpooledText {
    const buffer = Buffer.from(text, 'utf8');
    writeSync(this.file(), buffer, 0, buffer.length, this.size);
    const spooled = { offset: this.size, bytes: buffer.length };
    this.size += buffer.length;
    return spooled;
  }

  read(spooled: SpooledText): string {
    const buffer = Buffer.allocUnsafe(spooled.bytes);
    readSync(this.file(), buffer, 0, spooled.bytes, spooled.offset);
    return buffer.toString('utf8');
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.leftover) rmSync(this.leftover, { recursive: true, force: true });
    this.leftover = undefined;
  }

  /** Opened on first use; removed from the disk at once, so nothing is left behind even if the process is killed. */
  private file(): number {
    if (this.fd === undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'hipcheck-batch-'));
      const path = join(dir, 'reports.jsonl');
      this.fd = openSync(path, 'w+');
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        this.leftover = dir;
      }
    }
    return this.fd;
  }
}
