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
  const findings: RawFinding[] = unsettled.map(([date, nextDayPain], index) => {
    const recent = unsettled.slice(0, index + 1).filter(([other]) => context.dayIndex(date) - context.dayIndex(other) < options.repeatWindowDays);
    const severe = nextDayPain >= options.stopAt;
    const repeated = recent.length >= options.repeatCount;
    return {
      messageId: severe ? 'severe' : repeated ? 'repeated' : 'unsettled',
      escalate: severe || repeated,
      date,
      data: { date, nextDayPain, baseline, count: recent.length, windowDays: options.repeatWindowDays },
      evidence: { nextDayPain, baseline, unsettledInWindow: recent.length, windowDays: options.repeatWindowDays },
    };
  });
  return { findings };
};
