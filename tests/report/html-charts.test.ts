// The HTML charts on logs built for the purpose: load markers, units on the axis, the ratio's end.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { renderHtml } from '../../src/report/html.js';
import { painBand, ratioPoints } from '../../src/report/htmlCharts.js';
import { EMPTY_CONFIG, applyConfig } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { daily, logOf } from '../helpers/ruleTester.js';

const RULES = applyConfig(loadRuleDefinitions(), EMPTY_CONFIG);
/** Four weeks of 3 km every day from Monday 2025-03-03 (21 km a week), then a 40 km week. */
const steady = daily('2025-03-03', Array.from({ length: 28 }, () => 3));
const steadyThenDouble = [...steady, ...daily('2025-03-31', [10, null, 10, null, 10, null, 10])];

describe('HTML charts', () => {
  it('marks the week with a load finding, and only that week', () => {
    const report = analyze(logOf(steadyThenDouble), RULES, {});
    expect(report.findings.some((finding) => finding.rule === 'weekly-ramp')).toBe(true);
    const html = renderHtml(report);
    expect([...html.matchAll(/data-load-week="([^"]+)"/g)].map((match) => match[1])).toEqual(['2025-03-31']);
  });

  it('no load finding, no marker', () => {
    const html = renderHtml(analyze(logOf(steady), RULES, {}));
    expect(html).not.toContain('data-load-week');
  });

  it('the distance axis is in the runner\'s units', () => {
    const report = analyze(logOf(steadyThenDouble, { units: 'mi' }), RULES, {});
    expect(renderHtml(report)).toContain('>mi/week</text>');
  });

  it('the ratio line ends at as-of on the report\'s own ratio, after the completed weeks', () => {
    const report = analyze(logOf(steadyThenDouble), RULES, { asOf: '2025-04-03' });
    const points = ratioPoints(report);
    expect(points.at(-1)).toEqual({ date: '2025-04-03', ratio: report.summary.acuteChronicRatio });
    expect(points.slice(0, -1).every((point) => point.date < '2025-04-03')).toBe(true);
  });

  it('calendar colours change at the rules\' pain thresholds: 0, 1–3, 4–5, 6+', () => {
    expect([null, 0, 1, 3, 4, 5, 6, 10].map(painBand)).toEqual(['c-none', 'c-0', 'c-low', 'c-low', 'c-mid', 'c-mid', 'c-high', 'c-high']);
  });
});
