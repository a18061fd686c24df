// The interview in a real pseudo-terminal (tmux), driven by keystrokes as a runner would.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { pause, tmuxSession, waitForFile as waitFor } from '../helpers/tmux.js';
import { tempDir } from '../helpers/tempDir.js';

const { session: SESSION, tmux, press } = tmuxSession('interview');

function start(dir: string, extra = '', size = ['120', '40'], toFile = true): { out: string; code: string } {
  const out = join(dir, 'out.txt');
  const code = join(dir, 'code.txt');
  const redirect = toFile ? ` > ${out}` : '';
  tmux('new-session', '-d', '-s', SESSION, '-x', size[0]!, '-y', size[1]!, '-c', ROOT, `NO_COLOR=1 HIPCHECK_TODAY=2025-06-09 node bin/hipcheck.js interview ${extra}${redirect}; echo $? > ${code}; sleep 20`);
  return { out, code };
}

interface KeyedAnswers {
  /** undefined: no red flag; a number: yes to that item (0-based), then finish the questions. */
  redFlag?: number;
  where: number[]; onsetDowns: number; daysAgo: string; duringRunDowns: number; afterRunDowns: number;
  feels: number[]; worse: number[]; painNow: string; painLastRun: string; painMorningAfter?: string;
  selfTest: boolean[];
}

const tick = (indices: number[]) => {
  const keys: string[] = [];
  let at = 0;
  for (const index of indices) {
    keys.push(...Array(index - at).fill('Down'), 'Space');
    at = index;
  }
  return [...keys, 'Enter'];
};

async function answerByKeys(a: KeyedAnswers): Promise<void> {
  if (a.redFlag === undefined) await press('Enter');
  else await press('y', 'Enter', ...Array(a.redFlag).fill('Enter'), 'y', 'Enter', 'Down', 'Enter', ...Array(7 - a.redFlag).fill('Enter'));
  await press(...tick(a.where), ...Array(a.onsetDowns).fill('Down'), 'Enter', ...a.daysAgo, 'Enter');
  await press(...Array(a.duringRunDowns).fill('Down'), 'Enter', ...Array(a.afterRunDowns).fill('Down'), 'Enter');
  await press(...tick(a.feels), ...tick(a.worse), ...a.painNow, 'Enter', ...a.painLastRun, 'Enter');
  if (a.painMorningAfter !== undefined) await press(...a.painMorningAfter, 'Enter');
  await press('Enter', ...a.selfTest.map((yes) => (yes ? 'y' : 'Enter')).flatMap((key) => (key === 'y' ? ['y', 'Enter'] : [key])));
}

const CALM: KeyedAnswers = { where: [0], onsetDowns: 1, daysAgo: '5', duringRunDowns: 0, afterRunDowns: 0, feels: [0], worse: [], painNow: '0', painLastRun: '2', selfTest: [false, false, false] };
const PATHS = [
  { name: 'mild and settled', keys: CALM, exit: '0', expect: 'This week: KEEP RUNNING, BUILD UP GRADUALLY' },
  { name: 'groin with clicking', keys: { ...CALM, where: [1, 4], daysAgo: '20', duringRunDowns: 2, feels: [1, 2, 3], worse: [4, 5] }, exit: '0', expect: 'pattern consistent with labral tear / femoroacetabular impingement', also: 'leans joint-type' },
  { name: 'fever, finishing the questions', keys: { ...CALM, redFlag: 4 }, exit: '1', expect: 'RED FLAG: stop running and see a doctor today (same day, or urgent care).', also: 'Do you have a fever, chills, or feel generally unwell? yes' },
  { name: 'constant pain at rest', keys: { ...CALM, painNow: '5', painLastRun: '3', afterRunDowns: 1, painMorningAfter: '5' }, exit: '1', expect: 'This week: STOP RUNNING FOR NOW', also: 'pain right now, at rest, is 5/10' },
];

const screen = () => tmux('capture-pane', '-p', '-t', SESSION);

/**
 * Every "(question N of M)" the terminal showed, scrollback included: the numbers go up one at a
 * time, and a total once shown never changes (it is the real count, `asked` when given).
 */
