// Installing the command for use outside the repository, as the README says: the packed
// tarball installed into a fresh prefix gives a working `hipcheck` anywhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'hipcheck-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm install -g from the packed tarball', () => {
  it('installs a hipcheck command that analyses a log from any folder', () => {
    // npm test has built dist/ already; --ignore-scripts keeps pack from rebuilding it while
    // other test files run the binary.
    execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
    const prefix = join(work, 'prefix');
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', join(work, tarball)], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    // A copy of the built files, not a link to the clone (what `npm install --global .` makes).
    expect(lstatSync(join(prefix, 'lib', 'node_modules', 'hipcheck')).isSymbolicLink()).toBe(false);
    const result = spawnSync(join(prefix, 'bin', 'hipcheck'), ['analyze', fixture('logs/example.csv'), '--format', 'json'], { cwd: work, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).summary.runs).toBe(48);
    expect(spawnSync(join(prefix, 'bin', 'hipcheck'), ['--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 180_000);
});
