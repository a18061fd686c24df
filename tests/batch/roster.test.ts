// A roster is checked like the config: every value's type and range, with its key path and
// the line:col where it is written, nested rules included.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobsFromRoster } from '../../src/batch/jobs.js';
import { UserError } from '../../src/model/errors.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { fixture, hipcheck } from '../helpers/cli.js';

const DEFINITIONS = loadRuleDefinitions();

function rosterOf(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hipcheck-roster-')), 'roster.yaml');
  writeFileSync(path, text);
  return path;
}

describe('roster values', () => {
  it('accepted: baseline 0–10, units km|mi|miles|kilometres, rules overrides, names as written', async () => {
    const jobs = await jobsFromRoster(rosterOf('athletes:\n  - name: A\n    log: a.csv\n    baseline_pain: 2.5\n    units: miles\n    rules:\n      pain-24h: off\n  - log: b.csv\n    units: kilometres\n'), DEFINITIONS);
    expect(jobs.map(({ name, baselinePain, units, rules }) => ({ name, baselinePain, units, rules }))).toEqual([
      { name: 'A', baselinePain: 2.5, units: 'mi', rules: { 'pain-24h': { severity: 'off' } } },
      // No roster name: the log's own name (or its file name) is used later.
      { name: undefined, baselinePain: undefined, units: 'km', rules: undefined },
    ]);
  });

  it('refused, each with its key path, line:col, what was found and what is allowed', async () => {
    const error = await jobsFromRoster(fixture('batch/roster-bad-values.yaml'), DEFINITIONS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).problems.map(({ line, col, message, got }) => `${line}:${col} ${message} (got ${got})`)).toEqual([
      '5:20 athletes[0].baseline_pain: not a valid value (got 11)',
      '7:17 athletes[0].rules.pain-24h: not a severity (got \'of\')',
      '10:20 athletes[0].rules.weekly-ramp.options.warnPct: wrong type (got \'ten\')',
      '13:20 athletes[1].baseline_pain: not a valid value (got \'one\')',
      '16:12 athletes[2].units: not a valid value (got \'yards\')',
      '17:20 athletes[2].baseline_pain: not a valid value (got -3)',
      '18:5 athletes[2].shoe: unknown key (got \'shoe\')',
      '19:5 athletes[3].log: missing (got null)',
    ]);
  });

  it('the built binary: exit 2, one line per problem, no athlete analysed', () => {
    const result = hipcheck(['batch', '--roster', 'fixtures/batch/roster-bad-values.yaml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('fixtures/batch/roster-bad-values.yaml:5:20  error: athletes[0].baseline_pain: not a valid value (got 11, expected a number from 0 to 10)');
    expect(result.stderr).toContain('fixtures/batch/roster-bad-values.yaml:16:12  error: athletes[2].units: not a valid value (got \'yards\', expected km or mi (also kilometres, miles))');
    expect(result.stderr.trim().split('\n')).toHaveLength(8);
  });
});
