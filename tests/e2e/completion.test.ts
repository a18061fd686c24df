// Shell completion: the scripts load, and bash completes commands, options and --format values
// (from the same registry as the commands themselves).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatChoices, hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

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

  it('bash: the completed --format values of analyze are the ones the README documents', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const analyzeSection = readme.slice(readme.indexOf('### `hipcheck analyze'), readme.indexOf('### `hipcheck batch'));
    const row = analyzeSection.split('\n').find((line) => line.startsWith('| `--format '))!;
    for (const format of bashComplete(['hipcheck', 'analyze', '--format', ''])) expect(row.split(/(?<!\\)\|/)[1]).toContain(format);
  });

  it('zsh: saved as _hipcheck on $fpath, compinit picks it up (#compdef) and it completes', () => {
    const folder = tempDir('hipcheck-zsh-');
    writeFileSync(join(folder, '_hipcheck'), hipcheck(['completion', 'zsh']).stdout);
    expect(readFileSync(join(folder, '_hipcheck'), 'utf8').split('\n')[0]).toBe('#compdef hipcheck');
    // compadd and _files only work inside a completion widget: stand-ins print what they are given.
    const script = [
      `fpath=(${folder} $fpath)`,
      'autoload -U compinit && compinit -u -D',
      'print -r -- "registered: ${_comps[hipcheck]}"',
      'compadd() { local -a a; a=("$@"); print -rl -- "${(@)a[$(( ${a[(i)--]} + 1 )),-1]}"; }',
      '_files() { print -r -- "<files>"; }',
      "words=(hipcheck analyze --format ''); CURRENT=4; _hipcheck",
      "words=(hipcheck completion ''); CURRENT=3; _hipcheck",
    ].join('\n');
    const result = spawnSync('zsh', ['-f', '-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: folder } });
    if (result.error) return; // zsh not installed here
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('registered: _hipcheck');
    expect(lines.slice(1)).toEqual([...formatChoices('analyze'), 'bash', 'zsh', 'fish']);
  });

  it('fish: each --format value described as a format, apostrophes kept', () => {
    const file = join(tempDir('hipcheck-fish-'), 'hipcheck.fish');
    writeFileSync(file, hipcheck(['completion', 'fish']).stdout);
    const complete = (line: string) => spawnSync('fish', ['-c', `source ${file}; complete -C'${line}'`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dirname(file) } });
    const formats = complete('hipcheck plan --format ');
    if (formats.error) return; // fish not installed here
    expect(formats.stderr).toBe('');
    expect(formats.stdout.trim().split('\n').sort()).toEqual(['ics\toutput format', 'json\toutput format', 'markdown\toutput format', 'text\toutput format']);
    expect(complete('hipcheck ad').stdout).toBe('add\tappend today\'s run, this morning\'s pain, a red flag or a clearance to your log\n');
    expect(complete('hipcheck completion ').stdout.trim().split('\n').sort()).toEqual(['bash\tshell', 'fish\tshell', 'zsh\tshell']);
  });

  for (const shell of ['zsh', 'fish']) {
    it(`${shell}: the script is valid ${shell} (when ${shell} is installed)`, () => {
      const script = hipcheck(['completion', shell]);
      expect(script.status).toBe(0);
      const file = join(tempDir('hipcheck-completion-'), `hipcheck.${shell}`);
      writeFileSync(file, script.stdout);
      const check = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
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
