import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

describe('hipcheck interview (built binary)', () => {
  it('--answers: the red-flag banner comes first and last, says how soon, and exits 1 (red at --fail-on red)', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/building-walking.yaml'], { env: { COLUMNS: '200' } });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('RED FLAG: stop running and see a doctor within the next few days.');
    expect(lines.at(-2)).toBe('RED FLAG: stop running and see a doctor within the next few days.');
    expect(result.stdout).toContain('Who to see: see a doctor within the next few days.');
    expect(hipcheck(['interview', '--answers', 'fixtures/answers/building-walking.yaml', '--fail-on', 'never']).status).toBe(0);
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
    expect(result.stderr).toContain('fixtures/answers/broken.yaml:4:14  error: painLastRun: not a valid answer (got 14, expected a whole number from 0 to 10');
  });

  it('text is wrapped to the terminal width: no line longer, no word split', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml'], { env: { COLUMNS: '50' } });
    const lines = result.stdout.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(50);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('pattern consistent with gluteal tendinopathy / trochanteric bursitis');
  });

  it('markdown for a physiotherapist has the date and the answers', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--format', 'markdown'], { env: { HIPCHECK_TODAY: '2025-06-09' } });
    expect(result.stdout.split('\n')[0]).toBe('# hipcheck interview, 2025-06-09');
    expect(result.stdout).toContain('| Where does it hurt? (tick all) | Outside of the hip, over the bony point |');
    expect(result.stdout).toContain('| Pain during your last run, 0–10? | 4 |');
  });

  it('--log with a stale log: reported, and the outcome rests on the answers alone', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--log', 'fixtures/logs/example.csv', '--format', 'json'], { env: { HIPCHECK_TODAY: '2026-11-23' } });
    expect(result.stderr).toMatch(/example\.csv: stale: the last entry is 2025-03-30, \d+ days ago/);
    expect(JSON.parse(result.stdout).verdict.decidedBy).toBe('answers alone');
  });

  it.each([
    ['a header only', '', 'no entries to analyse'],
    ['only future-dated rows', '2026-01-05,5,,road,easy,1,,,,,,\n', 'every entry is dated after today (2025-03-31)'],
  ])('--log with %s: the interview goes on, judged on the answers alone, and says why; --save still appends', (_name, rows, reason) => {
    const path = join(tempDir('hipcheck-interview-empty-'), 'log.csv');
    writeFileSync(path, `${readFileSync('fixtures/logs/example.csv', 'utf8').split('\n')[0]}\n${rows}`);
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/mild-settled.yaml', '--log', path, '--save'], { env: { COLUMNS: '1000' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('This week: KEEP RUNNING, BUILD UP GRADUALLY');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(`Your log ${path} has no entries to judge (${reason}), so it is not combined: this outcome is judged on your answers alone.`);
    expect(result.stderr).toContain(`${path}: not combined; the outcome will rest on your answers alone`);
    expect(result.stderr).not.toMatch(/ error: /);
    expect(readFileSync(path, 'utf8')).toMatch(/\n2025-03-31,0,,,rest,0,.*hipcheck interview: keep running, build up gradually;/);
  });

  it('--log reports skipped rows on stderr and in the outcome', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--log', 'fixtures/logs/broken.csv'], { env: { HIPCHECK_TODAY: '2025-02-14', COLUMNS: '200' } });
    expect(result.stderr).toContain('fixtures/logs/broken.csv: 8 row(s) skipped (see above); the rest of the log is used');
    expect(result.stdout).toContain('Your log fixtures/logs/broken.csv: 8 row(s) skipped as unreadable ("hipcheck validate" lists them).');
  });

  // Every path, alone, with a current log and with a stale one, in text and markdown: "why" says
  // why (the answers' reason, once, never in the advice) and no sentence is said twice.
  const PATHS = ['building-walking', 'fever', 'rest-pain', 'outer-hip', 'groin-clicking', 'mild-settled'];
  const LOGS = [{ name: 'no log', args: [], today: '2025-03-31' }, { name: 'log', args: ['--log', 'fixtures/logs/example.csv'], today: '2025-03-31' }, { name: 'stale log', args: ['--log', 'fixtures/logs/example.csv'], today: '2025-09-01' }];
  const verdictLines = (output: string, format: string): string[] => {
    const lines = output.split('\n');
    const first = lines.findIndex((line) => /^(## )?This week: /.test(line));
    const end = lines.findIndex((line, index) => index > first && /^(\*\*)?Self-test:/.test(line));
    expect(first, format).toBeGreaterThanOrEqual(0);
    return lines.slice(first, end).filter((line) => line.trim() !== '');
  };
  it.each(PATHS.flatMap((path) => LOGS.map((log) => [path, log.name] as const)))('%s, %s: the why line says why, the advice says what to do, no sentence twice', (path, logName) => {
    const log = LOGS.find((candidate) => candidate.name === logName)!;
    const run = (format: string) => hipcheck(['interview', '--answers', `fixtures/answers/${path}.yaml`, ...log.args, '--format', format], { env: { HIPCHECK_TODAY: log.today, COLUMNS: '1000' } }).stdout;
    const { outcome } = JSON.parse(run('json')) as { outcome: { because: string } };
    for (const format of ['text', 'markdown']) {
      const lines = verdictLines(run(format), format).map((line) => line.replace(/\\/g, ''));
      const why = lines.find((line) => /^\s*Why: /.test(line))!;
      expect(why, format).toMatch(/^\s*Why: your answers say (RED|AMBER|GREEN): /);
      expect(why.includes(outcome.because), `${format}: ${why}`).toBe(true);
      const advice = lines.filter((line) => /^\s*(•|-) /.test(line));
      expect(advice.length, format).toBeGreaterThan(0);
      for (const line of advice) expect(line.includes(outcome.because), `${format}: ${line}`).toBe(false);
      const clauses = lines.flatMap((line) => line.replace(/^\s*(## This week: |Why: |• |- |\*\*Who to see:\*\* |Who to see: )/, '').split(/(?<=[.;])\s+/))
        .map((clause) => clause.replace(/[.;]$/, '').toLowerCase()).filter((clause) => clause.length > 12);
      expect(clauses.filter((clause, index) => clauses.indexOf(clause) !== index), `${format}\n${lines.join('\n')}`).toEqual([]);
    }
  });

  it('-o to a file that exists is refused before the first question, and the file is left as it was; --force replaces it', () => {
    const path = join(tempDir('hipcheck-interview-o-'), 'for-my-physio.html');
    writeFileSync(path, 'keep me');
    const refused = hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--format', 'html', '-o', path]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('already exists; not overwritten (expected a new file name, or --force to replace it)');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
    const forced = hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--format', 'html', '-o', path, '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('This week: CUT BACK 30–50%');
    expect(forced.stderr).toBe(`wrote ${path}\n`);
    expect(readFileSync(path, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<h1>hipcheck interview, 2025-03-31<\/h1>/);
  });

  it('markdown with --log carries the log\'s report too, a heading level down', () => {
    const result = hipcheck(['interview', '--answers', 'fixtures/answers/outer-hip.yaml', '--log', 'fixtures/logs/example.csv', '--format', 'markdown']);
    const headings = result.stdout.split('\n').filter((line) => line.startsWith('#'));
    expect(headings[0]).toBe('# hipcheck interview, 2025-03-31');
    expect(headings).toContain('## hipcheck: example');
    expect(headings).toContain('### Pain calendar');
    expect(headings.filter((line) => line.startsWith('# '))).toHaveLength(1);
  });

  // One verdict: the log's section is evidence (findings, data, charts, weeks), never a second
  // status, next week's numbers, a second advice list or a second "who to see".
  it.each([
    ['red flag + current amber log', 'fever', '2025-03-31', 'STOP RUNNING FOR NOW'],
    ['keep running + stale log', 'mild-settled', '2025-06-30', 'KEEP RUNNING, BUILD UP GRADUALLY'],
  ])('%s: one status and one advice list in markdown and html', (_name, answers, today, headline) => {
    const run = (format: string) => hipcheck(['interview', '--answers', `fixtures/answers/${answers}.yaml`, '--log', 'fixtures/logs/example.csv', '--format', format, '--fail-on', 'never'], { env: { HIPCHECK_TODAY: today } }).stdout;
    for (const format of ['markdown', 'html']) {
      const out = run(format);
      expect(out.match(/This week: ([A-Z –%0-9,]+)/g), format).toEqual([`This week: ${headline}`]);
      expect(out, format).not.toMatch(/Status: (RED|AMBER|GREEN)|Next week|Next 7 days|up to 0\.0 km|24\.2 km|Cut back/);
      expect(out.match(/Who to see/g) ?? [], format).toHaveLength(headline.startsWith('KEEP') ? 0 : 1);
      expect(out, format).toContain('What the log shows');
      expect(out, format).toMatch(/Pain calendar/);
    }
  });

  it('a red flag saved in the log gives the RED FLAG banner first and last, in every format; why names the sign, not the log\'s advice', () => {
    const path = join(tempDir('hipcheck-interview-logflag-'), 'log.csv');
    writeFileSync(path, `${readFileSync('fixtures/logs/example.csv', 'utf8')}2025-03-31 08:00,0,,,rest,0,,,,,,"RED FLAG: fever. hipcheck interview: stop running"\n`);
    const run = (format: string) => hipcheck(['interview', '--answers', 'fixtures/answers/mild-settled.yaml', '--log', path, '--format', format], { env: { COLUMNS: '1000' } });
    const text = run('text');
    expect(text.status).toBe(1);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('RED FLAG: stop running and see a doctor today (same day, or urgent care).');
    expect(lines.at(-2)).toBe(lines[0]);
    expect(lines.at(-1)).toBe('  • in your log: fever or chills (2025-03-31)');
    const why = lines.find((line) => line.trim().startsWith('Why:'))!;
    expect(why).toContain('your log says RED: a red flag in your log (fever or chills, 2025-03-31); so RED');
    expect(why).not.toMatch(/see a doctor|urgent care/);
    expect(run('markdown').stdout).toMatch(/^# hipcheck interview, 2025-03-31\n\n\*\*RED FLAG: stop running and see a doctor today/);
    expect(run('html').stdout).toContain('<section class="status red flag-banner" role="alert"><h2>RED FLAG: stop running and see a doctor today (same day, or urgent care).</h2><ul><li>in your log: fever or chills (2025-03-31)</li></ul>');
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
