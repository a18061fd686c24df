// What `interview` checks before the first question: where -o will write, and whether the --save
// log can take the record now (not locked by another writer, writable). A problem there is exit 2
// with the path named, and nothing asked, computed or written.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const isRoot = process.getuid?.() === 0;
const ANSWERS = 'fixtures/answers/outer-hip.yaml';

function logCopy(): { dir: string; log: string; before: Buffer } {
  const dir = tempDir('hipcheck-upfront-');
  const log = join(dir, 'log.csv');
  copyFileSync(join(ROOT, 'fixtures/logs/example.csv'), log);
  return { dir, log, before: readFileSync(log) };
}

/** Refused up front: exit 2, no outcome, and (without --answers or a terminal) never as far as the questions. */
function expectRefusedUpFront(args: string[], message: string): void {
  for (const answers of [['--answers', ANSWERS], []]) {
    const result = hipcheck(['interview', ...args, ...answers]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('needs a terminal');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }
}

describe('interview: checked before the first question', () => {
  it('-o into a missing folder names the folder', () => {
    const dir = tempDir('hipcheck-upfront-');
    const output = join(dir, 'missing', 'for-my-physio.md');
    expectRefusedUpFront(['--format', 'markdown', '-o', output], `${output}  error: cannot be written: the folder ${join(dir, 'missing')} does not exist`);
  });

  it.skipIf(isRoot)('-o into a folder that cannot be written names the folder, and leaves nothing in it', () => {
    const dir = tempDir('hipcheck-upfront-');
    const folder = join(dir, 'read-only');
    mkdirSync(folder, 0o555);
    const output = join(folder, 'for-my-physio.md');
    expectRefusedUpFront(['-o', output], `${output}  error: cannot be written: the folder ${folder} does not take new files (permission denied)`);
    chmodSync(folder, 0o755);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('--save into a log locked by another writer names the log and the lock; the log and the lock are left as they were', () => {
    const { dir, log, before } = logCopy();
    const holder = `${process.pid} ${hostname()}\n`; // the test runner: alive, so the lock is not stale
    writeFileSync(`${log}.lock`, holder);
    expectRefusedUpFront(['--log', log, '--save'], `${log}  error: is being changed by another hipcheck (lock file ${log}.lock); nothing was written`);
    expect(hipcheck(['interview', '--log', log, '--save', '--answers', ANSWERS]).stderr).toContain('--save: nothing was asked and nothing written');
    expect(readFileSync(log).equals(before)).toBe(true);
    expect(readFileSync(`${log}.lock`, 'utf8')).toBe(holder);
    expect(readdirSync(dir).sort()).toEqual(['log.csv', 'log.csv.lock']);
  });

  it.skipIf(isRoot)('--save into a read-only log names it, and leaves it as it was', () => {
    const { log, before } = logCopy();
    chmodSync(log, 0o444);
    expectRefusedUpFront(['--log', log, '--save'], `${log}  error: cannot be written: permission denied; nothing was written`);
    expect(readFileSync(log).equals(before)).toBe(true);
  });

  it('a free log and folder pass the checks and leave no probe or lock behind', () => {
    const { dir, log } = logCopy();
    const result = hipcheck(['interview', '--log', log, '--save', '--answers', ANSWERS, '-o', join(dir, 'out.md'), '--format', 'markdown']);
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['log.csv', 'out.md']);
  });
});
