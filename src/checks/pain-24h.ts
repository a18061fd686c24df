import { addDaysTo } from '../analysis/calendar.js';
import { isRunning, type Entry } from '../model/log.js';
import { worstPain } from './painScores.js';
import { isOver, round1, type Check, type RawFinding } from './types.js';

/** The highest pain of the non-running entries (rest days, diary days, interview records) of each day. */
export function restPainByDate(entries: Entry[]): Map<string, number> {
  const byDate = new Map<string, number>();
  for (const entry of entries) {
    const pain = isRunning(entry) ? undefined : worstPain(entry)?.pain;
    if (pain !== undefined) byDate.set(entry.date, Math.max(byDate.get(entry.date) ?? 0, pain));
  }
  return byDate;
}

function maxOf(map: Map<string, number>, date: string, pain: number | undefined): void {
  if (pain !== undefined) map.set(date, Math.max(map.get(date) ?? 0, pain));
}

/**
 * The morning-after score of each running day: the run's own pain_next_day, else the pain of a
 * non-running entry on the following day (docs/CLINICAL.md).
 */
export function nextDayPainByDate(entries: Entry[], rest = restPainByDate(entries)): Map<string, number> {
  const byDate = new Map<string, number>();
  for (const entry of entries) if (isRunning(entry)) maxOf(byDate, entry.date, entry.painNextDay ?? rest.get(addDaysTo(entry.date, 1)));
  return byDate;
}

/** Morning pain by day: the pain_next_day of the day before's runs, rest-day records, and pain_start. */
function morningPainByDate(entries: Entry[], rest: Map<string, number>): Map<string, number> {
  const byDate = new Map(rest);
  for (const entry of entries) {
    if (!isRunning(entry)) continue;
    maxOf(byDate, addDaysTo(entry.date, 1), entry.painNextDay);
    maxOf(byDate, entry.date, entry.painStart);
  }
  return byDate;
}

type Options = { stopAt: number; secondMorningStopAt: number; risingDays: number };

export const check: Check<Options> = (context, options) => {
  const rest = restPainByDate(context.entries);
  const byDate = nextDayPainByDate(context.entries, rest);
  if (byDate.size === 0) return { findings: [], tooLittleData: 'no next-morning pain logged (pain_next_day, or a rest-day record the next day)' };
  const baseline = context.baselinePain;
  const startPain = new Map<string, number>();
  for (const run of context.runs) maxOf(startPain, run.date, run.painStart);
  const findings: RawFinding[] = [];
  for (const [date, nextDayPain] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The second morning after the same run: a rest-day record two days later, or the next run's start.
    const secondDay = addDaysTo(date, 2);
    const secondMorningPain = rest.get(secondDay) ?? startPain.get(secondDay);
    if (secondMorningPain !== undefined && secondMorningPain >= options.secondMorningStopAt && isOver(secondMorningPain, baseline)) {
      findings.push({
        messageId: 'secondMorning', escalate: true, date,
        data: { date, secondMorningPain },
        evidence: { nextDayPain, secondMorningPain, baseline, secondMorningStopAt: options.secondMorningStopAt },
      });
    } else if (nextDayPain >= options.stopAt || isOver(nextDayPain, baseline)) {
      // A morning at the stop level is red whatever the baseline (DOMAIN § 4): a high baseline never hides it.
      const severe = nextDayPain >= options.stopAt;
      findings.push({
        messageId: severe ? 'severe' : 'unsettled', escalate: severe, date,
        data: { date, nextDayPain, baseline },
        evidence: { nextDayPain, baseline, stopAt: options.stopAt },
      });
    }
  }
  findings.push(...risingMornings(morningPainByDate(context.entries, rest), baseline, options.risingDays, context.asOf));
  return { findings };
};

/** Morning pain above baseline that rises on `days` days in a row: it does not settle. */
function risingMornings(byDate: Map<string, number>, baseline: number, days: number, asOf: string): RawFinding[] {
  const findings: RawFinding[] = [];
  const dates = [...byDate.keys()].filter((date) => date <= asOf).sort();
  let streak: string[] = [];
  const close = () => {
    if (streak.length >= days) {
      const series = streak.map((date) => round1(byDate.get(date)!));
      const to = streak.at(-1)!;
      findings.push({
        messageId: 'rising', escalate: true, date: to,
        data: { days: streak.length, series: series.join(' → '), from: streak[0]!, to },
        evidence: { mornings: streak.map((date, index) => ({ date, pain: series[index] })), baseline },
      });
    }
    streak = [];
  };
  for (const date of dates) {
    const pain = byDate.get(date)!;
    const previous = streak.at(-1);
    const continues = previous !== undefined && addDaysTo(previous, 1) === date && pain > byDate.get(previous)!;
    if (!continues) close();
    if (isOver(pain, baseline)) streak.push(date);
    else close();
  }
  close();
  return findings;
}
