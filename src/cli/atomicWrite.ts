// Writes a file all at once or not at all: a temporary file beside the target, flushed to
// disk, then renamed over it. A reader never sees half a file, and a crash leaves the old one.
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/errors.js';

export async function writeFileAtomic(path: string, text: string, { overwrite }: { overwrite: boolean }): Promise<void> {
  if (!overwrite) {
    const exists = await stat(path).then(() => true, () => false);
    if (exists) throw new UserError({ file: path, severity: 'error', message: 'already exists; not overwritten', expected: 'a new file name, or --force to replace it' });
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof UserError) throw error;
    throw new UserError({ file: path, severity: 'error', message: `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
  }
}
