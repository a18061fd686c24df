// The interview in a real pseudo-terminal (tmux), driven by keystrokes as a runner would.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { pause, tmuxSession, waitForFile as waitFor } from '../helpers/tmux.js';
import { tempDir } from '../helpers/tempDir.js';

const { session: SESSION, tmux, press } = tmuxSession('interview');

function start(dir: string, extra = ''): { out: string; code: string } {
  const out = join(dir, 'out.txt');
  const code = join(dir, 'code.txt');
  tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-c', ROOT, `NO_COLOR=1 node bin/hipcheck.js interview ${extra} > ${out}; echo $? > ${code}; sleep 20`);
  return { out, code };
}

describe('hipcheck interview in a terminal', () => {
  it('one full interview by keystrokes; an out-of-range score is re-asked', async () => {
    const { out, code } = start(tempDir('hipcheck-tty-'));
    await pause(1500);
    expect(tmux('capture-pane', '-p', '-t', SESSION)).toContain('Can you NOT bear weight on the leg, or walk normally? (y/N)');
    await press(...Array(8).fill('Enter'));            // no red flags
    await press('Space', 'Enter');                       // where: outside of the hip
    await press('Enter', 'Enter', 'Enter', 'Enter');     // onset, days ago (default), eases, settles within minutes
    await press('Space', 'Enter', 'Enter');              // feels dull; nothing makes it worse
    await press('1', '1', 'Enter');                      // pain now 11: out of range
    expect(tmux('capture-pane', '-p', '-t', SESSION)).toContain('Value must be between 0 and 10');
    await press('BSpace', 'BSpace', '2', 'Enter', '3', 'Enter', '0', 'Enter');
    await press('Enter', ...Array(6).fill('Enter'));      // no changes; self-test all no
    expect(await waitFor(code)).toBe('0');
    const outcome = readFileSync(out, 'utf8');
    expect(outcome).toMatch(/^This week: KEEP RUNNING AT THIS AMOUNT/);
    expect(outcome).toContain('pattern consistent with gluteal tendinopathy');
  }, 60_000);

  it('Ctrl+C mid-way exits 130, prints no outcome, and leaves the --save log byte-identical', async () => {
    const dir = tempDir('hipcheck-tty-');
    const log = join(dir, 'log.csv');
    copyFileSync(join(ROOT, 'fixtures/logs/european.csv'), log);
    const before = readFileSync(log);
    const { out, code } = start(dir, `--log ${log} --save`);
    await pause(1500);
    await press('Enter', 'Enter', 'C-c');
    expect(await waitFor(code)).toBe('130');
    expect(readFileSync(out, 'utf8')).toBe('');
    expect(readFileSync(log).equals(before)).toBe(true);
  }, 30_000);
});
