import { addDaysTo } from '../analysis/calendar.js';
import { isRunning, type Entry } from '../model/log.js';
import { isOver, type Check, type RawFinding } from './types.js';

/**
 * The morning-after score of each running day: the run's own pain_next_day, else the pain
 * of a non-running entry (a rest day, a diary record) on the following day.
 */
export function nextDayPainByDate(entries: Entry[]): Map<string, number> {
  const nonRunningPain = new Map<string, number>();
  for (const entry of entries) {
    if (!isRunning(entry) && entry.pain !== undefined) nonRunningPain.set(entry.date, Math.max(nonRunningPain.get(entry.date) ?? 0, entry.pain));
  }
  const byDate = new Map<string, number>();
  for (const entry of entries) {
    if (!isRunning(entry)) continue;
    const score = entry.painNextDay ?? nonRunningPain.get(addDaysTo(entry.date, 1));
    if (score !== undefined) byDate.set(entry.date, Math.max(byDate.get(entry.date) ?? 0, score));
  }
  return byDate;
}

export const check: Check<{ stopAt: number; repeatCount: number; repeatWindowDays: number }> = (context, options) => {
  const byDate = nextDayPainByDate(context.entries);
  if (byDate.size === 0) return { findings: [], tooLittleData: 'no next-day pain logged (pain_next_day)' };
  const baseline = context.baselinePain;
  const unsettled = [...byDate].filter(([, score]) => isOver(score, baseline)).sort(([a], [b]) => (a < b ? -1 : 1));
  // A sliding window over the unsettled mornings, oldest first.
  let windowStart = 0;
  const findings: RawFinding[] = unsettled.map(([date, nextDayPain], index) => {
    while (context.dayIndex(date) - context.dayIndex(unsettled[windowStart]![0]) >= options.repeatWindowDays) windowStart += 1;
    const count = index - windowStart + 1;
    const severe = nextDayPain >= options.stopAt;
    const repeated = count >= options.repeatCount;
    return {
      messageId: severe ? 'severe' : repeated ? 'repeated' : 'unsettled',
      escalate: severe || repeated,
      date,
      data: { date, nextDayPain, baseline, count, windowDays: options.repeatWindowDays },
      evidence: { nextDayPain, baseline, unsettledInWindow: count, windowDays: options.repeatWindowDays },
    };
  });
  return { findings };
};
