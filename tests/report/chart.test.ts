import { describe, expect, it } from 'vitest';
import { ASCII_GLYPHS, barLength, painStrip, sparkline, UNICODE_GLYPHS, weeksToShow } from '../../src/report/chart.js';

describe('chart maths', () => {
  it('bar lengths scale to the longest week, and any distance shows', () => {
    expect(barLength(50, 50, 40)).toBe(40);
    expect(barLength(25, 50, 40)).toBe(20);
    expect(barLength(0.1, 50, 40)).toBe(1);
    expect(barLength(0, 50, 40)).toBe(0);
    expect(barLength(10, 0, 40)).toBe(0);
  });
  it('the pain scale has 11 cells for 0–10, average and highest marked where they fall', () => {
    expect(painStrip(2.4, 5, UNICODE_GLYPHS)).toBe('··◆··●·····');
    expect(painStrip(null, null, ASCII_GLYPHS)).toBe('...........');
    expect(painStrip(0, 10, ASCII_GLYPHS)).toBe('a.........M');
    // Highest wins when both round to the same cell.
    expect(painStrip(4.6, 5, ASCII_GLYPHS)).toBe('.....M.....');
  });
  it('sparklines run from the lowest level for 0 to the highest for the biggest week', () => {
    expect(sparkline([0, 10, 20, 40])).toBe('▁▂▄█');
    expect(sparkline([0, 0])).toBe('▁▁');
    expect(sparkline([5, 40], ASCII_GLYPHS)).toBe('.#');
  });
  it('12 weeks on narrow terminals, 16 on wide ones', () => {
    expect(weeksToShow(60)).toBe(12);
    expect(weeksToShow(200)).toBe(16);
  });
});

import { barGeometry, painY, weeklyAcuteChronic } from '../../src/report/html.js';

describe('HTML chart maths', () => {
  it('bars fill their slots from the baseline, the tallest reaching the top', () => {
    const bars = barGeometry([10, 20, 40], 300, 100);
    expect(bars.map((bar) => bar.height)).toEqual([25, 50, 100]);
    expect(bars.map((bar) => bar.y)).toEqual([75, 50, 0]);
    expect(bars[1]!.x).toBeCloseTo(115, 6);
    expect(bars[0]!.width).toBeCloseTo(70, 6);
  });
  it('pain 0 sits on the baseline and 10 at the top', () => {
    expect(painY(0, 120)).toBe(120);
    expect(painY(10, 120)).toBe(0);
    expect(painY(5, 120)).toBe(60);
  });
  it('weekly acute:chronic needs four weeks: the week over the average of it and the three before', () => {
    expect(weeklyAcuteChronic([10, 10, 10, 10, 30])).toEqual([null, null, null, 1, 30 / 15]);
  });
});
