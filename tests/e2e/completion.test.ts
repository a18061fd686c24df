// Shell completion: the scripts load, and bash completes commands, options and --format values
// (from the same registry as the commands themselves).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatChoices, hipcheck, ROOT } from '../helpers/cli.js';

function bashComplete(words: string[]): string[] {
  const script = hipcheck(['completion', 'bash']).stdout;
  const result = spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _hipcheck; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim().split('\n').filter(Boolean);
}

describe('hipcheck completion', () => {
  it('bash: loads with source <(...) and completes commands, options and format values', () => {
    const loaded = spawnSync('bash', ['-c', 'source <(node bin/hipcheck.js completion bash) && complete -p hipcheck'], { cwd: ROOT, encoding: 'utf8' });
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toContain('-F _hipcheck hipcheck');
    expect(bashComplete(['hipcheck', 'ba'])).toEqual(['batch']);
    expect(bashComplete(['hipcheck', 'batch', '--min'])).toEqual(['--min-status']);
    const formats = formatChoices('analyze');
    expect(formats).toContain('messages');
    expect(bashComplete(['hipcheck', 'analyze', '--format', ''])).toEqual(formats);
    expect(bashComplete(['hipcheck', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  for (const shell of ['zsh', 'fish']) {
    it(`${shell}: the script is valid ${shell} (when ${shell} is installed)`, () => {
      const script = hipcheck(['completion', shell]);
      expect(script.status).toBe(0);
      const file = join(mkdtempSync(join(tmpdir(), 'hipcheck-completion-')), `hipcheck.${shell}`);
      writeFileSync(file, script.stdout);
      const check = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
      rmSync(dirname(file), { recursive: true, force: true });
      if (check.error) return; // not installed here
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    });
  }

  it('an unknown shell is a usage error naming the choices', () => {
    const result = hipcheck(['completion', 'powershell']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/bash, zsh, fish/);
  });
});
