// `hipcheck add` in a real pseudo-terminal (tmux): with values missing it asks for them, checks
// each answer with the reader's own field readers, and writes only once every answer is in.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { pause, tmuxSession, waitForFile as waitFor } from '../helpers/tmux.js';
import { tempDir } from '../helpers/tempDir.js';

const { session: SESSION, tmux, press } = tmuxSession('add', 300);
const LOG = 'date,distance_km,duration,terrain,type,pain,pain_after,pain_next_day,red_flag,cleared,notes\n2025-06-08,6,36:00,road,easy,1,1,0,,,\n';

function start(dir: string, args: string): { log: string; out: string; code: string } {
  const log = join(dir, 'log.csv');
  writeFileSync(log, LOG);
  const out = join(dir, 'out.txt');
  const code = join(dir, 'code.txt');
  tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-c', ROOT, `NO_COLOR=1 HIPCHECK_TODAY=2025-06-10 node bin/hipcheck.js add ${log} ${args} > ${out}; echo $? > ${code}; sleep 20`);
  return { log, out, code };
}

const screen = () => tmux('capture-pane', '-p', '-t', SESSION);

describe('hipcheck add in a terminal', () => {
  it('asks what to log, then each value; an impossible pain score is asked again', async () => {
    const { log, out, code } = start(tempDir('hipcheck-add-tty-'), '');
    await pause(1500);
    expect(screen()).toContain('What do you want to log for 2025-06-10?');
    await press('Enter');                                  // a run
    expect(screen()).toContain('Distance (km, or with a unit: 8.2 km, 5 mi)');
    await press('f', 'a', 'r', 'Enter');
    expect(screen()).toContain('expected a number ≥ 0 (km), optionally with a unit');
    await press('BSpace', 'BSpace', 'BSpace', '8', '.', '2', 'Enter');
    await press('4', '5', ':', '0', '0', 'Enter');         // time
    await press('1', '1', 'Enter');                        // pain 11: refused
    expect(screen()).toContain('expected a pain score from 0 to 10');
    await press('BSpace', 'BSpace', '3', 'Enter');
    // The terrain list starts with "not recorded", in sight on any terminal.
    expect(screen()).toMatch(/❯ not recorded/);
    await press('Down', 'Down', 'Enter');                  // terrain: trail
    await press('w', 'i', 'n', 'd', 'y', 'Enter');         // notes
    expect(await waitFor(code)).toBe('0');
    expect(readFileSync(log, 'utf8')).toBe(`${LOG}2025-06-10,8.2,45:00,trail,,3,,,,,windy\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^Status as of 2025-06-10: /);
  }, 60_000);

  it('terrain "not recorded" (the first choice) leaves the terrain empty', async () => {
    const { log, code } = start(tempDir('hipcheck-add-tty-'), '');
    await pause(1500);
    await press('Enter');                                  // a run
    await press('5', 'Enter', 'Enter', '2', 'Enter');      // 5 km, not timed, pain 2
    expect(screen()).toContain('Terrain');
    await press('Enter', 'Enter');                         // terrain: not recorded; no notes
    expect(await waitFor(code)).toBe('0');
    expect(readFileSync(log, 'utf8')).toBe(`${LOG}2025-06-10,5,,,,2,,,,,\n`);
  }, 60_000);

  it('asks only for what a run given by flags lacks: its pain', async () => {
    const { log, code } = start(tempDir('hipcheck-add-tty-'), '--distance 5 --terrain road');
    await pause(1500);
    expect(screen()).toContain('Hip pain during the run, 0–10 (empty if not recorded)');
    await press('2', 'Enter');
    expect(await waitFor(code)).toBe('0');
    expect(readFileSync(log, 'utf8')).toBe(`${LOG}2025-06-10,5,,road,,2,,,,,\n`);
  }, 30_000);

  it('Ctrl+C at a question exits 130 and writes nothing', async () => {
    const { log, code } = start(tempDir('hipcheck-add-tty-'), '');
    await pause(1500);
    await press('Enter', 'C-c');
    expect(await waitFor(code)).toBe('130');
    expect(readFileSync(log, 'utf8')).toBe(LOG);
  }, 30_000);
});
