// Changes to a runner's own log (interview --save now, `hipcheck add` later): one writer at a
// time, each working from what the file holds at the moment it writes, never from a copy read
// minutes earlier before the questions. So two saves at once, or a row added by another program
// while an interview ran, both end up in the log.
//
// 1. A lock file beside the log (`<log>.lock`, created exclusively) says who is writing. Another
//    hipcheck waits for it a few seconds, then gives up saying so; a lock left by a process that
//    no longer exists is removed.
// 2. Under the lock the log is read again and the caller's `build` makes the new text from it.
// 3. New text that only adds to the end is appended in place (O_APPEND), so links, permissions
//    and rows appended meanwhile by other programs are all kept; if the disk fills half-way the
//    file is cut back to its old length, byte-identical. Any other change is a safe rewrite.
// 4. The file is read back to check it holds what was written.
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../../model/errors.js';
import { fsCode, fsReason } from '../../util/fsErrors.js';
import { onInterrupt, settleSignals } from './interrupt.js';
import { openSafeFile, resolveTarget, writeAll, writeError, type Target, type WriteFs } from './safeWrite.js';

export interface UpdateOptions {
  fs?: WriteFs;
  /** How long to wait for another writer's lock before giving up (default 10 s). */
  lockWaitMs?: number;
}

/** Reads the file under a lock, lets `build` make its new text, writes it, and checks it. */
export async function updateFileLocked(path: string, build: (current: string) => string, options: UpdateOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const target = existingTarget(path, fs);
  const release = await acquireLock(`${target.real}.lock`, path, fs, options.lockWaitMs ?? 10_000);
  try {
    const before = fs.readFileSync(target.real);
    const current = utf8(before, path);
    const next = build(current);
    if (next === current) return;
    // A Ctrl+C during the questions or the build stops here, before anything is written.
    await settleSignals();
    if (next.startsWith(current)) {
      const added = Buffer.from(next.slice(current.length), 'utf8');
      appendInPlace(fs, target.real, added, path);
      checkReadBack(fs, target.real, path, (text) => text.startsWith(current) && text.includes(next.slice(current.length), current.length));
    } else {
      const file = openSafeFile(path, { overwrite: true, fs });
      file.write(next);
      await file.commit();
      checkReadBack(fs, target.real, path, (text) => text.startsWith(next));
    }
  } finally {
    release();
  }
}

/**
 * Fails now when `updateFileLocked` could not write the file: missing, not a regular file, not
 * writable, or locked by another writer for longer than `lockWaitMs` (default 2 s). The lock is
 * taken and given back at once, which also shows its folder takes the lock file. Checked before
 * a command asks anything (interview --save); the write itself checks all of it again.
 */
export async function checkUpdatable(path: string, options: UpdateOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const target = existingTarget(path, fs);
  try {
    // Opened for appending and closed again: no byte and no time stamp changes.
    fs.closeSync(fs.openSync(target.real, 'a'));
  } catch (error) {
    throw new UserError({ file: path, severity: 'error', message: `cannot be written: ${fsReason(error)}; nothing was written` });
  }
  const release = await acquireLock(`${target.real}.lock`, path, fs, options.lockWaitMs ?? 2_000);
  release();
}

/** The file to change: it must exist (a runner's log is changed, never made up). */
function existingTarget(path: string, fs: WriteFs): Target {
  const target = resolveTarget(path, fs);
  if (!target.existing) throw new UserError({ file: path, severity: 'error', message: 'no such file; nothing was written' });
  return target;
}

function utf8(bytes: Buffer, path: string): string {
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the text is exactly the file's bytes.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError({ file: path, severity: 'error', message: 'is not UTF-8 text; nothing was written', expected: 'a log saved as UTF-8' });
  }
}

function appendInPlace(fs: WriteFs, real: string, added: Buffer, path: string): void {
  let fd: number | undefined;
  let sizeBefore: number | undefined;
  try {
    fd = fs.openSync(real, 'a');
    sizeBefore = fs.fstatSync(fd).size;
    writeAll(fs, fd, added);
    fs.fsyncSync(fd);
  } catch (error) {
    if (fd !== undefined && sizeBefore !== undefined) {
      try {
        fs.ftruncateSync(fd, sizeBefore);
        fs.fsyncSync(fd);
      } catch {
        // The message below still says the save failed.
      }
    }
    throw writeError(path, error, true);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function checkReadBack(fs: WriteFs, real: string, path: string, holds: (text: string) => boolean): void {
  let text: string;
  try {
    text = fs.readFileSync(real, 'utf8');
  } catch (error) {
    throw new UserError({ file: path, severity: 'error', message: `was written but cannot be read back: ${fsReason(error)}` });
  }
  if (!holds(text)) throw new UserError({ file: path, severity: 'error', message: 'was written but does not read back as written; check the file' });
}

/** Takes `<log>.lock`, waiting for another writer up to `waitMs`; returns the release. */
async function acquireLock(lockPath: string, path: string, fs: WriteFs, waitMs: number): Promise<() => void> {
  const owner = `${process.pid} ${hostname()}\n`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      // The lock is the file's existence; who holds it is a courtesy for clearing stale locks,
      // and is left out when even those few bytes do not fit on a full disk.
      let written = owner;
      try {
        writeAll(fs, fd, Buffer.from(owner));
      } catch {
        written = '';
        fs.ftruncateSync(fd, 0);
      } finally {
        fs.closeSync(fd);
      }
      const removeLock = () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === written) fs.unlinkSync(lockPath);
        } catch {
          // Already gone.
        }
      };
      const forget = onInterrupt(removeLock);
      return () => {
        forget();
        removeLock();
      };
    } catch (error) {
      if (fsCode(error) !== 'EEXIST') throw new UserError({ file: path, severity: 'error', message: `cannot be locked for writing (${lockPath}): ${fsReason(error)}; nothing was written` });
    }
    if (removeIfStale(lockPath, fs)) continue;
    if (Date.now() >= deadline) {
      throw new UserError({ file: path, severity: 'error', message: `is being changed by another hipcheck (lock file ${lockPath}); nothing was written`, expected: 'try again in a moment; if no other hipcheck is running, delete the lock file' });
    }
    await sleep(20 + Math.random() * 40);
  }
}

/** A lock whose process is gone (killed before it could clean up) is removed; true if it was. */
function removeIfStale(lockPath: string, fs: WriteFs): boolean {
  let content: string;
  let ageMs: number;
  try {
    content = fs.readFileSync(lockPath, 'utf8');
    ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
  } catch {
    return true; // Released meanwhile: try again at once.
  }
  const [pid, host] = content.trim().split(' ');
  const stale = host === hostname() && Number(pid) > 0 ? !isAlive(Number(pid)) : content === '' && ageMs > 10_000;
  if (!stale) return false;
  // Move it aside first, so of two processes finding the same stale lock only one removes it.
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return true;
  }
  try {
    if (fs.readFileSync(aside, 'utf8') !== content) fs.linkSync(aside, lockPath); // a fresh lock was moved: put it back
  } catch {
    // Someone holds the lock again; the loop will wait for them.
  }
  try {
    fs.unlinkSync(aside);
  } catch {
    // Nothing to remove.
  }
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return fsCode(error) === 'EPERM';
  }
}
