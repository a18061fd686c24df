// Runs every case of the vignette book (tests/vignettes/*.yaml): the status a runner or a coach
// acts on, the rules behind it, who to see, and the advice, each with the reason it is right.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readLog } from '../../src/ingest/read.js';
import type { UnusableRow } from '../../src/model/log.js';
import type { Report } from '../../src/model/report.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { applyConfig, EMPTY_CONFIG, parseConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';

interface Vignette {
  name: string;
  reason: string;
  log: string;
  asOf?: string;
  /** Today (entries after it are typos or plans), and --since. */
  today?: string;
  since?: string;
  baseline?: number;
  units?: 'km' | 'mi';
  config?: Record<string, unknown>;
  unusableRows?: UnusableRow[];
  /** Problems (error or warning) the reader must report, by part of their message. */
  rowProblems?: string[];
  status: 'green' | 'amber' | 'red';
  fire?: string[];
  notFire?: string[];
  see?: string;
  notes?: string[];
  advice?: string[];
  notAdvice?: string[];
  /** Rules whose safety tier the config lowered on purpose: the report's notice at the top. */
  overrides?: string[];
}

const definitions = loadRuleDefinitions();
const folder = new URL('./', import.meta.url);
const books = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();

function reportOf(vignette: Vignette): Report {
  const log = readLog('vignette.csv', vignette.log, vignette.units ? { units: vignette.units } : {});
  // A case about a row the reader leaves out says so with unusableRows or with a row problem it expects.
  if (!vignette.rowProblems) expect(log.problems.filter((problem) => problem.severity === 'error'), 'the vignette log itself reads cleanly').toEqual([]);
  for (const text of vignette.rowProblems ?? []) expect(log.problems.map((problem) => problem.message).join('\n')).toContain(text);
  if (vignette.unusableRows) log.unusableRows = vignette.unusableRows;
  const config = vignette.config ? parseConfig(stringify(vignette.config), 'vignette.config.yaml', definitions) : EMPTY_CONFIG;
  return analyze(log, applyConfig(definitions, config), {
    ...(vignette.asOf ? { asOf: vignette.asOf } : {}),
    ...(vignette.today ? { today: vignette.today } : {}),
    ...(vignette.since ? { since: vignette.since } : {}),
    ...(vignette.baseline !== undefined ? { baselinePain: vignette.baseline } : {}),
  });
}

function matching(report: Report, spec: string) {
  const [rule, severity] = spec.split('=');
  return report.findings.filter((finding) => finding.rule === rule && (!severity || finding.severity === severity));
}

let total = 0;
for (const book of books) {
  const vignettes = parse(readFileSync(new URL(book, folder), 'utf8')) as Vignette[];
  total += vignettes.length;
  describe(`vignettes: ${book}`, () => {
    for (const vignette of vignettes) {
      it(`${vignette.name} → ${vignette.status}`, () => {
        expect(vignette.reason, 'every case says why').toMatch(/DOMAIN|CLINICAL|article|blog|Silbernagel|Frandsen|Nielsen|Injurymap|clinic|Ristolainen/);
        const report = reportOf(vignette);
        const why = `${vignette.reason}\nstatus reasons: ${report.statusReasons.join(' | ')}`;
        expect(report.status, why).toBe(vignette.status);
        for (const spec of vignette.fire ?? []) expect(matching(report, spec).length, `${spec} must fire\n${why}`).toBeGreaterThan(0);
        for (const spec of vignette.notFire ?? []) expect(matching(report, spec).map((finding) => finding.message), `${spec} must not fire`).toEqual([]);
        if (vignette.see !== undefined) expect(report.advice.see ? `${report.advice.see.who} ${report.advice.see.when}` : 'none').toBe(vignette.see);
        if (vignette.notes) expect(report.statusDetail.notes.map((note) => note.replace(/:.*/, ''))).toEqual(vignette.notes);
        expect(report.safetyOverrides.map((override) => override.rule)).toEqual(vignette.overrides ?? []);
        const advice = report.advice.actions.join('\n');
        for (const text of vignette.advice ?? []) expect(advice).toContain(text);
        for (const text of vignette.notAdvice ?? []) expect(advice).not.toContain(text);
        // What holds for every case.
        expect(report.advice.actions.length).toBeLessThanOrEqual(7);
        expect(report.advice.actions.at(-1)).toMatch(/not a diagnosis/);
        expect(new Set(report.advice.actions).size).toBe(report.advice.actions.length);
        expect(advice).not.toMatch(/\b0\.0 (?:km|mi)\b/);
      });
    }
  });
}

describe('the vignette book', () => {
  it('holds at least 30 cases', () => expect(total).toBeGreaterThanOrEqual(30));
});
