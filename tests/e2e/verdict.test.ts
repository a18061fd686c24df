// What every format must say about the verdict (built binary): a safety override at the top,
// "no pain data" next to the status, and who to see.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hipcheck } from '../helpers/cli.js';

const FORMATS = ['text', 'markdown', 'html'] as const;

function folderWithParentConfig(config: string, log: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipcheck-safety-'));
  writeFileSync(join(dir, 'hipcheck.config.yaml'), config);
  mkdirSync(join(dir, 'runs'));
  writeFileSync(join(dir, 'runs', 'log.csv'), log);
  return join(dir, 'runs');
}

const LIMPING = 'date,distance,pain,notes\n2025-03-01,5,1,\n2025-03-03,5,1,limping after\n';

describe('a safety rule in a config found in a parent folder', () => {
  it('switched off without saying why: exit 2 naming the key, nothing analysed', () => {
    const cwd = folderWithParentConfig('rules:\n  red-flag: off\n', LIMPING);
    const result = hipcheck(['analyze', 'log.csv'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/hipcheck\.config\.yaml:2:13 {2}error: rules\.red-flag: lowers a safety rule .*got 'switched off'.*safetyOverride: "<why>"/);
  });

  it('switched off with safetyOverride: every format says so at the top', () => {
    const cwd = folderWithParentConfig('rules:\n  red-flag: { severity: off, safetyOverride: "my physio reads every note" }\n', LIMPING);
    for (const format of FORMATS) {
      const out = hipcheck(['analyze', 'log.csv', '--format', format], { cwd }).stdout;
      const notice = out.indexOf('SAFETY OVERRIDE: red-flag switched off by ');
      expect(notice, format).toBeGreaterThanOrEqual(0);
      expect(notice, `${format}: before the status`).toBeLessThan(out.indexOf('Status'));
      expect(out).toContain('my physio reads every note');
    }
    const json = JSON.parse(hipcheck(['analyze', 'log.csv', '--format', 'json'], { cwd }).stdout);
    expect(json.safetyOverrides).toMatchObject([{ rule: 'red-flag', change: 'switched off', reason: 'my physio reads every note' }]);
    expect(Object.keys(json).indexOf('safetyOverrides')).toBeLessThan(Object.keys(json).indexOf('status'));
  });
});

describe('the status line in every format', () => {
  it('"no pain data" next to a green with no pain scores', () => {
    const input = 'date,distance\n2025-03-28,5\n2025-03-30,5\n';
    expect(hipcheck(['analyze', '-'], { input }).stdout).toContain('Status:  GREEN  keep running, build gradually · no pain data');
    expect(hipcheck(['analyze', '-', '--format', 'markdown'], { input }).stdout).toContain('## Status: GREEN (keep running, build gradually · no pain data)');
    expect(hipcheck(['analyze', '-', '--format', 'html'], { input }).stdout).toContain('Status: GREEN — keep running, build gradually · no pain data');
    expect(JSON.parse(hipcheck(['analyze', '-', '--format', 'json'], { input }).stdout).statusDetail).toMatchObject({ painData: false, notes: ['no pain data'] });
  });

  it('who to see, and how soon, after an urgent red flag', () => {
    const input = LIMPING;
    const line = 'See a doctor within a few days, and do not run until you have: limping (possible stress fracture) (2025-03-03).';
    expect(hipcheck(['analyze', '-'], { input }).stdout).toContain(`Who to see: ${line}`);
    expect(hipcheck(['analyze', '-', '--format', 'markdown'], { input }).stdout).toContain(`**Who to see:** ${line}`);
    expect(hipcheck(['analyze', '-', '--format', 'html'], { input }).stdout).toContain(`<strong>Who to see:</strong> ${line}`);
    expect(JSON.parse(hipcheck(['analyze', '-', '--format', 'json'], { input }).stdout).advice.see).toMatchObject({ who: 'doctor', when: 'within days', text: line });
  });
});
