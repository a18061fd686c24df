// A realistic 8-week spreadsheet log written the way runners write (units in cells, 3/10,
// n/a, blank lines, quoted notes with commas, two runs on one day, a typo'd future year,
// rows appended with LF to a CRLF file). Every number here is the runner's own, by hand.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { EMPTY_CONFIG, applyConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { isRunning } from '../../src/model/log.js';
import { fixtureLog } from '../helpers/logs.js';
import { hipcheck } from '../helpers/cli.js';

const RULES = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);
const FILE = 'logs/messy-spreadsheet.csv';
const TODAY = '2025-06-02';
const MILE_KM = 1.609344;

// Week by week, as the runner would add them up (the 5 mi run is 8.05 km).
const WEEKS_KM: [string, number][] = [
  ['2025-04-07', 8 + 6.5 + 12],
  ['2025-04-14', 8.2 + 5 * MILE_KM + 14],
  ['2025-04-21', 8 + 7 + 10 + 15],
  ['2025-04-28', 6 + 6 + 12],
  ['2025-05-05', 8 + 16 + 12],
  ['2025-05-12', 8 + 7.5 + 7.5 + 16],
  ['2025-05-19', 10 + 12 + 10 + 21.1 + 10],
  ['2025-05-26', 6 + 8 + 16],
];
const TOTAL_KM = WEEKS_KM.reduce((sum, [, km]) => sum + km, 0);

describe('a messy spreadsheet log', () => {
  const log = fixtureLog(FILE);

  it('every run is read: none skipped, no value dropped, the future typo kept for analyze to leave out', () => {
    expect(log.skippedRows).toBe(0);
    expect(log.droppedFields).toBe(0);
    expect(log.entries.filter(isRunning)).toHaveLength(29);
    expect(log.entries.find((entry) => entry.date === '2052-05-31')).toMatchObject({ line: 31, pain: 7 });
  });

  it('cells read as meant: units, 3/10, n/a, none, quoted notes with commas, the morning and evening commute', () => {
    const on = (date: string) => log.entries.filter((entry) => entry.date === date);
    expect(on('2025-04-15')[0]).toMatchObject({ distanceKm: 8.2, pain: 1, notes: 'Easy, legs heavy' });
    expect(on('2025-04-17')[0]!.distanceKm).toBeCloseTo(5 * MILE_KM, 9);
    expect(on('2025-04-17')[0]!.pain).toBeUndefined();
    expect(on('2025-04-26')[0]).toMatchObject({ distanceKm: 10 });
    expect(on('2025-04-29')[0]).toMatchObject({ pain: 0 });
    expect(on('2025-05-15').map((entry) => [entry.time, entry.notes])).toEqual([['07:40', 'commute in'], ['18:05', 'commute home, tired']]);
    expect(on('2025-05-24')[0]).toMatchObject({ distanceKm: 21.1, notes: 'half marathon! didn\'t score pain, too excited' });
    expect(on('2025-05-27')[0]).toMatchObject({ painEnd: 2 });
    expect(on('2025-05-29')[0]).toMatchObject({ distanceKm: 8, pain: 4 });
    // Rows after the LF switch keep their physical line numbers.
    expect(on('2025-06-01')[0]).toMatchObject({ line: 32, pain: 5 });
  });

  it('as of today: the runner\'s run count, distance, weekly totals and an amber verdict for the jump week', () => {
    const report = analyze(log, RULES, { today: TODAY });
    expect(report.asOf).toBe('2025-06-01');
    expect(report.summary.runs).toBe(28);
    expect(report.summary.distanceKm).toBeCloseTo(TOTAL_KM, 3);
    expect(report.summary.weeks.map((week) => [week.weekStart, week.distanceKm])).toEqual(WEEKS_KM.map(([week, km]) => [week, Number(km.toFixed(3))]));
    expect(report.status).toBe('amber');
    const ramps = report.findings.filter((finding) => finding.rule === 'weekly-ramp');
    // The jump week is +61.8% (63.1 vs 39.0 km); the week after it fell, so it is no ramp.
    expect(ramps.find((finding) => finding.from === '2025-05-19')?.evidence).toMatchObject({ weekKm: 63.1, previousWeekKm: 39, increasePct: 61.8 });
    expect(ramps.some((finding) => finding.from === '2025-05-26')).toBe(false);
    // The half marathon is not lost: it is the spike, and the long run goes back to 110% of the
    // 30-day longest before it (16.0 km).
    expect(report.findings.find((finding) => finding.rule === 'session-spike')?.message).toMatch(/2025-05-24: 21\.1 km/);
    expect(report.advice.longestRunMaxKm).toBe(17.6);
    expect(report.warnings).toEqual(['1 entry dated after today (2025-06-02) left out of the analysis: 2052-05-31 (line 31)']);
  });

  it('the typo\'d future year never becomes the as-of day', () => {
    // Without a "today", the typo would be judged alone, 27 years on, on its own 7/10.
    const withoutToday = analyze(log, RULES);
    expect(withoutToday.asOf).toBe('2052-05-31');
    expect(withoutToday.statusReasons[0]).toMatch(/2052-05-31/);
    expect(analyze(log, RULES, { today: TODAY }).status).toBe('amber');
  });

  it('every format tells the runner about the left-out entry (built binary)', () => {
    const env = { HIPCHECK_TODAY: TODAY };
    const text = hipcheck(['analyze', `fixtures/${FILE}`], { env });
    expect(text.stdout).toContain('1 entry dated after today (2025-06-02) left out of the analysis: 2052-05-31 (line 31)');
    expect(text.stdout).toContain('Status:  AMBER');
    expect(text.stderr).toContain('fixtures/logs/messy-spreadsheet.csv:31  warning: dated after today; left out of the analysis (got 2052-05-31)');
    expect(hipcheck(['analyze', `fixtures/${FILE}`, '--format', 'markdown'], { env }).stdout).toContain('**1 entry dated after today (2025-06-02) left out of the analysis: 2052-05-31 (line 31).**');
    expect(hipcheck(['analyze', `fixtures/${FILE}`, '--format', 'html'], { env }).stdout).toContain('<p class="warning">1 entry dated after today (2025-06-02) left out of the analysis: 2052-05-31 (line 31)</p>');
    const json = JSON.parse(hipcheck(['analyze', `fixtures/${FILE}`, '--format', 'json'], { env }).stdout);
    expect(json).toMatchObject({ asOf: '2025-06-01', status: 'amber', summary: { runs: 28, skippedRows: 0, droppedFields: 0 } });
  });
});

describe('skipped rows and dropped values are shown in every format', () => {
  it('text header, markdown, html and json', () => {
    const file = 'fixtures/logs/broken.csv';
    const line = '8 rows skipped, 2 unreadable values dropped (the runs kept): hipcheck validate lists each with its line';
    expect(hipcheck(['analyze', file]).stdout.split('\n')[2]).toBe(line);
    expect(hipcheck(['analyze', file, '--format', 'markdown']).stdout).toContain(`**${line}.**`);
    expect(hipcheck(['analyze', file, '--format', 'html']).stdout).toContain(`<p class="warning">${line}</p>`);
    expect(JSON.parse(hipcheck(['analyze', file, '--format', 'json']).stdout).summary).toMatchObject({ skippedRows: 8, droppedFields: 2 });
  });
});
