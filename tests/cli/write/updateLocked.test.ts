// Locked updates of a runner's log: the new text is built from what the file holds under the
// lock, appends survive a full disk byte-identical, and a second writer waits or fails clearly.
import * as fs from 'node:fs';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUpdatable, updateFileLocked } from '../../../src/cli/write/updateLocked.js';
import type { WriteFs } from '../../../src/cli/write/safeWrite.js';
import { tempDir } from '../../helpers/tempDir.js';

const LOG = 'date,distance,type,pain\n2025-03-01,5,easy,2\n';

function logFile(): { dir: string; path: string } {
  const dir = tempDir('hipcheck-update-');
  const path = join(dir, 'log.csv');
  writeFileSync(path, LOG);
  return { dir, path };
}

const row = (day: number) => `2025-04-${String(day).padStart(2, '0')},0,rest,1\n`;

describe('updateFileLocked', () => {
  it('builds from what the file holds now, not from an earlier copy', async () => {
    const { dir, path } = logFile();
    const earlier = readFileSync(path, 'utf8');
    writeFileSync(path, `${LOG}2025-03-02,6,easy,1\n`); // added by someone else after the earlier read
    await updateFileLocked(path, (current) => `${current}${row(1)}`);
    expect(readFileSync(path, 'utf8')).toBe(`${LOG}2025-03-02,6,easy,1\n${row(1)}`);
    expect(readFileSync(path, 'utf8').startsWith(earlier)).toBe(true);
    expect(readdirSync(dir)).toEqual(['log.csv']);
  });

  it('twenty updates at once: every one is in the file, and no lock is left', async () => {
    const { dir, path } = logFile();
    await Promise.all(Array.from({ length: 20 }, (_, index) => updateFileLocked(path, (current) => `${current}${row(index + 1)}`)));
    const text = readFileSync(path, 'utf8');
    for (let day = 1; day <= 20; day++) expect(text).toContain(row(day));
    expect(text.split('\n').length).toBe(LOG.split('\n').length + 20);
    expect(readdirSync(dir)).toEqual(['log.csv']);
  });

  it('an append that fills the disk half-way leaves the file byte-identical', async () => {
    const { dir, path } = logFile();
    let calls = 0;
    const fullDisk: WriteFs = {
      ...fs,
      writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => {
        // The lock file's one write goes through; the log's append gets 5 bytes, then ENOSPC.
        calls += 1;
        if (calls === 1) return fs.writeSync(fd, buffer, offset, length, position);
        if (calls === 2) return fs.writeSync(fd, buffer, offset, Math.min(length, 5), position);
        throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
      }) as WriteFs['writeSync'],
    };
    await expect(updateFileLocked(path, (current) => `${current}${row(1)}`, { fs: fullDisk })).rejects.toThrow('cannot be written: the disk is full; the existing file was left as it was');
    expect(readFileSync(path, 'utf8')).toBe(LOG);
    expect(readdirSync(dir)).toEqual(['log.csv']);
  });

  it('nothing is written when building the new text fails, and the lock is released', async () => {
    const { dir, path } = logFile();
    await expect(updateFileLocked(path, () => { throw new Error('refused'); })).rejects.toThrow('refused');
    expect(readFileSync(path, 'utf8')).toBe(LOG);
    expect(readdirSync(dir)).toEqual(['log.csv']);
  });

  it('a change that is not an append is a safe rewrite that keeps the mode', async () => {
    const { path } = logFile();
    chmodSync(path, 0o600);
    await updateFileLocked(path, (current) => current.replace('easy', 'long'));
    expect(readFileSync(path, 'utf8')).toBe(LOG.replace('easy', 'long'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('a lock held by a running process: waits, then fails clearly with nothing written', async () => {
    const { path } = logFile();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(`${path}.lock`, `${holder.pid} ${(await import('node:os')).hostname()}\n`);
      await expect(updateFileLocked(path, (current) => `${current}${row(1)}`, { lockWaitMs: 300 }))
        .rejects.toThrow(`is being changed by another hipcheck (lock file ${path}.lock); nothing was written`);
      expect(readFileSync(path, 'utf8')).toBe(LOG);
      expect(existsSync(`${path}.lock`)).toBe(true);
    } finally {
      holder.kill();
    }
  });

  it('a lock left by a process that no longer exists is cleared', async () => {
    const { dir, path } = logFile();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(`${path}.lock`, `${gone.pid} ${(await import('node:os')).hostname()}\n`);
    await updateFileLocked(path, (current) => `${current}${row(1)}`, { lockWaitMs: 300 });
    expect(readFileSync(path, 'utf8')).toBe(`${LOG}${row(1)}`);
    expect(readdirSync(dir)).toEqual(['log.csv']);
  });
});

describe('checkUpdatable: said before a command asks anything', () => {
  it('a log locked by a writer that is still running is refused after the short wait, the lock and the log left as they were', async () => {
    const { dir, path } = logFile();
    const holder = `${process.pid} ${hostname()}\n`; // this very process: alive, so never a stale lock
    writeFileSync(`${path}.lock`, holder);
    const before = statSync(path).mtimeMs;
    await expect(checkUpdatable(path, { lockWaitMs: 200 })).rejects.toMatchObject({ problems: [{ file: path, message: `is being changed by another hipcheck (lock file ${path}.lock); nothing was written` }] });
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(holder);
    expect(readFileSync(path, 'utf8')).toBe(LOG);
    expect(statSync(path).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['log.csv', 'log.csv.lock']);
  });

  it('a log that cannot be written (no permission, read-only disk) or is missing is refused; a free one passes with no lock left', async () => {
    const { dir, path } = logFile();
    const readOnly: WriteFs = { ...fs, openSync: ((file: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
      if (file === path && flags === 'a') throw Object.assign(new Error('EACCES: injected'), { code: 'EACCES' });
      return fs.openSync(file, flags, mode);
    }) as WriteFs['openSync'] };
    await expect(checkUpdatable(path, { fs: readOnly })).rejects.toMatchObject({ problems: [{ file: path, message: 'cannot be written: permission denied; nothing was written' }] });
    await expect(checkUpdatable(join(dir, 'gone.csv'))).rejects.toThrow('no such file; nothing was written');
    await checkUpdatable(path);
    expect(readFileSync(path, 'utf8')).toBe(LOG);
    expect(readdirSync(dir)).toEqual(['log.csv']);
  });
});
