import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fixture, hipcheck, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

/** An ANSI colour escape sequence. */
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

const EXAMPLE = 'fixtures/logs/example.csv';

describe('hipcheck analyze (built binary)', () => {
  it('text: status, reasons, advice, findings with sources, weeks and chart', () => {
    const result = hipcheck(['analyze', EXAMPLE]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toContain('Status:  AMBER  hold or cut back');
    expect(out).toContain('• pain-during: pain 5/10 during the run on 2025-03-30 (21.1 km): above 3, at the edge (up to 5)');
    expect(out).toContain('Who to see: See a sports physiotherapist or a doctor soon (within a week or so): pain rising week to week.');
    expect(out).toContain('Cut back by 30–50%: next 7 days 24.2 km–33.9 km (the last 7 days: 48.4 km), and avoid hills for now: pain that lasts hours after runs fits the bursa picture.');
    expect(out).toMatch(/source: Silbernagel/);
    expect(out).toContain('2025-03-24   48.4 km     4     3   21.1 km         5    4.7');
    expect(out).toMatch(/2025-03-24 █+ +48\.4 km {2}·+◆·*●·+$/m);
    expect(out).not.toMatch(ANSI);
  });

  it('a short log says which rules had too little data', () => {
    const out = hipcheck(['analyze', 'fixtures/logs/athlete.yaml'], { env: { HIPCHECK_TODAY: '2025-05-12' } }).stdout;
    expect(out).toContain('Too little data for: ');
    expect(out).toContain('acute-chronic (needs 28 days of log with some running)');
    expect(out).toContain('hipcheck · Sam Rivera');
  });

  it('--fail-on amber exits 1 on an amber log; never exits 0', () => {
    expect(hipcheck(['analyze', EXAMPLE, '--fail-on', 'amber']).status).toBe(1);
    expect(hipcheck(['analyze', EXAMPLE, '--fail-on', 'never']).status).toBe(0);
  });

  it('reads stdin, and a red log exits 1 by default', () => {
    const input = 'date,distance,pain\n2025-03-01,5,2\n2025-03-03,5,7\n';
    const result = hipcheck(['analyze', '-', '--format', 'json'], { input });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('red');
    expect(report.athlete.source).toBe('<stdin>');
  });

  it('json: the documented contract', () => {
    const report = JSON.parse(hipcheck(['analyze', EXAMPLE, '--format', 'json']).stdout);
    expect(report).toMatchObject({
      schemaVersion: 1,
      athlete: { name: 'example', source: EXAMPLE },
      asOf: '2025-03-30',
      period: { from: '2025-01-07', to: '2025-03-30' },
      summary: { runs: 48, skippedRows: 0, otherSessions: { strength: 8, cross: 0, rest: 0 } },
      status: 'amber',
      advice: { units: 'km', seeProfessional: 'physio', nextWeekMaxKm: 33.9, longestRunMaxKm: 22 },
    });
    expect(report.summary.distanceKm).toBeCloseTo(474.6, 1);
    expect(report.summary.painTimeline.at(-1)).toEqual({ date: '2025-03-30', pain: 5 });
    expect(Object.keys(report.summary.weeks[0]).sort()).toEqual(['averagePain', 'distanceKm', 'hours', 'longestRunKm', 'maxPain', 'restDays', 'runs', 'weekStart']);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['rule', 'severity', 'message', 'evidence', 'source']));
      expect(['info', 'warn', 'stop']).toContain(finding.severity);
      expect(finding.date ?? (finding.from && finding.to)).toBeTruthy();
    }
    expect(report.statusReasons.length).toBeGreaterThan(0);
    expect(Array.isArray(report.warnings)).toBe(true);
  });

  it('markdown: the sections of the HTML report in its order, findings grouped by rule, each source once', () => {
    const out = hipcheck(['analyze', EXAMPLE, '--format', 'markdown']).stdout;
    expect(out).toMatch(/^# hipcheck: example\n/);
    expect(out).toContain('**Next week:** 24.2 km–33.9 km in the next 7 days, longest run up to 22.0 km.');
    expect(out).toContain('| 48.4 km | 47.0 km a week | 22.0 km | 5/10 | 3 |');
    const headings = out.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Status: AMBER (hold or cut back)', '## Next 7 days', '## Pain calendar', '## Acute:chronic ratio', '## Weeks', '## Patterns in your log', '## Findings', '## Too little data', '## Skipped rows', '## References']);
    // The calendar's last week: Sunday's run left 2/10 the next morning, Monday 03-31.
    expect(out).toContain('| 2025-03-24 | 1 (morning 1) R | 0 | 0 (morning 0) R | 2 | 0 (morning 0) R | 1 | 5 (morning 0) |\n| 2025-03-31 | 2 (morning 2) |');
    expect(out).toContain('### pain-during · 6 findings · source [2]');
    const thrive24h = "Sports-physiotherapy clinic (Thrive) runner's guide to hip pain (symptoms back to baseline within 24 hours).";
    expect(out.split(thrive24h)).toHaveLength(2);
    expect(out).toContain(`1. ${thrive24h}`);
  });

  it('--as-of judges the log as of an earlier day and says so', () => {
    const report = JSON.parse(hipcheck(['analyze', EXAMPLE, '--format', 'json', '--as-of', '2025-01-31']).stdout);
    expect(report.asOf).toBe('2025-01-31');
    expect(report.asOfFrom).toBe('option');
    expect(report.warnings[0]).toMatch(/^39 entries dated after the as-of day 2025-01-31 left out of the analysis: 2025-02-01 \(line 19\), .* and 34 more$/);
  });

  it('--since/--until limit the period', () => {
    const report = JSON.parse(hipcheck(['analyze', EXAMPLE, '--format', 'json', '--since', '2025-03-03', '--until', '2025-03-16']).stdout);
    expect(report.period).toEqual({ from: '2025-03-03', to: '2025-03-16' });
    expect(report.summary.runs).toBe(8);
  });

  it('colour only when asked: FORCE_COLOR adds it, NO_COLOR and --no-color keep it off', () => {
    expect(hipcheck(['analyze', EXAMPLE], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(hipcheck(['analyze', EXAMPLE, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(hipcheck(['analyze', EXAMPLE], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('a config changes the rules; a broken config is exit 2 naming each key path', () => {
    const dir = tempDir('hipcheck-');
    writeFileSync(join(dir, 'hipcheck.config.yaml'), 'rules:\n  pain-during: { severity: off, safetyOverride: "testing" }\n  pain-24h: off\n  pain-trend: off\n');
    writeFileSync(join(dir, 'log.csv'), readFileSync(fixture('logs/example.csv')));
    const quiet = JSON.parse(hipcheck(['analyze', 'log.csv', '--format', 'json'], { cwd: dir }).stdout);
    expect(quiet.status).toBe('green');
    const broken = hipcheck(['analyze', EXAMPLE, '--config', 'fixtures/configs/broken.yaml']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("fixtures/configs/broken.yaml:2:54  error: rules.weekly-ramp.options.warnPct: wrong type (got 'ten', expected a number from infoPct (10) to 1000)");
    expect(broken.stdout).toBe('');
  });

  it('bad dates and missing files are exit 2 without a stack trace', () => {
    const badDate = hipcheck(['analyze', EXAMPLE, '--as-of', 'yesterday']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--as-of needs a calendar day (got "yesterday", expected YYYY-MM-DD, a day that exists, e.g. 2025-02-28)');
    const missing = hipcheck(['analyze', 'nope.csv']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('nope.csv  error: no such file\n');
  });

  it('bad rows are reported on stderr and the analysis still runs; --strict makes them fatal', () => {
    const result = hipcheck(['analyze', 'fixtures/logs/broken.csv', '--format', 'json']);
    // Red (exit 1 at the default --fail-on red): its "pain above 10" row (11) is read as 10, intense pain.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fixtures/logs/broken.csv:3:2  error:');
    expect(result.stderr).toContain('… and 3 more problems');
    // Pain 11 is no longer dropped: it is read as 10, the top of the scale, with a warning.
    expect(JSON.parse(result.stdout).summary).toMatchObject({ runs: 6, skippedRows: 8, droppedFields: 2 });
    expect(hipcheck(['analyze', 'fixtures/logs/broken.csv', '--strict']).status).toBe(2);
  });

  it('no stack trace when the reader goes away (| head -1)', () => {
    // A long report (every finding listed) so the pipe closes while hipcheck still writes.
    const result = spawnSync('bash', ['-c', `node bin/hipcheck.js analyze ${EXAMPLE} --format json | head -1; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout).toBe('{\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('hipcheck rules', () => {
  it('lists every rule with severity, thresholds and source', () => {
    const out = hipcheck(['rules']).stdout;
    expect(out).toMatch(/^acute-chronic +info/m);
    expect(out).toContain('infoPct=10 warnPct=30 minPreviousKm=10');
    expect(out.match(/^\S+ +(off|info|warn|stop) /gm)).toHaveLength(22);
  });
  it('explains one rule in full; an unknown id is exit 2', () => {
    const out = hipcheck(['rules', 'session-spike']).stdout;
    expect(out).toContain('session-spike: Single-run spike');
    expect(out).toContain('https://doi.org/10.1136/bjsports-2024-109380');
    const unknown = hipcheck(['rules', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no such rule (got "nope", expected acute-chronic,');
  });
});

describe('patterns in analyze output', () => {
  it('text has a "Patterns in your log" section, strongest first, separate from the findings', () => {
    const out = hipcheck(['analyze', EXAMPLE]).stdout;
    const section = out.slice(out.indexOf('Patterns in your log'), out.indexOf('Findings'));
    expect(section).toMatch(/Pain during the run averaged 3\.6 on 12 trail runs \(the same runs are also the long sessions and the hilly runs/);
    expect(out.slice(out.indexOf('Findings'))).not.toMatch(/averaged 3\.6 on 12 trail runs/);
  });

  it('--patterns-only prints just the section; a short log says what to log', () => {
    const only = hipcheck(['analyze', EXAMPLE, '--patterns-only']).stdout;
    expect(only.split('\n')[0]).toMatch(/^Patterns in your log/);
    expect(only).not.toContain('Next 7 days');
    expect(hipcheck(['analyze', 'fixtures/logs/athlete.yaml', '--patterns-only'], { env: { HIPCHECK_TODAY: '2025-05-12' } }).stdout).toContain('the pattern rule needs pain scores on 10 or more runs');
    const json = JSON.parse(hipcheck(['analyze', EXAMPLE, '--patterns-only', '--format', 'json']).stdout);
    expect(json.patterns[1].evidence).toMatchObject({ factor: 'terrain', value: 'trail', painMeasure: 'pain', runsWith: 12, runsWithout: 36 });
    expect(hipcheck(['analyze', EXAMPLE, '--patterns-only', '--format', 'markdown']).stdout).toMatch(/^## Patterns in your log\n/);
  });
});

describe('exports go straight into every command', () => {
  it('validate, analyze and batch read Strava and Garmin exports', () => {
    expect(hipcheck(['validate', '--as-of', '2026-12-31', 'fixtures/exports/garmin-km.csv', '--units', 'km']).status).toBe(0);
    const report = JSON.parse(hipcheck(['analyze', 'fixtures/exports/strava-activities.csv', '--format', 'json']).stdout);
    expect(report.summary).toMatchObject({ runs: 4, otherSessions: { strength: 1, cross: 2 } });
    const batch = hipcheck(['batch', 'fixtures/exports', '--format', 'csv', '--units', 'km']).stdout.trim().split('\n');
    expect(batch).toHaveLength(5);
  });
});

describe('terminal chart', () => {
  const chartOf = (out: string) => out.slice(out.indexOf('Weekly distance and pain'), out.indexOf('\n\n', out.indexOf('Weekly distance and pain')));
  it.each([60, 200])('fits %i columns, one bar per week in order, labelled axes', (columns) => {
    const chart = chartOf(hipcheck(['analyze', EXAMPLE], { env: { COLUMNS: String(columns) } }).stdout);
    const lines = chart.split('\n');
    for (const line of lines.slice(0, -1)) expect([...line].length).toBeLessThanOrEqual(columns);
    const bars = lines.filter((line) => /^\d{4}-\d{2}-\d{2} /.test(line));
    expect(bars).toHaveLength(12);
    expect(lines[1]).toMatch(/^week of +0 km +48\.5 km +distance +pain 0–10/);
    const lengths = bars.map((line) => (line.match(/█/g) ?? []).length);
    expect(lengths[11]).toBeGreaterThan(lengths[0]!);
  });
  it('--ascii and TERM=dumb draw plain ASCII; no colour codes when colour is off', () => {
    for (const result of [hipcheck(['analyze', EXAMPLE, '--ascii']), hipcheck(['analyze', EXAMPLE], { env: { TERM: 'dumb' } })]) {
      const chart = chartOf(result.stdout);
      expect(chart).toMatch(/2025-03-24 #+ +48\.4 km {2}\.+a\.*M\.+/);
      expect(chart).not.toMatch(/[█◆●▲]/);
      expect(chart).not.toMatch(ANSI);
    }
  });
});
