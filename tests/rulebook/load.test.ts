// The rule book comes from rules/*.yaml, or from the build's JSON copy while that is fresh.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMPILED_RULES_PATH, findRulesDir, loadRuleDefinitions } from '../../src/rulebook/load.js';

const realRules = findRulesDir();
const realPackage = join(realRules, '..');

describe('the build compiles rules/ into dist/rules.json', () => {
  it('holds exactly what the YAML files say', () => {
    const compiled = JSON.parse(readFileSync(join(realPackage, COMPILED_RULES_PATH), 'utf8')) as Record<string, unknown>;
    const yamlFiles = readdirSync(realRules).filter((name) => name.endsWith('.yaml')).sort();
    expect(Object.keys(compiled).sort()).toEqual(yamlFiles);
    for (const name of yamlFiles) expect(compiled[name]).toEqual(parse(readFileSync(join(realRules, name), 'utf8')));
  });
});

describe('loadRuleDefinitions picks YAML or the compiled copy', () => {
  let packageDir: string;
  let rulesDir: string;
  const compiledPath = () => join(packageDir, COMPILED_RULES_PATH);
  /** A compiled copy whose pain-during title differs from the YAML, to tell which was read. */
  const writeCompiled = (drop?: string) => {
    const byFile: Record<string, unknown> = {};
    for (const name of readdirSync(rulesDir).filter((file) => file.endsWith('.yaml') && file !== drop)) {
      byFile[name] = parse(readFileSync(join(rulesDir, name), 'utf8'));
    }
    (byFile['pain-during.yaml'] as { title: string }).title = 'from the compiled copy';
    mkdirSync(join(packageDir, 'dist'), { recursive: true });
    writeFileSync(compiledPath(), JSON.stringify(byFile));
  };
  const title = () => loadRuleDefinitions(rulesDir).find((rule) => rule.id === 'pain-during')!.title;
  const yamlTitle = () => (parse(readFileSync(join(realRules, 'pain-during.yaml'), 'utf8')) as { title: string }).title;
  const age = (path: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path, when, when);
  };

  beforeEach(() => {
    packageDir = mkdtempSync(join(tmpdir(), 'hipcheck-rules-'));
    rulesDir = join(packageDir, 'rules');
    cpSync(realRules, rulesDir, { recursive: true });
    for (const name of readdirSync(rulesDir)) age(join(rulesDir, name), 60);
  });
  afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

  it('reads the YAML files when there is no compiled copy', () => {
    expect(title()).toBe(yamlTitle());
  });

  it('reads the compiled copy when no rule file is newer', () => {
    writeCompiled();
    expect(title()).toBe('from the compiled copy');
  });

  it('reads the compiled copy when it has the same time as the rule files (npm packs every file with one date)', () => {
    writeCompiled();
    const same = new Date(2000, 0, 1);
    for (const path of [compiledPath(), ...readdirSync(rulesDir).map((name) => join(rulesDir, name))]) utimesSync(path, same, same);
    expect(title()).toBe('from the compiled copy');
  });

  it('reads the YAML files when one was edited after the build', () => {
    writeCompiled();
    age(compiledPath(), 30);
    age(join(rulesDir, 'weekly-ramp.yaml'), 0);
    expect(title()).toBe(yamlTitle());
  });

  it('reads the YAML files when a rule file was added after the build', () => {
    writeCompiled('weekly-ramp.yaml');
    expect(title()).toBe(yamlTitle());
    expect(loadRuleDefinitions(rulesDir).map((rule) => rule.id)).toContain('weekly-ramp');
  });
});
