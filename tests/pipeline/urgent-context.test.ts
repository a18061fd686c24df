// Under an urgent red flag, the report leads with it: flags for today before flags for within
// days, a red_flag column read back in plain words, and pain pictures set aside.
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/ingest/read.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { EMPTY_CONFIG, applyConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';

const RULES = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);
const report = (csv: string) => analyze(readLog('log.csv', csv), RULES, { today: '2025-06-02' });

describe('an urgent red flag leads the report', () => {
  it('several flags are listed by urgency: today before within days', () => {
    const reasons = report('date,distance,pain,notes\n2025-05-25,5,1,\n2025-06-01,5,1,"limping home, can\'t bear weight"\n').statusReasons;
    expect(reasons[0]).toMatch(/not being able to bear weight.*today/);
    expect(reasons[1]).toMatch(/limping.*within a few days/);
  });
  it('a red_flag column is read back without doubled brackets', () => {
    const flag = report('date,distance,pain,red_flag\n2025-05-25,5,1,\n2025-06-01,5,1,limping\n').findings.find((finding) => finding.rule === 'red-flag')!;
    expect(flag.message).toBe('2025-06-01: your red_flag column says "limping" — limping (possible stress fracture): see a doctor within a few days, and do not run until then');
  });
  it('the bursa-like picture is set aside under a fever, and counts only runs with a pain-after score', () => {
    const csv = 'date,distance,pain,pain_after,notes\n2025-05-20,5,2,3,\n2025-05-22,5,2,3,\n2025-05-24,5,2,3,\n2025-05-26,5,2,,\n2025-06-01,5,1,,fever and chills tonight\n';
    const picture = report(csv).findings.find((finding) => finding.rule === 'pain-timing')!;
    expect(picture.message).toMatch(/^pain was still there after 3 of 3 painful runs with a pain-after score: .* — set aside while an urgent red flag stands: see a doctor first$/);
    const calm = report(csv.replace('fever and chills tonight', 'easy')).findings.find((finding) => finding.rule === 'pain-timing')!;
    expect(calm.message).not.toMatch(/set aside/);
  });
});
