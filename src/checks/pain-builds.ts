import { addDaysTo } from '../analysis/calendar.js';
import type { Entry } from '../model/log.js';
import { signsIn } from './notesOnRows.js';
import { isOver, type Check, type CheckContext, type RawFinding } from './types.js';

type Options = { amberRise: number; amberRuns: number; windowDays: number; redRise: number; redEndAtLeast: number; redEndAbove: number };

interface BuildingRun {
  run: Entry;
  /** Start → end in words: "2 → 7", or the note's words. */
  example: string;
}

/** A note that says the pain got worse as the run went on, without deep groin pain (that is red-flag's). */
function noteSaysItBuilt(context: CheckContext, run: Entry): string | undefined {
  if (!run.notes) return undefined;
  const signs = signsIn(context, run.notes);
  if (signs.some((sign) => sign.kind === 'urgent')) return undefined;
  return signs.find((sign) => sign.kind === 'within-run')?.excerpt;
}

export const check: Check<Options> = (context, options) => {
  const findings: RawFinding[] = [];
  const building: BuildingRun[] = [];
  let scoredRuns = 0;
  for (const run of context.runs) {
    if (run.painStart !== undefined && run.painEnd !== undefined) {
      scoredRuns += 1;
      const rise = run.painEnd - run.painStart;
      const example = `${run.painStart} → ${run.painEnd}`;
      // The bone-stress pattern: a big rise that ends at the edge or above, or any rise past 5.
      if ((rise >= options.redRise - 1e-9 && run.painEnd >= options.redEndAtLeast - 1e-9) || (rise > 1e-9 && isOver(run.painEnd, options.redEndAbove))) {
        findings.push({
          messageId: 'boneStress', escalate: true, refer: { who: 'doctor', when: 'within days' }, date: run.date,
          data: { start: run.painStart, end: run.painEnd, date: run.date, distance: context.distance(run.distanceKm) },
          evidence: { painStart: run.painStart, painEnd: run.painEnd, rise },
        });
        continue;
      }
      if (rise >= options.amberRise - 1e-9) building.push({ run, example });
      continue;
    }
    const words = noteSaysItBuilt(context, run);
    if (words !== undefined) building.push({ run, example: `"${words}"` });
  }
  // Rises of amberRise or more on amberRuns runs within windowDays: amber; one alone is information.
  building.forEach(({ run, example }, index) => {
    const from = addDaysTo(run.date, -(options.windowDays - 1));
    const inWindow = building.slice(0, index + 1).filter((other) => other.run.date >= from);
    const repeated = inWindow.length >= options.amberRuns;
    findings.push({
      messageId: repeated ? 'repeated' : 'once',
      ...(repeated ? { refer: { who: 'physiotherapist', when: 'soon' } as const } : { info: true }),
      date: run.date,
      data: { date: run.date, example, count: inWindow.length, windowDays: options.windowDays, minRise: options.amberRise },
      evidence: { example, runsInWindow: inWindow.length, windowDays: options.windowDays },
    });
  });
  findings.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  if (scoredRuns === 0 && building.length === 0) return { findings, tooLittleData: 'no pain_start and pain_end logged' };
  return { findings };
};
