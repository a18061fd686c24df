// `--format messages`: a short plain paragraph per athlete that a coach could send as it is —
// the status, the reason in words, next week's limits in the athlete's own units, and who to
// see. No rule ids, no jargon.
import { topReason } from './squadRow.js';
import type { Report } from '../model/report.js';

const HEADLINE = { green: 'all clear to keep building', amber: 'time to hold back a little', red: 'please stop running for now' } as const;
/** The name to greet: the first word of the athlete's name. */
const firstName = (name: string) => name.split(/\s+/)[0] || name;

export function renderMessage(report: Report): string {
  const name = firstName(report.athlete.name);
  // The reason that set the status, without its rule id.
  const reason = report.status === 'green' ? '' : topReason(report).replace(/^[a-z0-9-]+: /, '');
  const stale = report.freshness?.stale === true;
  // Silence never clears a status: a stale log is never "all clear".
  const headline = stale ? `no entry in your log for ${report.freshness!.daysBehind} days, so I can't clear you: this is how things stood on ${report.freshness!.lastEntry}` : HEADLINE[report.status];
  const sentences = [`Hi ${name}, your hip check as of ${report.asOf}: ${report.status.toUpperCase()}, ${headline}.`];
  if (stale) sentences.push('Please send me your latest runs and pain scores.');
  if (reason) sentences.push(`The reason: ${sentence(reason)}`);
  // Say who to see once: the reason or the plan may already name the doctor or physio.
  const namesSomeone = (text: string) => /doctor|physiotherapist|clinician/i.test(text);
  // A stale log's plan is the staleness itself, which the first sentence has already said.
  const plan = report.advice.mode === 'stale' ? undefined : report.advice.actions[0];
  if (plan && !(namesSomeone(plan) && namesSomeone(reason))) sentences.push(sentence(plan));
  // Who to see in the advice's own words (the same sentence analyze prints).
  const see = report.advice.see?.text;
  if (see && !sentences.some(namesSomeone)) sentences.push(sentence(see));
  return `${report.athlete.name}\n${sentences.join(' ')}\n`;
}

/** An athlete whose log could not be read: greeted like the others, with what went wrong. */
export function renderUnreadableMessage(athlete: string, error: string): string {
  return `${athlete}\nHi ${firstName(athlete)}, I could not read your log (${error}); please send it again.\n`;
}

/** A message from the rule book as a sentence: capital first, full stop last. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.;:,]+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}
