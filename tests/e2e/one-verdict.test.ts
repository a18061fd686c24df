// One pipeline: analyze, batch and interview --log judge the same log with the same settings
// the same way, and the settings' precedence is one documented order.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, formatChoices, hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const TODAY = { HIPCHECK_TODAY: '2025-03-31' };

function folderWith(files: Record<string, string>): string {
  const folder = tempDir('hipcheck-verdict-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

interface Verdict { status: string; findings: unknown[]; advice: unknown }

/** `analyze`'s advice lines as the interview gives them when the log decides: who to see and the disclaimer are said once elsewhere. */
const logAdvice = (advice: unknown) => {
  const { actions, see } = advice as { actions: string[]; see?: { text: string } };
  return actions.filter((line) => line !== see?.text && !line.startsWith('This is guidance'));
};
const verdictOf = (report: Verdict) => ({ status: report.status, findings: report.findings, advice: report.advice });

function threeVerdicts(folder: string, logArgs: string[] = []) {
  const run = (args: string[]) => {
    const result = hipcheck(args, { cwd: folder, env: TODAY });
    expect(result.stderr).not.toMatch(/internal error/);
    return JSON.parse(result.stdout);
  };
  const analyzed = run(['analyze', 'log.csv', '--format', 'json', ...logArgs]);
  const batched = run(['batch', '--roster', 'roster.yaml', '--format', 'json', ...logArgs]).athletes[0];
  const interview = run(['interview', '--answers', fixture('answers/outer-hip.yaml'), '--log', 'log.csv', '--format', 'json', ...logArgs]);
  // The interview's log block is evidence (status and findings); its one advice list is the
  // verdict's, which is the log's own when the log decides.
  const { advice, ...judged } = verdictOf(analyzed);
  const interviewed = { ...verdictOf(interview.log), advice: interview.verdict.decidedBy === 'log' ? interview.verdict.advice : advice };
  return { analyzed: { ...judged, advice: interview.verdict.decidedBy === 'log' ? logAdvice(advice) : advice }, batched: verdictOf(batched), interviewed, decidedBy: interview.verdict.decidedBy as string };
}

describe('one verdict for one log', () => {
  it('a config file found upward changes the verdict in analyze, batch and interview --log alike', () => {
    const folder = folderWith({
      'hipcheck.config.yaml': 'rules:\n  pain-24h: off\n',
      'roster.yaml': 'athletes:\n  - log: log.csv\n',
    });
    copyFileSync(fixture('batch/team/cleo.csv'), join(folder, 'log.csv'));
    const { analyzed, batched, interviewed } = threeVerdicts(folder);
    expect(batched).toEqual(analyzed);
    expect(interviewed).toEqual(analyzed);
    expect(analyzed.findings.some((finding) => (finding as { rule: string }).rule === 'pain-24h')).toBe(false);
    // Without the config the same log is judged with pain-24h on: the config really was read.
    const plain = JSON.parse(hipcheck(['analyze', fixture('batch/team/cleo.csv'), '--format', 'json'], { env: TODAY }).stdout);
    expect(plain.findings.some((finding: { rule: string }) => finding.rule === 'pain-24h')).toBe(true);
  });

  it('the log options (--date-format) work in interview --log as in analyze and batch', () => {
    const folder = folderWith({
      'log.csv': 'date,distance,pain,pain_next_day\n10/03/2025,8,2,0\n12/03/2025,10,6,3\n15/03/2025,12,3,1\n',
      'roster.yaml': 'athletes:\n  - log: log.csv\n',
    });
    const { analyzed, batched, interviewed } = threeVerdicts(folder, ['--date-format', 'dd/MM/yyyy']);
    expect(analyzed.status).toBe('red');
    expect(batched).toEqual(analyzed);
    expect(interviewed).toEqual(analyzed);
  });
});

describe('validate and analyze give the same total distance', () => {
  // 1.2496 km rounds to 1.250 (the metre analyze keeps) and shows as 1.3; rounded straight to 0.1 it was 1.2.
  it.each([['km', 'distance_km', '1.2496'], ['mi', 'distance_mi', '1.2496']])('in %s', (units, column, value) => {
    const dir = tempDir('hipcheck-total-');
    const log = join(dir, 'log.csv');
    writeFileSync(log, `date,${column},pain\n2025-03-30,${value},1\n`);
    const shown = /(\d+\.\d) (km|mi)/;
    const analyzed = shown.exec(hipcheck(['analyze', log]).stdout.split('\n')[1]!)![0];
    const validated = shown.exec(hipcheck(['validate', log]).stdout)![0];
    expect(validated).toBe(analyzed);
    expect(analyzed).toBe(units === 'km' ? '1.3 km' : '1.2 mi');
  });
});

describe('precedence: command line > roster > the log\'s athlete block > config > defaults', () => {
  const log = 'athlete:\n  name: sam\n  baseline_pain: 0\nruns:\n  - { date: 2025-03-24, distance: 8, pain: 2, pain_next_day: 2 }\n  - { date: 2025-03-26, distance: 8, pain: 2, pain_next_day: 2 }\n';
  const baselineIn = (report: { findings: { rule: string; message: string }[] }) => report.findings.filter((finding) => finding.rule === 'pain-24h').length;

  it('a roster baseline beats the log\'s own, and the roster name beats the log\'s', () => {
    const folder = folderWith({ 'log.yaml': log, 'roster.yaml': 'athletes:\n  - name: Sam Rivera\n    log: log.yaml\n    baseline_pain: 2\n' });
    const batched = JSON.parse(hipcheck(['batch', '--roster', 'roster.yaml', '--format', 'json'], { cwd: folder, env: TODAY }).stdout).athletes[0];
    expect(batched.athlete.name).toBe('Sam Rivera');
    // Mornings at 2/10 are at a baseline of 2: not unsettled.
    expect(baselineIn(batched)).toBe(0);
    const analyzed = JSON.parse(hipcheck(['analyze', 'log.yaml', '--format', 'json'], { cwd: folder, env: TODAY }).stdout);
    expect(analyzed.athlete.name).toBe('sam');
    expect(baselineIn(analyzed)).toBe(2);
  });

  it('the log\'s baseline beats the config\'s; --baseline-pain beats the roster\'s', () => {
    const folder = folderWith({ 'log.yaml': log, 'hipcheck.config.yaml': 'athlete:\n  baseline_pain: 2\n', 'roster.yaml': 'athletes:\n  - log: log.yaml\n    baseline_pain: 2\n' });
    const analyzed = JSON.parse(hipcheck(['analyze', 'log.yaml', '--format', 'json'], { cwd: folder, env: TODAY }).stdout);
    expect(baselineIn(analyzed)).toBe(2);
    const batched = JSON.parse(hipcheck(['batch', '--roster', 'roster.yaml', '--format', 'json', '--baseline-pain', '0'], { cwd: folder, env: TODAY }).stdout).athletes[0];
    expect(baselineIn(batched)).toBe(2);
  });

  it('units: --units beats the roster and the config for a log that does not say; a unit in the header is never overridden', () => {
    const folder = folderWith({
      'plain.csv': 'date,distance\n2025-03-24,10\n',
      'header.csv': 'date,distance_km\n2025-03-24,10\n',
      'hipcheck.config.yaml': 'athlete:\n  units: mi\n',
      'roster.yaml': 'athletes:\n  - log: plain.csv\n    units: km\n',
    });
    const distanceOf = (args: string[]) => JSON.parse(hipcheck(args, { cwd: folder, env: TODAY }).stdout);
    expect(distanceOf(['analyze', 'plain.csv', '--format', 'json']).summary.distanceKm).toBeCloseTo(16.093, 3);
    expect(distanceOf(['analyze', 'plain.csv', '--format', 'json', '--units', 'km']).summary.distanceKm).toBe(10);
    expect(distanceOf(['batch', '--roster', 'roster.yaml', '--format', 'json']).athletes[0].summary.distanceKm).toBe(10);
    expect(distanceOf(['batch', '--roster', 'roster.yaml', '--format', 'json', '--units', 'mi']).athletes[0].summary.distanceKm).toBeCloseTo(16.093, 3);
    expect(distanceOf(['analyze', 'header.csv', '--format', 'json', '--units', 'mi']).summary.distanceKm).toBe(10);
  });
});

describe('batch: skipped rows are never silent', () => {
  const BROKEN = 'fixtures/logs/broken.csv';
  const skipped = JSON.parse(hipcheck(['analyze', BROKEN, '--format', 'json']).stdout).summary.skippedRows as number;

  it('the log really has skipped rows', () => expect(skipped).toBeGreaterThan(0));

  it('stderr names the log and the count, in every format', () => {
    for (const format of ['text', 'csv', 'markdown', 'json', 'ndjson', 'html']) {
      const result = hipcheck(['batch', BROKEN, '--format', format, '--jobs', '1']);
      expect(result.stderr).toContain(`${BROKEN}  warning: ${skipped} rows skipped`);
    }
  });

  it('each format carries the count', () => {
    const text = hipcheck(['batch', BROKEN]).stdout.split('\n');
    const header = text.findIndex((line) => line.startsWith('athlete '));
    expect(text[header]).toMatch(/skipped$/);
    expect(text[header + 1]).toMatch(new RegExp(`\\b${skipped}$`));
    const csv = hipcheck(['batch', BROKEN, '--format', 'csv']).stdout.trim().split('\n').map((line) => line.split(','));
    expect(csv[1]![csv[0]!.indexOf('skipped_rows')]).toBe(String(skipped));
    const markdown = hipcheck(['batch', BROKEN, '--format', 'markdown']).stdout;
    expect(markdown).toMatch(new RegExp(`\\| ${skipped} \\|`));
    expect(JSON.parse(hipcheck(['batch', BROKEN, '--format', 'json']).stdout).athletes[0].summary.skippedRows).toBe(skipped);
    expect(JSON.parse(hipcheck(['batch', BROKEN, '--format', 'ndjson']).stdout).summary.skippedRows).toBe(skipped);
    expect(hipcheck(['batch', BROKEN, '--format', 'html']).stdout).toMatch(new RegExp(`<td>${skipped}</td>`));
  });
});

describe('analyze shares the reporter registry with batch', () => {
  it('analyze --format csv is the batch row of that athlete; ndjson is its batch line', () => {
    const log = 'fixtures/batch/team/cleo.csv';
    expect(hipcheck(['analyze', log, '--format', 'csv'], { env: TODAY }).stdout).toBe(hipcheck(['batch', log, '--format', 'csv'], { env: TODAY }).stdout);
    expect(hipcheck(['analyze', log, '--format', 'ndjson'], { env: TODAY }).stdout).toBe(hipcheck(['batch', log, '--format', 'ndjson'], { env: TODAY }).stdout);
  });

  it('both commands offer the same formats', () => {
    expect(formatChoices('analyze')).toEqual(['text', 'json', 'markdown', 'html', 'csv', 'messages', 'ndjson']);
    expect(formatChoices('batch')).toEqual(formatChoices('analyze'));
  });
});

describe('a log with nothing usable says why', () => {
  it('analyze shows the row problems with the error, not only "no entries"', () => {
    const input = 'date,distance\n05.10.2025,8\n06.10.2025,5\n';
    const result = hipcheck(['analyze', '-'], { input });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/<stdin>:2:1 {2}error: date: not a date hipcheck can read.*--date-format/);
    expect(result.stderr).toMatch(/no entries to analyse: all 2 rows were skipped/);
    expect(result.stderr).not.toMatch(/in the period/);
  });

  it('validate leaves future-dated entries out of its counts, like every other command', () => {
    const input = 'date,distance\n2025-03-20,8\n2052-03-21,5\n';
    const result = hipcheck(['validate', '-'], { input });
    expect(result.stdout).toMatch(/^<stdin>: 1 run, 2025-03-20 → 2025-03-20, 8\.0 km/);
    expect(result.stderr).toMatch(/dated after/);
  });
});