function expectSteadyCounter(asked?: number): void {
  const history = tmux('capture-pane', '-p', '-J', '-S', '-', '-t', SESSION);
  const seen = [...history.matchAll(/\(question (\d+)(?: of (\d+))?\)/g)].map((match) => ({ n: Number(match[1]), total: match[2] }));
  // A prompt asked again (a refused value) shows its counter again: once each.
  const counters = seen.filter((counter, index) => index === 0 || counter.n !== seen[index - 1]!.n);
  expect(counters.map((counter) => counter.n)).toEqual(counters.map((_, index) => index + 1));
  const totals = counters.map((counter) => counter.total).filter((total) => total !== undefined);
  expect(totals.length).toBeGreaterThan(0);
  expect(new Set(totals)).toEqual(new Set([String(asked ?? counters.length)]));
  expect(counters.findIndex((counter) => counter.total !== undefined) + totals.length).toBe(counters.length);
}

describe('hipcheck interview in a terminal', () => {
  it('outer hip, typed as a runner would: progress shown, empty and out-of-range numbers asked again in plain words, 15 questions', async () => {
    const { out, code } = start(tempDir('hipcheck-tty-'));
    await pause(1500);
    expect(screen()).toContain('Is it too painful to stand on the leg or to walk normally?');
    expect(screen()).toContain('(question 1) Does any of these apply to you now? (y/N)');
    await press('Enter');                                // none of the red flags
    await press('Space', 'Enter');                       // where: outside of the hip
    await press('Down', 'Enter');                        // onset: gradually
    await press('Enter');                                // days ago: empty is not a silent default
    expect(screen()).toContain('Type a whole number from 0 to 3650.');
    await press('1', '2', 'Enter', 'Enter', 'Down', 'Enter'); // 12 days; eases; lasts for hours
    await press('Space', 'Enter');                       // feels dull
    await press('Down', 'Down', 'Space', 'Enter');       // worse: aches when lying on that side
    await press('1', '1', 'Enter');                      // pain now 11: out of range
    expect(screen()).toContain('Type a whole number from 0 to 10.');
    expect(screen()).not.toContain('multiple of');
    await press('BSpace', 'BSpace', '2', 'Enter', '4', 'Enter', '2', 'Enter');
    await press('Enter', 'Enter', 'Enter', 'Enter');     // no changes; self-test all no
    expect(screen()).toMatch(/\(question 15 of 15\)/);
    expectSteadyCounter(15);
    expect(await waitFor(code)).toBe('0');
    const outcome = readFileSync(out, 'utf8');
    expect(outcome).toMatch(/^This week: CUT BACK 30–50%/);
    expect(outcome).toContain('pattern consistent with gluteal tendinopathy');
  }, 60_000);

  it.each(PATHS)('$name: answered by keys, the outcome and exit code are right', async (path) => {
    const { out, code } = start(tempDir('hipcheck-tty-'));
    await pause(1500);
    await answerByKeys(path.keys);
    expect(await waitFor(code)).toBe(path.exit);
    const outcome = readFileSync(out, 'utf8');
    expect(outcome).toContain(path.expect);
    if (path.also) expect(outcome).toContain(path.also);
    expectSteadyCounter();
  }, 90_000);

  it('a red flag at 50×20: the urgent outcome at once, stop there, and the banner is on the last screen', async () => {
    const { code } = start(tempDir('hipcheck-tty-'), '', ['50', '20'], false);
    await pause(1500);
    await press('y', 'Enter');                           // something on the list applies
    await press('Enter', 'Enter', 'Enter', 'Enter');     // not the first four
    await press('y', 'Enter');                           // fever
    expect(screen()).toContain('RED FLAG: stop running and see a doctor');
    expect(screen()).toContain('Stop here and show the outcome');
    await press('Enter');
    expect(await waitFor(code)).toBe('1');
    const lines = screen().trimEnd().split('\n');
    expect(lines.slice(-4).join(' ')).toContain('RED FLAG: stop running and see a doctor today (same day, or urgent care).');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
  }, 30_000);

  it('a red flag at 50×20 with -o and --save: "wrote" and "saved" come before the closing banner, which is last on the screen', async () => {
    const dir = tempDir('hipcheck-tty-');
    const log = join(dir, 'log.csv');
    copyFileSync(join(ROOT, 'fixtures/logs/example.csv'), log);
    const { code } = start(dir, `--log ${log} --save -o ${join(dir, 'for-my-physio.md')}`, ['50', '20'], false);
    await pause(1500);
    await press('y', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'y', 'Enter'); // fever
    await press('Enter');                                                        // stop here
    expect(await waitFor(code)).toBe('1');
    const lines = screen().trimEnd().split('\n').map((line) => line.trimEnd());
    const saved = lines.findIndex((line) => line.startsWith('saved today'));
    const banner = lines.findLastIndex((line) => line.startsWith('RED FLAG: stop running'));
    expect(saved).toBeGreaterThanOrEqual(0);
    expect(banner).toBeGreaterThan(saved);
    expect(lines.slice(banner).join(' ')).toMatch(/^RED FLAG: stop running and see a doctor today \(same day, or urgent care\)\.\s+• Do you have a fever, chills, or feel generally\s+unwell\? yes$/);
    // Stopped before "pain right now" was asked: the pain is left empty, never saved as 0.
    expect(readFileSync(log, 'utf8').trimEnd().split('\n').at(-1)).toMatch(/^2025-06-09,0,,,rest,,,,,,,"?RED FLAG: fever\. hipcheck interview: stop running for now; pain now\/last run\/morning after: -\/-\/-;.*self-test -"?$/);
  }, 30_000);

  it('-o and --save that pass the checks but break during the questions: the outcome first, then each problem, exit 2', async () => {
    const dir = tempDir('hipcheck-tty-');
    const log = join(dir, 'log.csv');
    const folder = join(dir, 'for-physio');
    copyFileSync(join(ROOT, 'fixtures/logs/example.csv'), log);
    mkdirSync(folder);
    const { out, code } = start(dir, `--log ${log} --save -o ${join(folder, 'outcome.md')}`);
    await pause(1500);
    expect(screen()).toContain('(question 1) Does any of these apply to you now?'); // the checks passed
    rmSync(folder, { recursive: true });
    rmSync(log);
    mkdirSync(log); // the log is now a folder
    await press('y', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'y', 'Enter'); // fever
    await press('Enter');                                                        // stop here
    expect(await waitFor(code)).toBe('2');
    expect(readFileSync(out, 'utf8')).toMatch(/^RED FLAG: stop running and see a doctor today[\s\S]*This week: STOP RUNNING FOR NOW/);
    const messages = tmux('capture-pane', '-p', '-J', '-S', '-', '-t', SESSION);
    expect(messages).toContain(`${join(folder, 'outcome.md')}  error: cannot be written: the folder ${folder} does not exist`);
    expect(messages).toContain(`${log}  error: is a folder, not a regular file; nothing was written`);
    expect(messages).toContain('the outcome above stands; nothing was saved');
  }, 30_000);

  it('Ctrl+C while the save waits for another writer\'s lock: exit 130, "interrupted, nothing saved", no -o file, the log and the lock as they were', async () => {
    const dir = tempDir('hipcheck-tty-');
    const log = join(dir, 'log.csv');
    copyFileSync(join(ROOT, 'fixtures/logs/example.csv'), log);
    const before = readFileSync(log);
    const report = join(dir, 'for-my-physio.md');
    const { code } = start(dir, `--log ${log} --save -o ${report}`, ['120', '40'], false);
    await pause(1500);
    expect(screen()).toContain('(question 1)'); // the up-front checks passed
    const holder = `${process.pid} ${hostname()}\n`; // the test runner: alive, so the lock is held
    writeFileSync(`${log}.lock`, holder);
    await press('y', 'Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'y', 'Enter'); // fever
    await press('Enter');                                                        // stop here: the save waits
    await pause(400);
    await press('C-c');
    expect(await waitFor(code)).toBe('130');
    expect(tmux('capture-pane', '-p', '-J', '-S', '-', '-t', SESSION)).toContain('interrupted, nothing saved');
    expect(existsSync(report)).toBe(false);
    expect(readFileSync(log).equals(before)).toBe(true);
    expect(readFileSync(`${log}.lock`, 'utf8')).toBe(holder);
  }, 30_000);

  it('Ctrl+C mid-way says "interrupted, nothing saved", exits 130, prints no outcome, and leaves the --save log byte-identical', async () => {
    const dir = tempDir('hipcheck-tty-');
    const log = join(dir, 'log.csv');
    copyFileSync(join(ROOT, 'fixtures/logs/european.csv'), log);
    const before = readFileSync(log);
    const { out, code } = start(dir, `--log ${log} --save`);
    await pause(1500);
    await press('Enter', 'Space', 'Enter', 'C-c');
    expect(await waitFor(code)).toBe('130');
    expect(screen()).toContain('interrupted, nothing saved');
    expect(readFileSync(out, 'utf8')).toBe('');
    expect(readFileSync(log).equals(before)).toBe(true);
  }, 30_000);
});
