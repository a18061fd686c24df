// The process as the CLI sees it; tests pass their own streams and environment.
import type { Readable, Writable } from 'node:stream';
import { withNewline } from '../util/text.js';
import { visible } from '../util/visible.js';
import { openSafeFile, checkWritable } from './write/safeWrite.js';
import { settleSignals } from './write/interrupt.js';

export interface Io {
  argv: string[];
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Today, as `YYYY-MM-DD`; only the CLI reads the clock. */
  today?: string;
  /** The bundled worker script for batch; absent when running from source (one thread). */
  workerUrl?: URL;
}

/**
 * Colour on stdout: `--no-color` wins, then FORCE_COLOR, then NO_COLOR (any non-empty value,
 * per no-color.org), then whether stdout is a terminal.
 */
export function colorEnabled(flag: boolean | undefined, env: Io['env'], isTTY: boolean | undefined, toFile = false): boolean {
  // A file written with -o never gets colour codes, whatever FORCE_COLOR says.
  if (flag === false || toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

export function terminalWidth(io: Io): number {
  const columns = io.stdout.columns ?? Number(io.env.COLUMNS);
  return Number.isFinite(columns) && columns > 0 ? Math.max(40, Math.min(columns, 200)) : 80;
}

export function write(stream: Writable, text: string): void {
  stream.write(withNewline(text));
}


/** Plain ASCII charts when asked, or on terminals that cannot draw Unicode blocks. */
export function asciiOnly(flag: boolean | undefined, env: Io['env']): boolean {
  return flag === true || env.TERM === 'linux' || env.TERM === 'dumb';
}

/** Where a command's output goes: stdout, or with -o a file that appears only when complete. */
export interface Output {
  /**
   * Writes a piece; for stdout a promise when the pipe is full, resolved once it has drained.
   * Awaiting it keeps memory flat however slow the reader is (Node would otherwise buffer
   * everything a slow `| jq` has not read yet).
   */
  write(text: string): Promise<void> | void;
  /** Completes the output (for a file: flushes, puts it in place and says so on stderr). */
  close(): Promise<void>;
  /** Gives up: a file being written is removed, an existing one left as it was. */
  abort(): void;
}

/** Whether the output lands on a terminal: never when -o sends it to a file, which gets no colour codes. */
export function outputIsTerminal(io: Io, flags: { output?: string }): boolean {
  return Boolean(io.stdout.isTTY) && !flags.output;
}

/** Stdout, or with -o a file written safely (src/cli/write/safeWrite.ts; never replacing one without --force). */
/** -o and --force, and the files the command reads (never written over). */
export interface OutputFlags {
  output?: string;
  force?: boolean;
  inputs?: (string | undefined)[];
}

export function openOutput(io: Io, flags: OutputFlags): Output {
  const path = flags.output;
  if (!path) return { write: (text) => (io.stdout.write(text) ? undefined : drained(io.stdout)), close: settleSignals, abort: () => {} };
  const file = openSafeFile(path, { overwrite: flags.force === true, inputs: flags.inputs ?? [] });
  return {
    write: file.write,
    close: async () => {
      await file.commit();
      io.stderr.write(`wrote ${visible(path)}\n`);
    },
    abort: file.abort,
  };
}

/**
 * Fails now, not after a long interview, when -o could not be written: a folder, a missing or
 * unwritable folder, or a file that exists without --force. Written later with `emit`.
 */
export function checkOutputTarget(path: string, overwrite: boolean, inputs: (string | undefined)[] = []): void {
  checkWritable(path, { overwrite, inputs });
}

/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHARS = 1 << 16;

/**
 * The whole output, ending in a newline; a Ctrl+C pressed meanwhile stops it first. Output
 * given in pieces (a JSON report of a million runs) is written as it is made, never whole.
 */
export async function emit(io: Io, text: string | Iterable<string>, flags: OutputFlags): Promise<void> {
  const output = openOutput(io, flags);
  if (!flags.output) await settleSignals();
  try {
    if (typeof text === 'string') await output.write(withNewline(text));
    else await writePieces(output, text);
  } catch (error) {
    output.abort();
    throw error;
  }
  await output.close();
}

async function writePieces(output: Output, pieces: Iterable<string>): Promise<void> {
  let pending = '';
  let endsInNewline = true;
  const flush = async () => {
    await output.write(pending);
    endsInNewline = pending.endsWith('\n');
    pending = '';
  };
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= WRITE_CHARS) await flush();
  }
  if (pending !== '') await flush();
  if (!endsInNewline) await output.write('\n');
}

/** Resolves when the stream can take more; also on close or error, so a gone reader never hangs us. */
function drained(stream: Io['stdout']): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
