// The safe-write module under fault injection: every failure the disk can produce, through its
// file-system seam, and the user's file afterwards. The rule: byte-identical unless the write
// completed, and never a temporary file left behind.
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritable, openSafeFile, writeFileSafely, type WriteFs } from '../../../src/cli/write/safeWrite.js';
import { UserError } from '../../../src/model/errors.js';
import { tempDir } from '../../helpers/tempDir.js';

const ORIGINAL = 'date,distance,pain\n2025-03-01,5,2\n2025-03-02,6,3\n';
const REPLACEMENT = `date,distance,pain\n${Array.from({ length: 500 }, (_, day) => `2025-04-${String((day % 28) + 1).padStart(2, '0')},${day % 20},1`).join('\n')}\n`;

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/**
 * Real fs on a disk with `budget` bytes free: writes that need new space stop with `code` once
 * it is used up (a short write first, the error on the next call, as the kernel does), while
 * rewriting bytes a file already has needs none.
 */
function diskFullAfter(budget: number, code = 'ENOSPC'): WriteFs {
  let left = budget;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => {
      const size = fs.fstatSync(fd).size;
      const free = position === null ? 0 : Math.max(0, size - position);
      const allowed = free + left;
      if (allowed <= 0) throw errnoError(code);
      const written = fs.writeSync(fd, buffer, offset, Math.min(length, allowed), position);
      left -= Math.max(0, written - free);
      return written;
    }) as WriteFs['writeSync'],
  };
}

function withOriginal(name = 'log.csv', mode = 0o600): { dir: string; path: string } {
  const dir = tempDir('hipcheck-write-');
  const path = join(dir, name);
  writeFileSync(path, ORIGINAL);
  chmodSync(path, mode);
  return { dir, path };
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected the write to fail');
}

