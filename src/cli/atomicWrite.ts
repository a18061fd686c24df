// Writes a file all at once or not at all: a temporary file beside the target, flushed to
// disk, then renamed over it. A reader never sees half a file, and a crash leaves the old one.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/errors.js';

/** A file being written piece by piece; it appears under its name only on commit. */
export interface AtomicFile {
  write(text: string): void;
  /** Flushes to disk and renames over the target. */
  commit(): void;
  /** Removes the temporary file; the target is untouched. */
  abort(): void;
}

export function openAtomicFile(path: string, { overwrite }: { overwrite: boolean }): AtomicFile {
  if (!overwrite && existsSync(path)) {
    throw new UserError({ file: path, severity: 'error', message: 'already exists; not overwritten', expected: 'a new file name, or --force to replace it' });
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const cannotWrite = (error: unknown) => new UserError({ file: path, severity: 'error', message: `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
  let fd: number | undefined;
  const abort = () => {
    process.off('exit', abort);
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(temporary, { force: true });
  };
  // Every step that can fail removes the temporary file before reporting.
  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      abort();
      throw cannotWrite(error);
    }
  };
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw cannotWrite(error);
  }
  // A run stopped half-way (Ctrl+C exits at once) must not leave the temporary file behind.
  process.on('exit', abort);
  return {
    write: (text) => guarded(() => writeSync(fd!, text)),
    commit: () => guarded(() => {
      process.off('exit', abort);
      fsyncSync(fd!);
      closeSync(fd!);
      fd = undefined;
      renameSync(temporary, path);
    }),
    abort,
  };
}

export function writeFileAtomic(path: string, text: string, options: { overwrite: boolean }): void {
  const file = openAtomicFile(path, options);
  file.write(text);
  file.commit();
}
