// Reads a log's bytes from a file or stdin and turns them into text, or says clearly why not.
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UserError } from '../model/errors.js';

export interface SourceText {
  /** Name used in messages: the path as given, or `<stdin>`. */
  name: string;
  text: string;
}

export const STDIN_NAME = '<stdin>';

export async function readSource(path: string, stdin: Readable): Promise<SourceText> {
  if (path === '-') return { name: STDIN_NAME, text: decode(await readAll(stdin), STDIN_NAME) };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'no such file' :
      code === 'EISDIR' ? 'is a directory, not a log file' :
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
      `cannot be read (${code ?? (error as Error).message})`;
    throw new UserError({ file: path, severity: 'error', message });
  }
  return { name: path, text: decode(bytes, path) };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** UTF-8 (a BOM is dropped); binary or non-UTF-8 bytes are refused with their position. */
export function decode(bytes: Uint8Array, name: string): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new UserError({ file: name, severity: 'error', message: 'looks like a binary file, not a log', expected: 'a CSV, TSV or YAML text file' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decode again leniently only to say where the first bad byte is.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n');
    throw new UserError({
      file: name, line: before.length, col: before.at(-1)!.length + 1, severity: 'error',
      message: 'the file is not UTF-8 text', expected: 'UTF-8 (re-save the file as "CSV UTF-8")',
    });
  }
  if (text.trim() === '') throw new UserError({ file: name, severity: 'error', message: 'the file is empty', expected: 'a header line and one row per run' });
  return text;
}
