import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hipcheck, ROOT } from '../helpers/cli.js';

describe('hipcheck interview (built binary)', () => {
  it('--answers: the red-flag banner comes first', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/building-walking.yaml']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('RED FLAG: see a doctor promptly, and stop running.');
    expect(result.stdout).toContain('This week: STOP RUNNING FOR NOW');
    expect(result.stdout).toContain('pattern consistent with a bone stress injury');
    // The rule book's own words for pain that builds during runs.
    expect(result.stdout).toContain('• Keep logging pain at the start and end of runs and after them; show the pattern to a physiotherapist.');
    expect(result.stdout).not.toMatch(/you have/i);
  });

  it('--format json gives the outcome as data', () => {
    const json = JSON.parse(hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--format', 'json']).stdout);
    expect(json.outcome).toMatchObject({ load: 'cut', selfTestScore: 3, seeProfessional: 'physio' });
    expect(json.outcome.conditions[0].id).toBe('gluteal-tendinopathy');
  });

  it('invalid answers are exit 2 naming the question', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/broken.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('fixtures/answers/broken.yaml  error: painLastRun: not a valid answer (got 14, expected a number from 0 to 10');
  });

  it('without a terminal and without --answers: exit 2 saying how to run it', () => {
    const result = hipcheck(['interview']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('needs a terminal to ask its questions (expected run it in a terminal, or give the answers with --answers FILE.yaml)');
  });

  it('inquirer is bundled apart and never imported statically by the entry', () => {
    const chunks = readdirSync(join(ROOT, 'dist/chunks')).filter((name) => name.endsWith('.js'));
    const inquirerChunks = chunks.filter((name) => readFileSync(join(ROOT, 'dist/chunks', name), 'utf8').includes('ExitPromptError'));
    expect(inquirerChunks.length).toBeGreaterThan(0);
    const entry = readFileSync(join(ROOT, 'dist/hipcheck.js'), 'utf8');
    const staticImports = [...entry.matchAll(/^import .* from "(.+)";$/gm)].map((match) => match[1]);
    for (const chunk of inquirerChunks) expect(staticImports).not.toContain(`./chunks/${chunk}`);
  });
});
