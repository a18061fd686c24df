// Every file hipcheck writes (-o of analyze, batch and convert; interview --save) goes through
// here, so a full disk, a crash, Ctrl+C or a file appearing at the same moment never costs
// the user a byte:
// - the new content goes to a temporary file beside the real target (symlinks followed), every
//   byte of it (short writes looped; ENOSPC and EIO are errors), flushed to disk, size checked;
// - only then does it take the target's name: renamed over it (replacing), or hard-linked to it
//   (no-clobber: link fails if anything appeared there meanwhile, no check-then-rename race);
// - a replaced file keeps its permissions (and owner when running as root); a file with other
//   hard links is rewritten in place from the complete temporary copy, and restored byte for
//   byte if that fails; new files get the usual 0666 minus the umask;
// - targets that are not regular files (devices, pipes, folders) are refused;
// - the temporary file is removed on every failure, and by the signal handler on Ctrl+C.
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../model/errors.js';
import { fsCode, fsReason } from '../../util/fsErrors.js';
import { onInterrupt, settleSignals } from './interrupt.js';

/** The file-system calls the writer makes: the real `node:fs`, or a test's fault-injecting stand-in. */
export type WriteFs = Pick<typeof nodeFs,
  'openSync' | 'writeSync' | 'readSync' | 'fsyncSync' | 'closeSync' | 'fstatSync' | 'fchmodSync' | 'fchownSync' |
  'ftruncateSync' | 'renameSync' | 'linkSync' | 'unlinkSync' | 'lstatSync' | 'statSync' | 'realpathSync' | 'readFileSync'>;

export interface Target {
  /** The path as the user gave it, for messages. */
  path: string;
  /** The file really written: symlinks resolved, so the link keeps pointing at it. */
  real: string;
  existing?: { mode: number; uid: number; gid: number; nlink: number };
}

/** A file being written piece by piece; it appears under its name only on commit. */
export interface SafeFile {
  write(text: string | Uint8Array): void;
  /** Flushes, checks the size, lets a pending Ctrl+C stop it, then puts the file in place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is untouched. */
  abort(): void;
}

export function writeError(path: string, error: unknown, unchanged: boolean): UserError {
  if (error instanceof UserError) return error;
  const tail = unchanged ? '; the existing file was left as it was' : '';
  return new UserError({ file: path, severity: 'error', message: `cannot be written: ${fsReason(error)}${tail}` });
}

