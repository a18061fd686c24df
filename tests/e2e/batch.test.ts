import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const TEAM = 'fixtures/batch/team';
const ROSTER = 'fixtures/batch/roster.yaml';
// The day of the newest log in the team folder: staleness is measured against today.
const TODAY = '2025-03-30';

function hipcheckOn(args: string[], options: Parameters<typeof hipcheck>[1] = {}) {
  return hipcheck(args, { ...options, env: { HIPCHECK_TODAY: TODAY, ...options.env } });
}

describe('hipcheck batch (built binary)', () => {
  it('a mixed-format folder with a broken log: every other athlete reported, worst first, exit 2', () => {
    const result = hipcheckOn(['batch', TEAM]);
    expect(result.status).toBe(2);
    const lines = result.stdout.split('\n');
    // The counts first, then the unreadable log right under them, so it is not missed.
    expect(lines[0]).toBe('6 athletes: 1 red, 2 amber, 2 green, 1 unreadable.');
    expect(lines[1]).toBe('Unreadable logs (not checked):');
    expect(lines[2]).toMatch(/^ {2}eve: fixtures\/batch\/team\/eve.tsv:1 error: no date column/);
    const header = lines.findIndex((line) => /^athlete +status +as of/.test(line));
    const athleteLines = lines.slice(header + 1, lines.indexOf('', header)).filter((line) => !line.startsWith(' '));
    expect(athleteLines.map((line) => line.split(/ {2,}/).slice(0, 2).join(' '))).toEqual([
      'ana RED', 'cleo AMBER', 'dan AMBER', '=HYPERLINK(evil) GREEN', 'Ben Okafor GREEN',
    ]);
    // Silence never clears a status: the stale log is amber, never green.
    expect(result.stdout).toMatch(/dan +AMBER +2025-01-11 STALE 78d/);
    expect(result.stderr).toContain('fixtures/batch/team/eve.tsv:1  error: no date column');
  });

  it('an unreadable log\'s error is shown once on a terminal (under the counts), and repeated on stderr only when the output goes elsewhere', () => {
    // `script` gives the command a terminal for stdout and stderr alike, as a coach's shell does.
    const onTerminal = spawnSync('script', ['-qec', `node bin/hipcheck.js batch ${TEAM}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HIPCHECK_TODAY: TODAY, NO_COLOR: '1' } });
    expect(onTerminal.status).toBe(2);
    expect(onTerminal.stdout).toContain('Unreadable logs (not checked):');
    expect(onTerminal.stdout.match(/no date column/g)).toHaveLength(1);
    const piped = hipcheckOn(['batch', TEAM]);
    expect(piped.stdout.match(/no date column/g)).toHaveLength(1);
    expect(piped.stderr.match(/no date column/g)).toHaveLength(1);
  });

  it('roster: names, per-athlete baseline and rule overrides; exit 1 for a red athlete', () => {
    const result = hipcheckOn(['batch', '--roster', ROSTER, '--format', 'json']);
    expect(result.status).toBe(1);
    const athletes = JSON.parse(result.stdout).athletes;
    expect(athletes.map((a: { athlete: { name: string } }) => a.athlete.name)).toEqual(['Ana Silva', 'Cleo Martin', 'Ben Okafor']);
    const cleo = athletes[1];
    // pain-24h is off for Cleo in the roster, and her baseline is 1.
    expect(cleo.findings.some((finding: { rule: string }) => finding.rule === 'pain-24h')).toBe(false);
    expect(cleo.statusReasons[0]).toMatch(/^pain-during/);
    const alone = JSON.parse(hipcheckOn(['analyze', 'fixtures/batch/team/cleo.csv', '--format', 'json']).stdout);
    expect(alone.findings.some((finding: { rule: string }) => finding.rule === 'pain-24h')).toBe(true);
  });

  it('json: analyze reports plus stale info, error entries with their message', () => {
    const athletes = JSON.parse(hipcheckOn(['batch', TEAM, '--format', 'json']).stdout).athletes;
    expect(athletes).toHaveLength(6);
    expect(athletes[0]).toMatchObject({ schemaVersion: 1, status: 'red', athlete: { name: 'ana' }, batch: { daysBehind: 2, stale: false, logKey: 'ana.csv' } });
    expect(athletes[2]).toMatchObject({ athlete: { name: 'dan' }, status: 'amber', batch: { daysBehind: 78, stale: true, logKey: 'juniors/dan.csv' } });
    // An unreadable log has the same athlete object as the others, so jq '.athletes[].athlete.name' works.
    expect(athletes[5]).toMatchObject({ athlete: { name: 'eve', source: 'fixtures/batch/team/eve.tsv' }, status: 'error', error: expect.stringContaining('no date column') });
    expect(JSON.parse(hipcheckOn(['batch', TEAM, '--format', 'json']).stdout).schemaVersion).toBe(2);
  });

  it('csv: one row per athlete, formula cells neutralised, numbers left as numbers', () => {
    const lines = hipcheckOn(['batch', TEAM, '--format', 'csv']).stdout.trim().split('\n');
    expect(lines[0]).toBe('athlete,group,source,status,change,previous_status,as_of,last_entry,days_behind,stale,last_7_days_km,last_7_days,units,change_pct,acute_chronic_ratio,max_pain_14_days,rest_days_last_7,skipped_rows,findings_14_days,top_finding,see,error');
    expect(lines).toHaveLength(7);
    expect(lines[4]).toMatch(/^'=HYPERLINK\(evil\),,'?fixtures/);
    expect(lines[2]).toMatch(/^cleo,,fixtures\/batch\/team\/cleo.csv,amber,,,2025-03-30,2025-03-30,0,false,48\.4,48\.4,km,-0\.2,1\.03,5,3,0,/);
  });

  it('markdown and ndjson shapes', () => {
    const markdown = hipcheckOn(['batch', TEAM, '--format', 'markdown']).stdout;
    expect(markdown).toMatch(/^# hipcheck: squad\n\n6 athletes: 1 red, 2 amber, 2 green, 1 unreadable\.\n\n\| athlete \| status \|/);
    const ndjson = hipcheckOn(['batch', TEAM, '--format', 'ndjson']).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(ndjson).toHaveLength(6);
    // Streamed in file order as each finishes, not sorted.
    expect(ndjson.map((item) => item.athlete.name)).toEqual(['=HYPERLINK(evil)', 'ana', 'cleo', 'eve', 'Ben Okafor', 'dan']);
  });

  it('identical output with --jobs 1 and --jobs 2', () => {
    for (const format of ['json', 'csv', 'ndjson', 'text']) {
      const one = hipcheckOn(['batch', TEAM, '--format', format, '--jobs', '1']);
      const two = hipcheckOn(['batch', TEAM, '--format', format, '--jobs', '2']);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    }
  });

  it('--only and --fail-on', () => {
    const red = hipcheckOn(['batch', '--roster', ROSTER, '--only', 'red', '--format', 'csv']).stdout.trim().split('\n');
    expect(red.slice(1).map((line) => line.split(',')[0])).toEqual(['Ana Silva']);
    expect(hipcheckOn(['batch', '--roster', ROSTER, '--fail-on', 'never']).status).toBe(0);
    expect(hipcheckOn(['batch', 'fixtures/batch/team/juniors/ben.yaml', '--fail-on', 'amber']).status).toBe(0);
    expect(hipcheckOn(['batch', 'fixtures/batch/team/cleo.csv', '--fail-on', 'amber']).status).toBe(1);
  });

  it('--details adds each athlete\'s full report', () => {
    const out = hipcheckOn(['batch', '--roster', ROSTER, '--details']).stdout;
    expect(out).toContain('hipcheck · Ana Silva');
    expect(out).toContain('hipcheck · Cleo Martin');
    expect(out).toContain('Next 7 days');
  });

  it('no progress line in a pipe; usage errors exit 2', () => {
    expect(hipcheckOn(['batch', TEAM]).stderr).not.toContain('[1/');
    expect(hipcheckOn(['batch']).status).toBe(2);
    expect(hipcheckOn(['batch', TEAM, '--jobs', '0']).status).toBe(2);
  });
});

describe('hipcheck batch -o FILE', () => {
  it('writes every format to the file, byte for byte what stdout gets, and says so on stderr', () => {
    const dir = tempDir('hipcheck-batch-out-');
    for (const format of ['text', 'json', 'csv', 'markdown', 'ndjson']) {
      const file = join(dir, `squad.${format}`);
      const toFile = hipcheckOn(['batch', TEAM, '--format', format, '-o', file]);
      expect(toFile.stdout).toBe('');
      expect(toFile.stderr).toContain(`wrote ${file}`);
      expect(toFile.status).toBe(2);
      expect(readFileSync(file, 'utf8')).toBe(hipcheckOn(['batch', TEAM, '--format', format]).stdout);
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces an existing file without --force, and then keeps none of the old bytes', () => {
    const dir = tempDir('hipcheck-batch-out-');
    const file = join(dir, 'monday.csv');
    writeFileSync(file, 'last week\n');
    const refused = hipcheckOn(['batch', TEAM, '--format', 'csv', '-o', file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('already exists; not overwritten');
    expect(readFileSync(file, 'utf8')).toBe('last week\n');
    expect(hipcheckOn(['batch', TEAM, '--format', 'csv', '-o', file, '--force']).status).toBe(2);
    expect(readFileSync(file, 'utf8')).toMatch(/^athlete,group,source,status,/);
  });

  it('Ctrl+C half-way: exit 130 and no temporary file left beside the output', async () => {
    const dir = tempDir('hipcheck-batch-out-');
    // Enough athletes that the batch is still running when it is interrupted.
    const log = readFileSync(join(ROOT, 'fixtures/logs/example.csv'));
    for (let athlete = 0; athlete < 3000; athlete++) writeFileSync(join(dir, `athlete-${athlete}.csv`), log);
    const child = spawn(process.execPath, ['bin/hipcheck.js', 'batch', dir, '--format', 'csv', '-o', join(dir, 'squad.out')], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const temporary = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    for (let waited = 0; temporary().length === 0 && waited < 200; waited++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(temporary()).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(temporary()).toEqual([]);
    expect(existsSync(join(dir, 'squad.out'))).toBe(false);
  });

  it('leaves no file behind when it cannot write there', () => {
    const missing = join(tempDir('hipcheck-batch-out-'), 'no-such-folder', 'squad.json');
    const result = hipcheckOn(['batch', TEAM, '--format', 'json', '-o', missing]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot be written: the folder .*no-such-folder does not exist/);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('hipcheck batch input options', () => {
  it('--units is checked, and --strict makes a log with bad rows an error row', () => {
    expect(hipcheckOn(['batch', TEAM, '--units', 'yards']).status).toBe(2);
    const lenient = hipcheckOn(['batch', 'fixtures/logs/broken.csv', '--format', 'csv']);
    // "pain above 10" (11) is read as 10, intense pain; the unreadable 2025-02-15 row is the last day the log speaks of.
    expect(lenient.stdout).toMatch(/\nbroken,,fixtures\/logs\/broken.csv,red,,,2025-02-15,/);
    const strict = hipcheckOn(['batch', 'fixtures/logs/broken.csv', '--strict', '--format', 'csv']);
    expect(strict.status).toBe(2);
    expect(strict.stdout).toMatch(/\nbroken,,fixtures\/logs\/broken.csv,error,/);
    expect(strict.stderr).toContain('fixtures/logs/broken.csv:3:2  error: distance: not a distance');
  });
});
