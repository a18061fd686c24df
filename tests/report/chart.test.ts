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