function kindOf(stats: nodeFs.Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Where the bytes really go, and what is there now. Refuses anything but a regular file or a new name. */
export function resolveTarget(path: string, fs: WriteFs): Target {
  let stats: nodeFs.Stats | undefined;
  try {
    stats = fs.statSync(path);
  } catch (error) {
    if (fsCode(error) !== 'ENOENT') throw writeError(path, error, false);
  }
  if (stats) {
    if (!stats.isFile()) throw new UserError({ file: path, severity: 'error', message: `is ${kindOf(stats)}, not a regular file; nothing was written`, expected: 'a path to a regular file' });
    return { path, real: fs.realpathSync(path), existing: { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid, nlink: stats.nlink } };
  }
  let link: nodeFs.Stats | undefined;
  try {
    link = fs.lstatSync(path);
  } catch {
    // Nothing there at all: a new file.
  }
  if (link?.isSymbolicLink()) throw new UserError({ file: path, severity: 'error', message: 'is a symbolic link to a missing file; nothing was written', expected: 'a link to an existing file, or a new file name' });
  let folder: string;
  try {
    folder = fs.realpathSync(dirname(path));
  } catch (error) {
    throw new UserError({ file: path, severity: 'error', message: `cannot be written: the folder ${dirname(path)} ${fsCode(error) === 'ENOENT' ? 'does not exist' : `cannot be used (${fsReason(error)})`}` });
  }
  return { path, real: join(folder, basename(path)) };
}

/** Writes the whole buffer, looping over short writes; `position` undefined appends at the file offset. */
export function writeAll(fs: WriteFs, fd: number, buffer: Uint8Array, position?: number): void {
  for (let offset = 0; offset < buffer.length;) {
    const written = fs.writeSync(fd, buffer, offset, buffer.length - offset, position === undefined ? null : position + offset);
    if (written <= 0) throw new Error('the disk accepted no more bytes');
    offset += written;
  }
}

/** What a command may be asked to write over: whether to replace an existing file, and what it reads. */
export interface WriteOptions {
  overwrite: boolean;
  /** What to suggest when the file exists (default: a new name, or --force). */
  whenExists?: string;
  /** The files the command reads (the log, a pain diary, an answers file): never written over, --force or not. */
  inputs?: (string | undefined)[];
  fs?: WriteFs;
}

/**
 * -o may never be a file being read: the same file by device and inode, so a symbolic or hard
 * link to it is caught too. Replacing it would swap the runner's log for the report.
 */
export function refuseInputAsOutput(path: string, inputs: (string | undefined)[], fs: WriteFs = nodeFs): void {
  const identity = (file: string) => {
    try {
      const stats = fs.statSync(file);
      return `${stats.dev}:${stats.ino}`;
    } catch {
      return undefined;
    }
  };
  const output = identity(path);
  if (output === undefined) return;
  const input = inputs.find((file) => file !== undefined && file !== '-' && identity(file) === output);
  if (input === undefined) return;
  const how = input === path ? '' : ` (the same file as ${input})`;
  throw new UserError({ file: path, severity: 'error', message: `is a file this command reads${how}; not overwritten, --force or not`, expected: 'a different file name for the output' });
}

const REPLACE_HINT = 'a new file name, or --force to replace it';

/** The target, when it may be written: a new file, or an existing one with overwrite (--force), never an input. */
export function writableTarget(path: string, { overwrite, inputs = [], fs = nodeFs, whenExists = REPLACE_HINT }: WriteOptions): Target {
  refuseInputAsOutput(path, inputs, fs);
  const target = resolveTarget(path, fs);
  if (target.existing && !overwrite) {
    throw new UserError({ file: path, severity: 'error', message: 'already exists; not overwritten', expected: whenExists });
  }
  return target;
}

/**
 * `writableTarget`, and the folder really takes a new file now: the one the write will make
 * first is its temporary copy there. Checked before a command asks or computes anything (an
 * interview's questions), so an unwritable or read-only folder is said at once, not at the end.
 */
export function checkWritable(path: string, options: WriteOptions): Target {
  const fs = options.fs ?? nodeFs;
  const target = writableTarget(path, options);
  const probe = temporaryBeside(target.real);
  try {
    fs.closeSync(fs.openSync(probe, 'wx', 0o600));
  } catch (error) {
    throw new UserError({ file: path, severity: 'error', message: `cannot be written: the folder ${dirname(path)} does not take new files (${fsReason(error)}); nothing was written` });
  }
  try {
    fs.unlinkSync(probe);
  } catch {
    // The probe is empty and hidden; the write itself will say if the folder misbehaves.
  }
  return target;
}

/** A hidden, unique name beside the real target: the temporary copy, or a probe of the folder. */
function temporaryBeside(real: string): string {
  return join(dirname(real), `.${basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export function openSafeFile(path: string, options: WriteOptions): SafeFile {
  const { overwrite, fs = nodeFs, whenExists = REPLACE_HINT } = options;
  const target = writableTarget(path, options);
  const temporary = temporaryBeside(target.real);
  let fd: number | undefined;
  let bytes = 0;
  let forget = () => {};
  const abort = () => {
    forget();
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // The file is being removed anyway.
      }
    }
    fd = undefined;
    try {
      fs.unlinkSync(temporary);
    } catch {
      // Already gone (renamed into place, or never created).
    }
  };
  // Every step that can fail removes the temporary file before reporting.
  const guarded = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      abort();
      throw writeError(path, error, target.existing !== undefined);
    }
  };
  guarded(() => {
    fd = fs.openSync(temporary, 'wx', 0o666);
    forget = onInterrupt(abort);
    if (target.existing) {
      // Owner first: chown clears set-id bits, which chmod then restores.
      if (process.getuid?.() === 0) fs.fchownSync(fd, target.existing.uid, target.existing.gid);
      fs.fchmodSync(fd, target.existing.mode);
    }
  });
  return {
    write: (text) => guarded(() => {
      const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      writeAll(fs, fd!, buffer);
      bytes += buffer.length;
    }),
    commit: async () => {
      guarded(() => {
        fs.fsyncSync(fd!);
        const size = fs.fstatSync(fd!).size;
        if (size !== bytes) throw new Error(`only ${size} of ${bytes} bytes reached the disk`);
        fs.closeSync(fd!);
        fd = undefined;
      });
      // The last moment to stop: a Ctrl+C pressed while the output was computed ends here.
      await settleSignals();
      guarded(() => putInPlace(fs, target, temporary, bytes, overwrite, whenExists));
      forget();
      syncFolder(fs, dirname(target.real));
    },
    abort,
  };
}

function putInPlace(fs: WriteFs, target: Target, temporary: string, bytes: number, overwrite: boolean, whenExists: string): void {
  if (!overwrite) {
    try {
      fs.linkSync(temporary, target.real);
    } catch (error) {
      const code = fsCode(error);
      if (code === 'EEXIST') throw new UserError({ file: target.path, severity: 'error', message: 'already exists (it appeared while hipcheck was writing); not overwritten', expected: whenExists });
      // File systems without hard links (FAT, some network shares): create-exclusive and copy.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      copyExclusive(fs, temporary, target.real, bytes);
    }
    fs.unlinkSync(temporary);
  } else if (target.existing && target.existing.nlink > 1) {
    rewriteInPlace(fs, temporary, target.real, bytes);
    fs.unlinkSync(temporary);
  } else fs.renameSync(temporary, target.real);
}

function copyRange(fs: WriteFs, from: number, to: number, bytes: number): void {
  const chunk = Buffer.allocUnsafe(Math.min(bytes, 1 << 20) || 1);
  for (let position = 0; position < bytes;) {
    const read = fs.readSync(from, chunk, 0, Math.min(chunk.length, bytes - position), position);
    if (read <= 0) throw new Error('the temporary file ended early');
    writeAll(fs, to, chunk.subarray(0, read), position);
    position += read;
  }
}

function copyExclusive(fs: WriteFs, temporary: string, real: string, bytes: number): void {
  const from = fs.openSync(temporary, 'r');
  let to: number | undefined;
  try {
    to = fs.openSync(real, 'wx', 0o666);
    copyRange(fs, from, to, bytes);
    fs.fsyncSync(to);
  } catch (error) {
    if (to !== undefined) fs.unlinkSync(real);
    throw error;
  } finally {
    fs.closeSync(from);
    if (to !== undefined) fs.closeSync(to);
  }
}

/**
 * A file with several hard links keeps its inode, so every name sees the new content: it is
 * overwritten from the complete temporary copy, and put back byte for byte if that fails.
 */
function rewriteInPlace(fs: WriteFs, temporary: string, real: string, bytes: number): void {
  const original = fs.readFileSync(real);
  const from = fs.openSync(temporary, 'r');
  const to = fs.openSync(real, 'r+');
  try {
    copyRange(fs, from, to, bytes);
    fs.ftruncateSync(to, bytes);
    fs.fsyncSync(to);
  } catch (error) {
    try {
      writeAll(fs, to, original, 0);
      fs.ftruncateSync(to, original.length);
      fs.fsyncSync(to);
    } catch {
      // Nothing more can be done; the error below says the write failed.
    }
    throw error;
  } finally {
    fs.closeSync(from);
    fs.closeSync(to);
  }
}

/** Makes the rename itself durable; some file systems cannot fsync a folder, which is fine. */
function syncFolder(fs: WriteFs, folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort.
  }
}

export async function writeFileSafely(path: string, text: string, options: WriteOptions): Promise<void> {
  const file = openSafeFile(path, options);
  file.write(text);
  await file.commit();
}
