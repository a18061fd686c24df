// Reads a log's bytes from a file, a pipe or stdin and turns them into text, or says clearly why
// not. Input is capped (default 256 MB, HIPCHECK_MAX_INPUT_MB to change it), so `/dev/zero` or
// an endless pipe stops with a message instead of eating the machine's memory.
import { constants, openSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Socket } from 'node:net';
import { isatty, ReadStream } from 'node:tty';
import type { Readable } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { UserError } from '../model/errors.js';
import { fsCode, fsReason } from '../util/fsErrors.js';

export interface SourceText {
  /** Name used in messages: the path as given, or `<stdin>`. */
  name: string;
  text: string;
}

/** A source's bytes, checked to be UTF-8 text, without its byte-order mark. */
export interface SourceBytes {
  name: string;
  bytes: Buffer;
}

export const STDIN_NAME = '<stdin>';

export const DEFAULT_MAX_INPUT_MB = 256;
/** Node cannot make a string much longer than 512 MB, so no limit may be above it. */
export const HIGHEST_MAX_INPUT_MB = 512;
const MB = 1024 * 1024;
/** Binary content shows in its first bytes; it is checked as soon as these have arrived. */
const SNIFF_BYTES = 8192;

/** HIPCHECK_MAX_INPUT_MB as a number of megabytes, or undefined when it is not a whole number from 1 to 512. */
export function parseMaxInputMb(value: string): number | undefined {
  const megabytes = Number(value);
  return /^\d+$/.test(value.trim()) && megabytes >= 1 && megabytes <= HIGHEST_MAX_INPUT_MB ? megabytes : undefined;
}

/**
 * The input limit in bytes. The environment is read here rather than passed down because batch
 * workers read files too, and they share the process's environment (the CLI rejects bad values).
 */
export function maxInputBytes(env: Record<string, string | undefined> = process.env): number {
  const setting = env.HIPCHECK_MAX_INPUT_MB;
  const megabytes = setting ? parseMaxInputMb(setting) : undefined;
  return (megabytes ?? DEFAULT_MAX_INPUT_MB) * MB;
}

function tooLarge(name: string, maxBytes: number): UserError {
  return new UserError({
    file: name, severity: 'error', message: `is larger than the input limit of ${Math.round(maxBytes / MB)} MB; not read`,
    expected: `a running log (set HIPCHECK_MAX_INPUT_MB, up to ${HIGHEST_MAX_INPUT_MB}, for a larger one)`,
  });
}

function cannotRead(name: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const code = fsCode(error);
  const message =
    code === 'ENOENT' ? 'no such file' :
    code === 'EISDIR' ? 'is a folder, not a log file' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    `cannot be read: ${fsReason(error)}`;
  return new UserError({ file: name, severity: 'error', message });
}

export async function readSource(path: string, stdin: Readable, maxBytes = maxInputBytes()): Promise<SourceText> {
  const { name, bytes } = await readSourceBytes(path, stdin, maxBytes);
  return { name, text: bytes.toString('utf8') };
}

/**
 * The source's bytes, checked as text. A CSV log is parsed from these directly, so a large
 * log is never held as bytes and as a string at once.
 */
export async function readSourceBytes(path: string, stdin: Readable, maxBytes = maxInputBytes()): Promise<SourceBytes> {
  if (path === '-') return { name: STDIN_NAME, bytes: checkText(await readStream(stdin, maxBytes, STDIN_NAME), STDIN_NAME) };
  let handle: FileHandle;
  let size: number;
  try {
    const stats = await stat(path);
    size = stats.isFile() ? stats.size : 0;
    if (stats.isDirectory()) throw cannotRead(path, Object.assign(new Error('folder'), { code: 'EISDIR' }));
    if (stats.isFIFO()) return { name: path, bytes: checkText(await readStream(namedPipe(path), maxBytes, path), path) };
    if (stats.isFile() && stats.size > maxBytes) throw tooLarge(path, maxBytes);
    handle = await open(path, 'r');
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    // A terminal given by name (/dev/tty) is read like a pipe, so Ctrl+C still stops it.
    if (isatty(handle.fd)) return { name: path, bytes: checkText(await readStream(new ReadStream(handle.fd), maxBytes, path), path) };
    return { name: path, bytes: checkText(await readHandle(handle, maxBytes, path, size), path) };
  } catch (error) {
    throw cannotRead(path, error);
  } finally {
    await handle.close();
  }
}

