// ESLint-RuleTester-style helpers: tiny logs built from entries, one rule run on them with
// its real rule file, and findings compared with what a runner would see.
import { expect } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import { buildCheckContext } from '../../src/checks/types.js';
import { runRules } from '../../src/checks/engine.js';
import type { Entry, Log, UnusableRow } from '../../src/model/log.js';
import type { Finding } from '../../src/model/report.js';
import { applyConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import type { Severity } from '../../src/model/report.js';

const DEFINITIONS = loadRuleDefinitions();

export function run(date: string, distanceKm: number, extra: Partial<Entry> = {}): Entry {
  return { date, distanceKm, line: 0, ...extra };
}

/** One entry per day from `start`; null is a day without an entry. */
export function daily(start: string, kmPerDay: (number | null)[], extra: Partial<Entry> = {}): Entry[] {
  return kmPerDay.flatMap((km, index) => (km === null ? [] : [run(addDaysTo(start, index), km, extra)]));
}

export function logOf(entries: Entry[], athlete: Log['athlete'] = {}): Log {
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { source: 'test.csv', athlete, units: athlete.units ?? 'km', entries: sorted, problems: [], skippedRows: 0, droppedFields: 0, unusableRows: [] };
}

export interface RuleCase {
  entries: Entry[];
  asOf?: string;
  baselinePain?: number;
  options?: Record<string, number>;
  severity?: Severity;
  /** Needed to lower a safety rule, as in a config. */
  safetyOverride?: string;
  /** Rows left out of the log that carry notes. */
  unusableRows?: UnusableRow[];
}

export function runRule(ruleId: string, testCase: RuleCase): { findings: Finding[]; tooLittleData?: string } {
  const ruleSet = applyConfig(DEFINITIONS.filter((rule) => rule.id === ruleId), {
    athlete: {},
    rules: {
      [ruleId]: {
        ...(testCase.options ? { options: testCase.options } : {}),
        ...(testCase.severity ? { severity: testCase.severity } : {}),
        ...(testCase.safetyOverride ? { safetyOverride: { reason: testCase.safetyOverride, file: 'test.yaml' } } : {}),
      },
    },
  });
  if (ruleSet.rules.length !== 1) throw new Error(`no rule file for ${ruleId}`);
  const log = { ...logOf(testCase.entries), unusableRows: testCase.unusableRows ?? [] };
  const context = buildCheckContext(log, { asOf: testCase.asOf ?? log.entries.at(-1)?.date ?? '2025-01-01', baselinePain: testCase.baselinePain ?? 0, units: 'km' });
  const result = runRules(context, ruleSet);
  return { findings: result.findings, tooLittleData: result.tooLittleData[0]?.reason };
}

export interface ExpectedFinding {
  severity: Finding['severity'];
  date?: string;
  from?: string;
  message?: string | RegExp;
}

/** RuleTester's two halves: valid cases produce no finding, invalid ones exactly these. */
export function expectValid(ruleId: string, testCase: RuleCase): void {
  expect(runRule(ruleId, testCase).findings).toEqual([]);
}

export function expectInvalid(ruleId: string, testCase: RuleCase, expected: ExpectedFinding[]): Finding[] {
  const { findings } = runRule(ruleId, testCase);
  expect(findings).toHaveLength(expected.length);
  expected.forEach((want, index) => {
    const got = findings[index]!;
    expect(got.rule).toBe(ruleId);
    expect(got.severity).toBe(want.severity);
    if (want.date) expect(got.date).toBe(want.date);
    if (want.from) expect(got.from).toBe(want.from);
    if (typeof want.message === 'string') expect(got.message).toBe(want.message);
    else if (want.message) expect(got.message).toMatch(want.message);
    expect(got.source.length).toBeGreaterThan(10);
  });
  return findings;
}
