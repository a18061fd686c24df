// The next 7 days of the way back, from where the log says the runner is. Future days assume
// each session passes and say so: the plan only moves on when the log shows it did.
import { addDaysTo } from '../analysis/calendar.js';
import type { Progress } from './comeback.js';
import { SETTLED_MORNINGS } from './comeback.js';
import { RETURN_TEST, type Session } from './stages.js';
import type { PlanDay } from './types.js';

export const PLAN_DAYS = 7;

export interface LogHints {
  /** The log's file name, for the `hipcheck add` commands shown. */
  file: string;
  baseline: number;
  /** Whether a morning pain record is already logged for the start day. */
  morningLoggedOnStart: boolean;
}

const quote = (file: string) => (/^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`);

export function morningLog(hints: LogHints): string {
  return `this morning's hip pain, 0–10: hipcheck add ${quote(hints.file)} --morning N`;
}

export function runLog(hints: LogHints, session?: Session): string {
  const duration = session ? ` --duration ${session.durationMin}` : ' --duration MM:SS';
  return `the run with its time and your pain during it, 0–10: hipcheck add ${quote(hints.file)} --distance D${duration} --pain N`;
}

function crossDay(date: string, settling: boolean, hints: LogHints, extra: string[] = []): PlanDay {
  return {
    date,
    kind: settling ? 'cross-train' : 'rest',
    title: settling ? 'No running: pain-free cross-training or rest' : 'Rest, or pain-free cross-training',
    details: [...extra, 'swimming, cycling, rowing, the elliptical or deep-water running, only as far as they stay pain-free'],
    log: [morningLog(hints)],
  };
}

/**
 * A day that happens only if something holds first (a settled hip, the last session passed):
 * the condition leads its title, so a calendar event shows it before anything else.
 */
export function conditional(day: PlanDay, condition: string): PlanDay {
  const title = `${condition.charAt(0).toUpperCase()}${condition.slice(1)}: ${day.title.charAt(0).toLowerCase()}${day.title.slice(1)}`;
  return { ...day, title, condition };
}

/** The short condition for a session's title, and the details that say exactly what it means. */
interface SessionCondition {
  condition: string;
  details: string[];
}

function sessionDay(date: string, session: Session, hints: LogHints, when: SessionCondition): PlanDay {
  const test = session.id === RETURN_TEST.id;
  return conditional({
    date,
    kind: test ? 'test' : session.id.startsWith('walk-run') ? 'walk-run' : 'run',
    title: `${test ? 'The 10–5–10 test' : session.name[0]!.toUpperCase() + session.name.slice(1)}: ${session.how}`,
    details: [...when.details, test ? 'then watch the hip for 24 hours: pain that rises, or has not faded by the next morning, means not ready yet' : 'stop the session if pain passes 3/10'],
    durationMin: session.durationMin,
    log: [morningLog(hints), runLog(hints, session)],
  }, when.condition);
}

/**
 * Days from `startDay` for a runner on the way back. `afterPath` fills the days once the path
 * is finished (the next week at the green rate).
 */
export function comebackDays(progress: Progress, startDay: string, hints: LogHints, afterPath: (date: string) => PlanDay): PlanDay[] {
  const days: PlanDay[] = [];
  // A session waiting for its next morning is assumed passed, and the one after it is shown.
  let index = progress.waiting ? progress.index + 1 : progress.index;
  let settling = progress.phase === 'settle';
  let nextSession: string;
  if (settling) {
    // The test comes on the morning the last needed settled record is logged.
    const needed = SETTLED_MORNINGS - progress.settledMornings;
    nextSession = addDaysTo(startDay, needed - (hints.morningLoggedOnStart ? 0 : 1));
    if (nextSession < startDay) nextSession = startDay;
  } else {
    nextSession = progress.lastSessionDay && addDaysTo(progress.lastSessionDay, 2) > startDay ? addDaysTo(progress.lastSessionDay, 2) : startDay;
  }
  let predicted = false;
  for (let offset = 0; offset < PLAN_DAYS; offset++) {
    const date = addDaysTo(startDay, offset);
    if (progress.phase === 'done' || index >= progress.path.length) {
      days.push(afterPath(date));
      continue;
    }
    if (date < nextSession) {
      const extra = progress.waiting && date === addDaysTo(progress.lastSessionDay!, 1) ? ['the morning after your last session: log its pain, so the plan can judge it'] : [];
      days.push(crossDay(date, settling, hints, settling ? [`until ${SETTLED_MORNINGS} pain records in a row are at your baseline of ${hints.baseline}`, ...extra] : extra));
      continue;
    }
    const when: SessionCondition = settling
      ? { condition: 'if settled', details: [`only if your last ${SETTLED_MORNINGS} pain records, this morning's included, are at your baseline of ${hints.baseline}; otherwise keep cross-training`] }
      : predicted || progress.waiting
        ? { condition: 'if the last session passed', details: ['only if the last session passed: pain 3/10 or less during it, and this morning at your baseline; pain 4–5 or an unsettled morning: repeat that session instead'] }
        : { condition: 'if this morning is at your baseline', details: [`only if this morning's pain is at your baseline of ${hints.baseline}`] };
    days.push(sessionDay(date, progress.path[index]!, hints, when));
    settling = false;
    predicted = true;
    index += 1;
    nextSession = addDaysTo(date, 2);
    if (index >= progress.path.length) {
      // The path ends with this session; the days after it are ordinary days again.
      progress = { ...progress, phase: 'done' };
    }
  }
  return days;
}
