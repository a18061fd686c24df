// One verdict: the interview's answers and the runner's log judged together. The worse of the two
// wins, one line says why, and there is one advice list: the winner's (the answers' on a tie,
// since they are today's). A stale log is not combined: the outcome rests on the answers alone.
import { agrees, agreeingLines, directionOfMode } from '../advice/direction.js';
import { DISCLAIMER } from '../advice/plan.js';
import type { LoadDirection, Report, Status } from '../model/report.js';
import { LOAD_DIRECTION, type ConditionMatch, type Outcome } from './score.js';

const STATUS_LEVEL: Record<Status, number> = { green: 0, amber: 1, red: 2 };

// "Keep running" builds up gradually, as `analyze`'s green does: never "at this amount" beside "build up".
const LOAD_HEADLINE = { stop: 'STOP RUNNING FOR NOW', cut: 'CUT BACK 30–50%', continue: 'KEEP RUNNING, BUILD UP GRADUALLY' } as const;

/** The log's headline by the way its advice moves the load (`analyze`'s mode), else by its status. */
const LOG_HEADLINE: Record<LoadDirection, string> = { stop: 'STOP RUNNING FOR NOW', cut: 'CUT BACK', hold: 'HOLD AT THIS AMOUNT', build: 'KEEP RUNNING, BUILD UP GRADUALLY' };

export interface LogView {
  file: string;
  status: Status;
  /** The reason that set the log's status. */
  reason: string;
  stale: boolean;
  lastEntry: string;
  daysBehind: number;
  skippedRows: number;
  headline: string;
  /** Which way the log's advice moves the load (from `analyze`'s mode); none when stale or with no recent running. */
  direction?: LoadDirection;
  /** The log's advice lines, as `analyze` gives them, without who to see and the disclaimer (said once each). */
  actions: string[];
  /** Who to see and how soon, as `analyze` says it; empty when nobody needs to be seen yet. */
  see: string;
  /** The log's referral is to a doctor. */
  seeDoctor: boolean;
  /** The log's standing (uncleared) red flags: the sign, its day, and how soon to see a doctor. */
  redFlags: LogRedFlag[];
}

export interface LogRedFlag {
  flag: string;
  date: string;
  when: 'today' | 'within days';
}

export interface Verdict {
  status: Status;
  /** Which side decided: the answers, the log, or the answers alone (no log, or a stale one). */
  decidedBy: 'answers' | 'log' | 'answers alone';
  headline: string;
  /** Which way the headline moves the load: every advice line and pattern's "what helps" shown goes this way. */
  direction?: LoadDirection;
  /** "your answers say …; your log says …; so …", or why the log was not combined. */
  why: string;
  advice: string[];
  /** Who to see and how soon, when someone should be seen. */
  see: string;
  /** How soon to see a doctor for a red flag from the answers or the log (the worse); null without one. */
  urgency: 'today' | 'within days' | null;
  /** Every red flag behind the banner: the answers' questions (answered yes), then the log's signs. */
  redFlags: BannerFlag[];
  /** The patterns the answers fit, each keeping its name and why; "what helps" only where it goes the headline's way. */
  patterns: PatternView[];
}

/** A pattern as shown under a verdict: `helps` is left out when it goes against the headline. */
export type PatternView = Omit<ConditionMatch, 'helps' | 'helpsDirection'> & { helps?: string };

function patternsUnder(outcome: Outcome, direction: LoadDirection | undefined): PatternView[] {
  return outcome.conditions.map(({ helps, helpsDirection, ...match }) => (agrees(helpsDirection, direction) ? { ...match, helps } : match));
}

/** One line under the banner: a red-flag question answered yes, or a sign found in the log. */
export interface BannerFlag {
  text: string;
  answeredYes: boolean;
}

/** A standing red flag in the log: urgent and not cleared (a cleared one is kept as info, not urgent). */
function logRedFlags(report: Report): LogRedFlag[] {
  return report.findings
    .filter((finding) => finding.urgent && finding.refer?.who === 'doctor')
    .map((finding) => ({ flag: String(finding.evidence.flag ?? finding.rule), date: finding.date ?? finding.to ?? '', when: finding.refer?.when === 'today' ? 'today' : 'within days' }));
}

/** Why the log says what it says, in its findings' words: a red flag by its sign, never with its advice. */
function logReason(report: Report, redFlags: LogRedFlag[]): string {
  if (redFlags.length > 0) return `a red flag in your log (${redFlags.map((flag) => `${flag.flag}, ${flag.date}`).join('; ')})`;
  return report.statusReasons.find((reason) => !reason.startsWith('stale')) ?? report.statusReasons[0] ?? '';
}