/**
 * A named pipe given on purpose (`<(…)`, mkfifo) is read like stdin. Opened without blocking
 * and read through the event loop: a blocking open or read would sit in Node's thread pool
 * waiting for a writer, and the process could then not even exit on Ctrl+C.
 */
function namedPipe(path: string): Socket {
  return new Socket({ fd: openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
}

/** Gathers chunks up to the limit, and refuses binary content as soon as its first bytes are in. */
class Gatherer {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  private sniffed = false;

  constructor(private readonly maxBytes: number, private readonly name: string) {}

  add(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) throw tooLarge(this.name, this.maxBytes);
    this.chunks.push(chunk);
    if (!this.sniffed && this.bytes >= SNIFF_BYTES) this.sniff();
  }

  done(): Buffer {
    if (!this.sniffed) this.sniff();
    return this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.bytes);
  }

  private sniff(): void {
    this.sniffed = true;
    const head = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    refuseNonText(head.subarray(0, SNIFF_BYTES), this.name);
  }
}

/**
 * A file's bytes. The first read asks for the whole file (its size from stat, plus one byte to
 * see it end), so a large log is not gathered in pieces and then copied into one buffer.
 */
async function readHandle(handle: FileHandle, maxBytes: number, name: string, sizeHint: number): Promise<Buffer> {
  const gatherer = new Gatherer(maxBytes, name);
  let size = Math.max(1 << 16, Math.min(sizeHint, maxBytes) + 1);
  for (;;) {
    const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(size), 0, size, null);
    if (bytesRead === 0) return gatherer.done();
    gatherer.add(buffer.subarray(0, bytesRead));
    size = 1 << 20;
  }
}

async function readStream(stream: Readable, maxBytes: number, name: string): Promise<Buffer> {
  const gatherer = new Gatherer(maxBytes, name);
  for await (const chunk of stream) gatherer.add(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return gatherer.done();
}

/** UTF-16 and UTF-32 text, and binary files, each named for what they are. */
function refuseNonText(sample: Uint8Array, name: string): void {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => sample[index] === byte);
  const utf16 = (encoding: string) => new UserError({
    file: name, severity: 'error', message: `is ${encoding} text, which hipcheck does not read`,
    expected: 'UTF-8: save it again as "CSV UTF-8" or UTF-8 text',
  });
  if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) throw utf16('UTF-32');
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) throw utf16('UTF-16');
  if (!sample.includes(0)) return;
  // UTF-16 without a byte-order mark: ASCII text has a zero in every other byte.
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (Math.max(evenZeros, oddZeros) > sample.length * 0.3 && Math.min(evenZeros, oddZeros) < sample.length * 0.02) throw utf16('UTF-16');
  throw new UserError({ file: name, severity: 'error', message: 'looks like a binary file, not a log', expected: 'a CSV, TSV or YAML text file' });
}

/** UTF-8 (a BOM is dropped); binary, UTF-16 or non-UTF-8 bytes are refused, the last with their position. */
export function decode(bytes: Uint8Array, name: string): string {
  return checkText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name).toString('utf8');
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ASCII_SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

/** The bytes as UTF-8 text without its BOM, checked without making a string of them; else why not. */
export function checkText(bytes: Buffer, name: string): Buffer {
  refuseNonText(bytes.subarray(0, SNIFF_BYTES), name);
  if (!isUtf8(bytes)) {
    // Decode leniently only to say where the first bad byte is.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n');
    throw new UserError({
      file: name, line: before.length, col: before.at(-1)!.length + 1, severity: 'error',
      message: 'the file is not UTF-8 text', expected: 'UTF-8 (re-save the file as "CSV UTF-8")',
    });
  }
  const text = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (isBlank(text)) throw new UserError({ file: name, severity: 'error', message: 'the file is empty', expected: 'a header line and one row per run' });
  return text;
}

/** Only white space: ASCII is looked at byte by byte, and any other character decides by trimming. */
function isBlank(bytes: Buffer): boolean {
  let start = 0;
  while (start < bytes.length && ASCII_SPACE.has(bytes[start]!)) start++;
  if (start === bytes.length) return true;
  return bytes[start]! >= 0x80 && bytes.subarray(start).toString('utf8').trim() === '';
}
