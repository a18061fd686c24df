// docs/CLINICAL.md is what a clinician reviews: its threshold table must match the rule files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';

const doc = readFileSync(new URL('../../docs/CLINICAL.md', import.meta.url), 'utf8');
const options = loadRuleDefinitions().flatMap((rule) => Object.entries(rule.optionSpecs).map(([name, spec]) => [rule.id, name, spec] as const));

describe('docs/CLINICAL.md lists every threshold', () => {
  it.each(options)('%s.%s: default, range and source as in the rule file', (rule, name, spec) => {
    expect(doc).toContain(`| \`${rule}\` | \`${name}\` | ${spec.default} | ${spec.min}–${spec.max} | ${spec.meaning} | ${spec.evidence} |`);
  });
  it('and no option that no rule file has', () => {
    const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| `(\w+)` \|/gm)].map((match) => `${match[1]}.${match[2]}`);
    expect(rows.sort()).toEqual(options.map(([rule, name]) => `${rule}.${name}`).sort());
  });
});
