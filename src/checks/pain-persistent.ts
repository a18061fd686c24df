// Pain at rest: read from entries without a run only (rest days, diary days, interview records).
// Run pain that settles every morning is not persistent pain (docs/CLINICAL.md).
import { addDaysTo } from '../analysis/calendar.js';
import { isRunning } from '../model/log.js';
import { worstPain } from './painScores.js';
import { isOver, round1, type Check, type CheckContext, type RawFinding } from './types.js';

type Options = { days: number; sportsPhysioDays: number; minRecords: number; redMin: number; redWindowDays: number };

interface Record {
  date: string;
  pain: number;
}

export function restPainRecords(context: CheckContext): Record[] {
  const byDate = new Map<string, number>();
  for (const entry of context.entries) {
    const pain = isRunning(entry) ? undefined : worstPain(entry)?.pain;
    if (pain !== undefined) byDate.set(entry.date, Math.max(byDate.get(entry.date) ?? 0, pain));
  }
  return [...byDate].map(([date, pain]) => ({ date, pain })).sort((a, b) => (a.date < b.date ? -1 : 1));
}

export const check: Check<Options> = (context, options) => {
  const records = restPainRecords(context);
  if (records.length === 0) return { findings: [], tooLittleData: 'no pain recorded on days without a run (rest days, a pain diary)' };
  return { findings: [...notClearing(context, records, options), ...notImproving(records, options)] };
};

/** Every record above baseline over `days` days or more, none back at baseline in between: amber. */
function notClearing(context: CheckContext, records: Record[], options: Options): RawFinding[] {
  const findings: RawFinding[] = [];
  let streak: Record[] = [];
  const close = () => {
    if (streak.length >= options.minRecords) {
      const from = streak[0]!.date;
      const to = streak.at(-1)!.date;
      const days = context.dayIndex(to) - context.dayIndex(from) + 1;
      if (days >= options.days) {
        const long = days >= options.sportsPhysioDays;
        findings.push({
          messageId: long ? 'longPersistent' : 'persistent', from, to,
          refer: { who: long ? 'sports physiotherapist' : 'physiotherapist', when: 'soon' },
          data: { from, to, days, records: streak.length },
          evidence: { days, records: streak.length, baseline: context.baselinePain },
        });
      }
    }
    streak = [];
  };
  for (const record of records) {
    if (isOver(record.pain, context.baselinePain)) streak.push(record);
    else close();
  }
  close();
  return findings;
}

/**
 * Every record of a 14-day window at redMin or more, with records in both of its weeks, and the
 * last week's average not lower than the first's: red. Overlapping windows make one finding.
 */
function notImproving(records: Record[], options: Options): RawFinding[] {
  const findings: RawFinding[] = [];
  let open: RawFinding | undefined;
  let lastEnd: string | undefined;
  for (const end of records.map((record) => record.date)) {
    const from = addDaysTo(end, -(options.redWindowDays - 1));
    const half = addDaysTo(end, -Math.floor(options.redWindowDays / 2) + 1);
    const inWindow = records.filter((record) => record.date >= from && record.date <= end);
    const first = inWindow.filter((record) => record.date < half);
    const last = inWindow.filter((record) => record.date >= half);
    const average = (list: Record[]) => list.reduce((sum, record) => sum + record.pain, 0) / list.length;
    const holds = first.length > 0 && last.length > 0 && inWindow.every((record) => record.pain >= options.redMin - 1e-9) && average(last) >= average(first) - 1e-9;
    if (!holds) continue;
    const data = { from: inWindow[0]!.date, to: end, records: inWindow.length, min: options.redMin, firstWeek: round1(average(first)), lastWeek: round1(average(last)) };
    if (open && lastEnd && from <= lastEnd) {
      open.to = end;
      open.data = { ...data, from: open.from! };
    } else {
      open = { messageId: 'notImproving', escalate: true, refer: { who: 'sports physiotherapist', when: 'soon' }, from: data.from, to: end, data, evidence: {} };
      findings.push(open);
    }
    open.evidence = { records: open.data.records, firstWeekAverage: data.firstWeek, lastWeekAverage: data.lastWeek, redMin: options.redMin };
    lastEnd = end;
  }
  return findings;
}
