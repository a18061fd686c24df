// Entries dated after today (a typo'd year, a planned run) are left out with a warning that
// names them: they never become the as-of day and never change today's verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysTo, daysBetween } from '../../src/analysis/calendar.js';
import { analyze, notesLeftOut } from '../../src/pipeline/analyze.js';
import { readLog } from '../../src/ingest/read.js';
import { EMPTY_CONFIG, applyConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import type { Entry } from '../../src/model/log.js';
import { logOf, run } from '../helpers/ruleTester.js';

const RULES = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);
const TODAY = '2025-06-30';
const START = '2025-03-01';

const pastEntry = fc.record({
  day: fc.integer({ min: 0, max: daysBetween(START, TODAY) }),
  km: fc.integer({ min: 0, max: 250 }).map((tenths) => tenths / 10),
  pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  painNextDay: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
}).map(({ day, km, pain, painNextDay }): Entry => run(addDaysTo(START, day), km, {
  ...(pain === undefined ? {} : { pain }), ...(painNextDay === undefined ? {} : { painNextDay }),
}));
const futureEntry = fc.record({
  day: fc.integer({ min: 1, max: daysBetween(TODAY, '2100-12-31') }),
  km: fc.integer({ min: 0, max: 400 }).map((tenths) => tenths / 10),
  pain: fc.integer({ min: 0, max: 10 }),
}).map(({ day, km, pain }) => run(addDaysTo(TODAY, day), km, { pain, line: 999 }));

describe('future-dated entries', () => {
  it('adding any future-dated entries never changes the status, as-of day or reasons as of today', () => {
    fc.assert(fc.property(fc.array(pastEntry, { minLength: 1, maxLength: 40 }), fc.array(futureEntry, { minLength: 1, maxLength: 3 }), (past, future) => {
      const before = analyze(logOf(past), RULES, { today: TODAY });
      const after = analyze(logOf([...past, ...future]), RULES, { today: TODAY });
      expect(after.asOf).toBe(before.asOf);
      expect(after.status).toBe(before.status);
      expect(after.statusReasons).toEqual(before.statusReasons);
      expect(after.summary.runs).toBe(before.summary.runs);
      expect(after.warnings.at(-1)).toMatch(new RegExp(`^${future.length} entr(y|ies) dated after today \\(2025-06-30\\) left out of the analysis: \\d{4}-`));
    }), { numRuns: 150 });
  });

  it('the default as-of is the last entry on or before today', () => {
    const report = analyze(logOf([run('2025-06-20', 5), run('2025-06-30', 6), run('2205-06-21', 8)]), RULES, { today: TODAY });
    expect(report).toMatchObject({ asOf: '2025-06-30', asOfFrom: 'last-entry', summary: { runs: 2 } });
  });

  it('--as-of after today moves the line: entries up to it are used, later ones named', () => {
    const report = analyze(logOf([run('2025-06-20', 5), run('2025-07-05', 6), run('2205-06-21', 8)]), RULES, { today: TODAY, asOf: '2025-07-10' });
    expect(report.summary.runs).toBe(2);
    expect(report.warnings.at(-1)).toBe('1 entry dated after the as-of day 2025-07-10 left out of the analysis: 2205-06-21 (line 0)');
  });

  it('a log with every entry after today is an error that says so', () => {
    expect(() => analyze(logOf([run('2052-01-01', 5)]), RULES, { today: TODAY })).toThrow(/every entry is dated after today \(2025-06-30\)/);
  });

  it('the notes of future entries are kept for the red-flag check', () => {
    const entries = [run('2052-06-29', 5, { notes: 'groin pain at night', line: 7 }), run('2052-06-30', 5, { line: 8 })];
    expect(notesLeftOut(entries, 'dated after today (2025-06-30)')).toEqual([
      { line: 7, date: '2052-06-29', notes: 'groin pain at night', reason: 'dated after today (2025-06-30)' },
    ]);
  });
});

describe('a left-out row keeps its own readable date', () => {
  it('a bad-distance row on the last day is read by its own date, and as-of is that day', () => {
    const log = readLog('log.csv', 'date,distance,pain,notes\n2025-05-25,5,1,\n2025-05-31,5,1,\n2025-06-01,five,1,limping home\n');
    const report = analyze(log, RULES, { today: '2025-06-02' });
    expect(report.asOf).toBe('2025-06-01');
    const flag = report.findings.find((finding) => finding.rule === 'red-flag')!;
    expect(flag).toMatchObject({ date: '2025-06-01', severity: 'stop' });
    expect(flag.message).toMatch(/line 4, left out of the analysis \(distance: not a distance\).*\(dated by its own date\)$/);
  });
  it('a row dated after today is dated as the nearest readable entry, which is said', () => {
    const log = readLog('log.csv', 'date,distance,pain,notes\n2025-05-25,5,1,\n2025-06-01,5,1,\n2052-06-01,5,1,can\'t bear weight\n');
    const flag = analyze(log, RULES, { today: '2025-06-02' }).findings.find((finding) => finding.rule === 'red-flag')!;
    expect(flag).toMatchObject({ date: '2025-06-01', severity: 'stop' });
    expect(flag.message).toMatch(/\(dated as the nearest readable entry, line 3\)$/);
  });
});
