import { daysBetween } from '../analysis/calendar.js';
import type { WeekLoad } from '../analysis/context.js';
import { round1, type Check, type RawFinding } from './types.js';

export const check: Check<{ weeksRising: number }> = (context, options) => {
  const scored = context.weeks.filter((week) => week.averagePain !== null);
  if (scored.length < options.weeksRising + 1) return { findings: [], tooLittleData: `needs pain scores in ${options.weeksRising + 1} or more weeks` };
  const findings: RawFinding[] = [];
  let streak: WeekLoad[] = [scored[0]!];
  const close = () => {
    if (streak.length - 1 < options.weeksRising) return;
    const first = streak[0]!;
    const last = streak.at(-1)!;
    const to = last.weekEnd < context.asOf ? last.weekEnd : context.asOf;
    findings.push({
      messageId: 'rising',
      // Pain that is getting worse: a sports physiotherapist (the running-injury blog).
      refer: { who: 'sports physiotherapist', when: 'soon' },
      from: first.weekStart,
      to,
      data: { rises: streak.length - 1, series: streak.map((week) => round1(week.averagePain!).toFixed(1)).join(' → '), weeks: streak.map((week) => week.weekStart).join(', ') },
      evidence: { weeks: streak.map((week) => ({ weekStart: week.weekStart, averagePain: round1(week.averagePain!) })) },
    });
  };
  for (const week of scored.slice(1)) {
    const previous = streak.at(-1)!;
    const consecutive = daysBetween(previous.weekStart, week.weekStart) === 7;
    // A rise is one the report can show: at least 0.1 on the one-decimal averages it prints
    // (1.55 → 1.58 is noise, and "rose: 1.6 → 1.6" would read as false).
    if (consecutive && round1(week.averagePain!) > round1(previous.averagePain!)) streak.push(week);
    else {
      close();
      streak = [week];
    }
  }
  close();
  return { findings };
};