describe('safe write: faults injected through the file-system seam', () => {
  it('short writes are looped until every byte is written', async () => {
    const { path } = withOriginal();
    const shortWrites: WriteFs = {
      ...fs,
      writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => fs.writeSync(fd, buffer, offset, Math.min(length, 7), position)) as WriteFs['writeSync'],
    };
    await writeFileSafely(path, REPLACEMENT, { overwrite: true, fs: shortWrites });
    expect(readFileSync(path, 'utf8')).toBe(REPLACEMENT);
  });

  it.each([0, 1, 100, 4096])('a disk full after %i bytes: the error says so and the file stays byte-identical', async (budget) => {
    const { dir, path } = withOriginal();
    const message = await failure(writeFileSafely(path, REPLACEMENT, { overwrite: true, fs: diskFullAfter(budget) }));
    expect(message).toBe('cannot be written: the disk is full; the existing file was left as it was');
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(leftovers(dir)).toEqual([]);
  });

  it('EIO on write, EIO on fsync: the same', async () => {
    for (const faulty of [diskFullAfter(10, 'EIO'), { ...fs, fsyncSync: () => { throw errnoError('EIO'); } } as WriteFs]) {
      const { dir, path } = withOriginal();
      expect(await failure(writeFileSafely(path, REPLACEMENT, { overwrite: true, fs: faulty }))).toMatch(/input\/output error/);
      expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
      expect(leftovers(dir)).toEqual([]);
    }
  });

  it('a write that reports success but leaves the file short is caught by the size check', async () => {
    const { dir, path } = withOriginal();
    const lying: WriteFs = { ...fs, writeSync: ((_fd: number, _buffer: Uint8Array, _offset: number, length: number) => length) as WriteFs['writeSync'] };
    expect(await failure(writeFileSafely(path, REPLACEMENT, { overwrite: true, fs: lying }))).toMatch(/only 0 of \d+ bytes reached the disk/);
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a hard-linked file rewritten in place is restored byte for byte when the disk fills half-way', async () => {
    const { dir, path } = withOriginal();
    const other = join(dir, 'other-name.csv');
    linkSync(path, other);
    // Enough for the temporary copy, not for the copy into the file as well.
    const message = await failure(writeFileSafely(path, REPLACEMENT, { overwrite: true, fs: diskFullAfter(Buffer.byteLength(REPLACEMENT) + 1000) }));
    expect(message).toMatch(/the disk is full/);
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(readFileSync(other, 'utf8')).toBe(ORIGINAL);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('safe write: what is kept', () => {
  it('a replaced file keeps its mode (0600 stays 0600); a new file gets 0666 minus the umask', async () => {
    const { dir, path } = withOriginal('private.csv', 0o600);
    await writeFileSafely(path, REPLACEMENT, { overwrite: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o640);
    await writeFileSafely(path, ORIGINAL, { overwrite: true });
    expect(statSync(path).mode & 0o777).toBe(0o640);
    const fresh = join(dir, 'new.csv');
    await writeFileSafely(fresh, ORIGINAL, { overwrite: false });
    const umask = process.umask();
    expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('a symbolic link stays a link, and the file it points to gets the new content', async () => {
    const { dir, path } = withOriginal();
    const link = join(dir, 'link.csv');
    symlinkSync(path, link);
    await writeFileSafely(link, REPLACEMENT, { overwrite: true });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(REPLACEMENT);
    expect(leftovers(dir)).toEqual([]);
  });

  it('hard links stay linked: every name sees the new content', async () => {
    const { dir, path } = withOriginal();
    const other = join(dir, 'other-name.csv');
    linkSync(path, other);
    const inode = statSync(path).ino;
    await writeFileSafely(path, REPLACEMENT, { overwrite: true });
    expect(statSync(path).ino).toBe(inode);
    expect(readFileSync(other, 'utf8')).toBe(REPLACEMENT);
    expect(statSync(path).nlink).toBe(2);
  });

  it('refuses a named pipe, a folder, a dangling link and a missing folder, writing nothing', async () => {
    const dir = tempDir('hipcheck-write-');
    const fifo = join(dir, 'pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    symlinkSync(join(dir, 'gone.csv'), join(dir, 'dangling.csv'));
    expect(await failure(writeFileSafely(fifo, 'x', { overwrite: true }))).toBe('is a named pipe, not a regular file; nothing was written');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(await failure(writeFileSafely(dir, 'x', { overwrite: true }))).toBe('is a folder, not a regular file; nothing was written');
    expect(await failure(writeFileSafely(join(dir, 'dangling.csv'), 'x', { overwrite: true }))).toBe('is a symbolic link to a missing file; nothing was written');
    expect(await failure(writeFileSafely(join(dir, 'nope', 'x.csv'), 'x', { overwrite: true }))).toMatch(/^cannot be written: the folder .*nope does not exist$/);
    expect(leftovers(dir)).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('refuses a device file, even with --force and as root', async () => {
    const dir = tempDir('hipcheck-write-');
    const device = join(dir, 'full');
    // A private copy of /dev/null (1,3), so a bug could never touch the real one.
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    expect(await failure(writeFileSafely(device, 'x', { overwrite: true }))).toBe('is a device, not a regular file; nothing was written');
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });
});

describe('safe write: no clobbering without --force', () => {
  it('a file that appears while the output is being written is kept, and the write refused', async () => {
    const dir = tempDir('hipcheck-write-');
    const path = join(dir, 'report.txt');
    const file = openSafeFile(path, { overwrite: false });
    file.write(REPLACEMENT);
    writeFileSync(path, 'someone else\n');
    expect(await failure(file.commit())).toBe('already exists (it appeared while hipcheck was writing); not overwritten');
    expect(readFileSync(path, 'utf8')).toBe('someone else\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('on a file system without hard links it creates the file exclusively instead, with the same guarantee', async () => {
    const noLinks: WriteFs = { ...fs, linkSync: () => { throw errnoError('EPERM'); } };
    const dir = tempDir('hipcheck-write-');
    const path = join(dir, 'report.txt');
    await writeFileSafely(path, REPLACEMENT, { overwrite: false, fs: noLinks });
    expect(readFileSync(path, 'utf8')).toBe(REPLACEMENT);
    const late = join(dir, 'late.txt');
    const file = openSafeFile(late, { overwrite: false, fs: noLinks });
    file.write(REPLACEMENT);
    writeFileSync(late, 'someone else\n');
    expect(await failure(file.commit())).toMatch(/already exists/);
    expect(readFileSync(late, 'utf8')).toBe('someone else\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('an existing file is refused at once, before any work is written', () => {
    const { dir, path } = withOriginal();
    expect(() => openSafeFile(path, { overwrite: false })).toThrow('already exists; not overwritten');
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('checkWritable: said before a command asks anything', () => {
  it('a folder that refuses new files (read-only, no permission) is named, and nothing is left in it', () => {
    const dir = tempDir('hipcheck-check-');
    const path = join(dir, 'for-my-physio.md');
    for (const code of ['EACCES', 'EROFS']) {
      const refusing: WriteFs = { ...fs, openSync: (() => { throw errnoError(code); }) as WriteFs['openSync'] };
      expect(() => checkWritable(path, { overwrite: false, fs: refusing })).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ file: path, message: expect.stringMatching(`^cannot be written: the folder ${dir} does not take new files`) })] }));
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder that takes files passes, and the probe is gone; a missing folder and an existing file are refused as before', () => {
    const dir = tempDir('hipcheck-check-');
    const path = join(dir, 'out.md');
    expect(checkWritable(path, { overwrite: false }).real).toBe(join(fs.realpathSync(dir), 'out.md'));
    expect(readdirSync(dir)).toEqual([]);
    expect(() => checkWritable(join(dir, 'missing', 'out.md'), { overwrite: false })).toThrow('does not exist');
    writeFileSync(path, ORIGINAL);
    expect(() => checkWritable(path, { overwrite: false })).toThrow('already exists; not overwritten');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });
});
