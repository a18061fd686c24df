// One direction per screen: the headline says which way the load goes this week (stop, cut,
// hold, build), and every advice line or pattern's "what helps" that names a direction must go
// the same way (DOMAIN § 4: green builds, amber at the edge holds, an unsettled morning cuts, red
// stops). A line going another way is left out, so "KEEP RUNNING AT THIS AMOUNT" never sits
// beside "build up ~10%", nor STOP beside "cut mileage by 30–50%". Lines that name no direction
// (who to see, what to log, strength work) go with any headline.
import type { AdviceMode, LineDirection, LoadDirection } from '../model/report.js';

/** A line of advice and the way it moves the load; undefined for a line that names none. */
export interface DirectedLine {
  text: string;
  direction?: LineDirection;
}

/**
 * The line directions each headline takes. A cut keeps limits that only hold the load ("keep
 * pain during runs at 3/10 or below"): less is within "no more". Nothing else mixes.
 */
const AGREEING: Record<LoadDirection, readonly LineDirection[]> = {
  stop: ['stop'],
  cut: ['cut', 'hold', 'train'],
  hold: ['hold', 'train'],
  build: ['build', 'train'],
};

export function agrees(line: LineDirection | undefined, headline: LoadDirection | undefined): boolean {
  return line === undefined || headline === undefined || AGREEING[headline].includes(line);
}

/** The lines that go the headline's way, in order. */
export function agreeingLines(lines: DirectedLine[], headline: LoadDirection | undefined): string[] {
  return lines.filter((line) => agrees(line.direction, headline)).map((line) => line.text);
}

/**
 * The direction of `analyze`'s advice, from its mode. Stale and no-recent-running name none:
 * their advice is to log again or come back with the 10–5–10 test, not a load for this week.
 */
export function directionOfMode(mode: AdviceMode): LoadDirection | undefined {
  const byMode: Partial<Record<AdviceMode, LoadDirection>> = { build: 'build', hold: 'hold', reduce: 'cut', stop: 'stop', 'see a doctor': 'stop' };
  return byMode[mode];
}
