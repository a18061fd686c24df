// How pain behaves around runs, and the picture it is consistent with (information only).
import { isOver, type Check, type RawFinding } from './types.js';

export const check: Check<{ minRuns: number; sharePct: number }> = (context, options) => {
  const findings: RawFinding[] = [];
  const share = (count: number, total: number) => total >= options.minRuns && count / total >= options.sharePct / 100;
  const span = (dates: string[]) => ({ from: dates[0]!, to: dates.at(-1)! });

  const withinRun = context.runs.filter((run) => run.painStart !== undefined && run.painEnd !== undefined && Math.max(run.painStart, run.painEnd) > context.baselinePain);
  const eased = withinRun.filter((run) => run.painEnd! < run.painStart!);
  const example = (run: { date: string; painStart?: number; painEnd?: number }) => `${run.date}: ${run.painStart} → ${run.painEnd}`;
  // Pain that builds is the pain-builds rule (it moves the status); these pictures never do.
  if (share(eased.length, withinRun.length)) {
    findings.push({ messageId: 'eases', ...span(eased.map((run) => run.date)), data: { count: eased.length, runs: withinRun.length, example: example(eased.at(-1)!) }, evidence: { pattern: 'eases during runs', runs: withinRun.length, matching: eased.length } });
  }

  const afterRun = context.runs.filter((run) => run.pain !== undefined && run.painAfter !== undefined && isOver(run.pain, context.baselinePain));
  const lasting = afterRun.filter((run) => run.painAfter! >= run.pain!);
  const stopping = afterRun.filter((run) => !isOver(run.painAfter!, context.baselinePain));
  if (share(lasting.length, afterRun.length)) {
    findings.push({ messageId: 'lasts', ...span(lasting.map((run) => run.date)), data: { count: lasting.length, runs: afterRun.length }, evidence: { pattern: 'lasts after runs', runs: afterRun.length, matching: lasting.length } });
  } else if (share(stopping.length, afterRun.length)) {
    findings.push({ messageId: 'stops', ...span(stopping.map((run) => run.date)), data: { count: stopping.length, runs: afterRun.length }, evidence: { pattern: 'stops right after runs', runs: afterRun.length, matching: stopping.length } });
  }
  if (withinRun.length < options.minRuns && afterRun.length < options.minRuns) {
    return { findings, tooLittleData: `needs pain_start and pain_end, or pain and pain_after, on ${options.minRuns} painful runs` };
  }
  return { findings };
};
