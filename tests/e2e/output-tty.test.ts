// On a terminal, text goes out in colour; with -o the same text goes to a file without colour codes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { pause, tmuxSession } from '../helpers/tmux.js';
import { tempDir } from '../helpers/tempDir.js';

const { session: SESSION, tmux } = tmuxSession('output');

describe('-o from a terminal', () => {
  it('analyze and batch write text files with no colour codes', async () => {
    const dir = tempDir('hipcheck-tty-out-');
    const done = join(dir, 'done');
    const commands = [
      'unset FORCE_COLOR NO_COLOR',
      `script -qc 'node bin/hipcheck.js analyze fixtures/logs/example.csv' /dev/null > ${dir}/analyze-pty.txt`,
      `node bin/hipcheck.js analyze fixtures/logs/example.csv -o ${dir}/analyze.txt`,
      `node bin/hipcheck.js batch fixtures/batch/team -o ${dir}/batch.txt`,
      `touch ${done}`,
    ];
    tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-c', ROOT, `${commands.join('; ')}; sleep 20`);
    for (let i = 0; i < 80 && !existsSync(done); i++) await pause(250);
    // Control: the same report on a terminal does carry colour codes.
    expect(readFileSync(join(dir, 'analyze-pty.txt'), 'utf8')).toContain('\x1b[');
    expect(readFileSync(join(dir, 'analyze.txt'), 'utf8')).toContain('Status:');
    expect(readFileSync(join(dir, 'analyze.txt'), 'utf8')).not.toContain('\x1b[');
    expect(readFileSync(join(dir, 'batch.txt'), 'utf8')).toContain('athlete');
    expect(readFileSync(join(dir, 'batch.txt'), 'utf8')).not.toContain('\x1b[');
  }, 30_000);
});