export function logView(report: Report, file: string): LogView {
  const stale = Boolean(report.freshness?.stale || report.statusDetail.stale);
  const { advice } = report;
  // Never a 0 km range: with no recent running (or a stale log) the advice has none to give.
  const range = advice.nextWeekMax > 0 ? `: next week up to ${advice.nextWeekMax} ${advice.units}` : '';
  const direction = directionOfMode(advice.mode);
  const byStatus = advice.mode === 'no recent running' ? 'COME BACK WITH THE 10–5–10 TEST' : report.status === 'red' ? 'STOP RUNNING FOR NOW' : report.status === 'amber' ? 'CUT BACK' : 'KEEP RUNNING';
  const headline = `${direction ? LOG_HEADLINE[direction] : byStatus}${report.status === 'red' ? '' : range}`;
  const redFlags = logRedFlags(report);
  return {
    file,
    status: report.status,
    reason: logReason(report, redFlags),
    stale,
    lastEntry: report.freshness?.lastEntry ?? report.statusDetail.lastEntry,
    daysBehind: report.freshness?.daysBehind ?? 0,
    skippedRows: report.summary.skippedRows,
    headline,
    ...(direction ? { direction } : {}),
    actions: advice.actions.filter((line) => line !== advice.see?.text && line !== DISCLAIMER),
    see: advice.see?.text ?? '',
    seeDoctor: advice.see?.who === 'doctor',
    redFlags,
  };
}

const said = (status: Status, because: string) => `${status.toUpperCase()}: ${because}`;

/** `logUnused`: why a log given was not combined (it had no entries to judge), for the why line. */
export function decideVerdict(outcome: Outcome, log?: LogView, logUnused?: string): Verdict {
  const answersSay = `your answers say ${said(outcome.status, outcome.because)}`;
  const direction = LOAD_DIRECTION[outcome.load];
  const answers: Verdict = {
    status: outcome.status,
    decidedBy: 'answers alone',
    headline: LOAD_HEADLINE[outcome.load],
    direction,
    why: `${answersSay}.`,
    advice: agreeingLines(outcome.advice, direction),
    see: outcome.seeText,
    urgency: outcome.urgency,
    redFlags: outcome.redFlagDetails.map((flag) => ({ text: flag.message, answeredYes: !flag.fromScore })),
    patterns: patternsUnder(outcome, direction),
  };
  if (logUnused) return { ...answers, why: `${answersSay}. ${logUnused.replace(/\.$/, '')}, so it is not combined: this outcome is judged on your answers alone.` };
  if (!log) return answers;
  if (log.stale) {
    return { ...answers, why: `${answersSay}. Your log's last entry is ${log.lastEntry}, ${log.daysBehind} days ago, so it is stale and not combined: this outcome is judged on your answers alone.` };
  }
  const logWins = STATUS_LEVEL[log.status] > STATUS_LEVEL[outcome.status];
  const tie = log.status === outcome.status;
  const so = tie ? 'both agree' : logWins ? 'your log is the more cautious' : 'your answers are the more cautious';
  const why = `${answersSay}; your log says ${said(log.status, log.reason)}; so ${(logWins ? log.status : outcome.status).toUpperCase()}: ${so}.`;
  // A doctor, from either side, is never left out; else whoever decided names who to see.
  const see = outcome.seeProfessional === 'doctor' ? outcome.seeText : log.seeDoctor || logWins ? log.see || outcome.seeText : outcome.seeText || log.see;
  // A red flag from either side raises the banner; the sooner of the two says how soon.
  const logUrgency = log.redFlags.length === 0 ? null : log.redFlags.some((flag) => flag.when === 'today') ? 'today' : 'within days';
  const urgency = outcome.urgency === 'today' || logUrgency === 'today' ? 'today' : outcome.urgency ?? logUrgency;
  const redFlags = [...answers.redFlags, ...log.redFlags.map((flag) => ({ text: `in your log: ${flag.flag} (${flag.date})`, answeredYes: false }))];
  if (!logWins) return { ...answers, decidedBy: 'answers', why, see, urgency, redFlags };
  // The log's advice is `analyze`'s, whose lines already go its mode's way; the answers' patterns follow it.
  const logDirection = log.direction ? { direction: log.direction } : {};
  return { status: log.status, decidedBy: 'log', headline: log.headline, ...logDirection, why, advice: log.actions, see, urgency, redFlags, patterns: patternsUnder(outcome, log.direction) };
}
