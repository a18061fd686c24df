// The sessions of the way back, and how one logged run is judged against its session.
// Sources (DOMAIN § 2 "Returning after a break", § 4 "Advice follows the cause", red):
// - the return test: jog 10 min, walk 5, jog 10, then watch the hip for 24 hours; pain that
//   rises or does not fade means not ready (running-injury blog);
// - then a walk–run build-up that moves up only when pain stays ≤ 3 during the run and is
//   settled (back to the runner's baseline) the next morning.
// The stage ladder itself (1 min run / 1 min walk × 10 up to 30 min continuous), one session
// every other day, and "pain 4–5 or an unsettled morning: repeat; above 5: two stages back" are
// project defaults within those sources (issue 19), not figures from a study.
import type { Entry } from '../model/log.js';
import type { StageOutcome } from './types.js';

export interface Session {
  id: string;
  /** "10–5–10 test", "walk–run 1 (1 min run, 1 min walk × 10)". */
  name: string;
  /** What to do, in one line. */
  how: string;
  /** The whole session, walking included: a logged run at least this long counts. */
  durationMin: number;
}

export const RETURN_TEST: Session = { id: 'test', name: '10–5–10 test', how: 'jog 10 min, walk 5 min, jog 10 min, easy and on the flat', durationMin: 25 };

function walkRun(step: number, runMin: number, walkMin: number, repeats: number): Session {
  const durationMin = (runMin + walkMin) * repeats;
  return { id: `walk-run-${step}`, name: `walk–run ${step}`, how: `${runMin} min run, ${walkMin} min walk × ${repeats} (${durationMin} min)`, durationMin };
}

function continuous(step: number, minutes: number): Session {
  return { id: `run-${minutes}`, name: `walk–run ${step}`, how: `${minutes} min easy running without walking breaks`, durationMin: minutes };
}

/** After a red: from 1 min run / 1 min walk up to 30 minutes of continuous running. */
export const WALK_RUN_LADDER: Session[] = [
  walkRun(1, 1, 1, 10), walkRun(2, 2, 1, 7), walkRun(3, 4, 1, 5), walkRun(4, 6, 1, 4),
  walkRun(5, 9, 1, 3), walkRun(6, 14, 1, 2), continuous(7, 20), continuous(8, 30),
];

/** The whole way back after a red: the test, then the ladder. */
export const COMEBACK_PATH: Session[] = [RETURN_TEST, ...WALK_RUN_LADDER];

/**
 * After a break without a red: the test, then one 20-minute run, then the week `analyze`
 * advises. Kept this short so the first week back stays under the return-after-break rule's
 * limits (a first run over 30 min, or a first week over half the week before, is rushed).
 */
export const RETURN_PATH: Session[] = [RETURN_TEST, { ...continuous(1, 20), name: 'easy run' }];

/** Pain during a run is the highest of pain, pain at the start and at the end (DOMAIN § 4). */
export function painDuring(entry: Entry): number | undefined {
  const scores = [entry.pain, entry.painStart, entry.painEnd].filter((score): score is number => score !== undefined);
  return scores.length === 0 ? undefined : Math.max(...scores);
}

/** The stage limits: pain during up to 3 passes, 4–5 repeats, above 5 steps back. */
export const PASS_MAX_PAIN = 3;
export const REPEAT_MAX_PAIN = 5;

export interface Judgement {
  outcome: StageOutcome;
  reason: string;
}

const over = (value: number, limit: number) => value > limit + 1e-9;

/**
 * One run against its session. `morning` is the next-morning score (the run's pain_next_day,
 * else a pain record the next day), undefined when none is logged; `morningDue` says whether
 * that morning has come (a record may still be logged).
 */
export function judgeRun(run: Entry, session: Session, morning: number | undefined, morningDue: boolean, baseline: number): Judgement {
  const during = painDuring(run);
  const highest = Math.max(during ?? 0, run.painAfter ?? 0, morning ?? 0);
  if (over(highest, REPEAT_MAX_PAIN)) {
    const when = during !== undefined && over(during, REPEAT_MAX_PAIN) ? `pain ${during} during` : morning !== undefined && over(morning, REPEAT_MAX_PAIN) ? `pain ${morning} the next morning` : `pain ${run.painAfter} after`;
    return { outcome: session.id === RETURN_TEST.id ? 'not ready' : 'back', reason: `${when}, above 5` };
  }
  if (during === undefined) return { outcome: 'not judged', reason: 'no pain score for the run: log pain during (0–10)' };
  if (morning === undefined) {
    return morningDue ? { outcome: 'not judged', reason: 'no next-morning pain logged' } : { outcome: 'waiting', reason: `pain ${during} during; waiting for the next morning's pain` };
  }
  const rising = run.painStart !== undefined && run.painEnd !== undefined && run.painEnd > run.painStart;
  if (over(during, PASS_MAX_PAIN) || over(morning, baseline) || (session.id === RETURN_TEST.id && rising)) {
    const why = over(during, PASS_MAX_PAIN) ? `pain ${during} during, above 3` : over(morning, baseline) ? `morning ${morning}, above your baseline of ${baseline}` : `pain rose during the run (${run.painStart} → ${run.painEnd})`;
    return { outcome: session.id === RETURN_TEST.id ? 'not ready' : 'repeat', reason: why };
  }
  if (run.durationMin === undefined) return { outcome: 'not judged', reason: `pain ${during} during, morning ${morning}; no time logged for the run` };
  if (run.durationMin < session.durationMin - 0.5) {
    return { outcome: 'repeat', reason: `${Math.round(run.durationMin)} min, shorter than the session's ${session.durationMin} min` };
  }
  return { outcome: 'passed', reason: `pain ${during} during, morning ${morning}` };
}
