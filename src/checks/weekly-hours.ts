// 700 training hours a year is a yearly total: compared with an average over months, never one week.
import { isOver, round1, type Check } from './types.js';

export const check: Check<{ maxHours: number; windowWeeks: number; minWeeks: number }> = (context, options) => {
  if (!context.runs.some((run) => run.durationMin !== undefined)) return { findings: [], tooLittleData: 'no durations logged' };
  const complete = context.weeks.filter((week) => week.complete).slice(-options.windowWeeks);
  if (complete.length < options.minWeeks) return { findings: [], tooLittleData: `needs ${options.minWeeks} complete weeks to average training hours` };
  const averageHours = complete.reduce((sum, week) => sum + week.hours, 0) / complete.length;
  if (!isOver(averageHours, options.maxHours)) return { findings: [] };
  const from = complete[0]!.weekStart;
  const to = complete.at(-1)!.weekEnd;
  return {
    findings: [{
      messageId: 'over', from, to,
      data: { hours: round1(averageHours), weeks: complete.length, from, to, maxHours: options.maxHours },
      evidence: { averageHours: round1(averageHours), weeks: complete.length, maxHours: options.maxHours },
    }],
  };
};
