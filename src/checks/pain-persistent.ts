import { isRunning, type Entry } from '../model/log.js';
import { worstPain } from './painScores.js';
import { isOver, type Check, type RawFinding } from './types.js';

export const check: Check<{ days: number; seeSportsPhysioDays: number }> = (context, options) => {
  // Pain records on days without a run (rest days, a pain diary) count too: pain that stays
  // on rest days is just as persistent.
  const scored = context.entries.filter((entry) => (isRunning(entry) || entry.type === 'rest') && worstPain(entry) !== undefined);
  if (scored.length === 0) return { findings: [], tooLittleData: 'no pain scores logged' };
  const findings: RawFinding[] = [];
  let streak: Entry[] = [];
  const close = () => {
    if (streak.length === 0) return;
    const from = streak[0]!.date;
    const to = streak.at(-1)!.date;
    const days = context.dayIndex(to) - context.dayIndex(from) + 1;
    if (days >= options.days) {
      const long = days >= options.seeSportsPhysioDays;
      findings.push({
        messageId: long ? 'longPersistent' : 'persistent', from, to,
        data: { from, to, days, runs: streak.length },
        evidence: { days, runs: streak.length, baseline: context.baselinePain, seeSportsPhysio: long },
      });
    }
    streak = [];
  };
  for (const run of scored) {
    if (isOver(worstPain(run)!.pain, context.baselinePain)) streak.push(run);
    else close();
  }
  close();
  return { findings };
};
