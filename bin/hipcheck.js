#!/usr/bin/env node
// Thin shim: everything lives in the bundled entry; this only wires the process to it.
import { main, runInterruptCleanups, STOP_SIGNALS } from '../dist/hipcheck.js';

// A reader that goes away (`hipcheck … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
// Ctrl+C, kill, a closed terminal: remove temporary and lock files, write nothing more, and
// exit 128 + the signal's number (130 for Ctrl+C), as a shell reports a process it stopped.
for (const [signal, number] of Object.entries(STOP_SIGNALS)) {
  process.on(signal, () => {
    runInterruptCleanups();
    process.exit(128 + number);
  });
}
process.on('exit', runInterruptCleanups);

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
