// The squad table's top finding is the status's own first reason: a coach never sees a bare
// green without pain data, nor a red with no reason beside it.
import { describe, expect, it } from 'vitest';
import { rowOf } from '../../src/report/squadRow.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { applyConfig, EMPTY_CONFIG } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { logOf, run } from '../helpers/ruleTester.js';

const ruleSet = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);

describe('squad rows', () => {
  it('a green log without pain scores says "no pain data" in the top finding', () => {
    const row = rowOf(analyze(logOf([run('2025-03-01', 5), run('2025-03-03', 5)]), ruleSet));
    expect(row.status).toBe('green');
    expect(row.topFinding).toMatch(/^no pain data: /);
  });
  it('a red flag older than 14 days that still stands is the top finding of a red row', () => {
    const entries = [run('2025-03-01', 5, { notes: 'limping after', pain: 2 }), run('2025-03-20', 5, { pain: 0, painNextDay: 0 })];
    const row = rowOf(analyze(logOf(entries), ruleSet));
    expect(row.status).toBe('red');
    expect(row.topFinding).toMatch(/^red-flag: 2025-03-01: your note mentions limping/);
  });
});
