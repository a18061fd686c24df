// Which finding set an athlete's status, and how urgent it is: the order a coach reads a squad
// in. Within one status, clinical severity comes first (DOMAIN § 4–5: a red flag before pain
// above 5, before mornings that do not settle, before pain that builds during runs, …), then
// how recent the finding is.
import { findingDay } from '../checks/engine.js';
import { severityRank } from '../rulebook/types.js';
import type { Finding } from '../model/report.js';

/** Rules in order of clinical urgency; a rule not listed comes after these. */
export const TRIAGE_RULE_ORDER = [
  'red-flag',
  'pain-during',
  'pain-24h',
  'pain-builds',
  'pain-after',
  'pain-persistent',
  'see-clinician',
  'pain-trend',
  'return-after-break',
  'session-spike',
  'weekly-ramp',
  'rest-days',
  'weekly-hours',
  'pattern',
];

/** How soon a finding sends the runner to someone: today before within days before soon. */
const WHEN_RANK: Record<string, number> = { today: 0, 'within days': 1, soon: 2, 'if it persists': 3 };
const whenRank = (finding: Finding) => (finding.refer ? WHEN_RANK[finding.refer.when] ?? 4 : 4);

/** Worst severity first; within it the most urgent rule, then how soon, then the most recent finding. */
export function byUrgency(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || triageRank(a.rule) - triageRank(b.rule) || whenRank(a) - whenRank(b) || newestDayFirst(findingDay(a), findingDay(b));
}

/**
 * Days are YYYY-MM-DD (or '' for none), so code-point order is calendar order. Not
 * localeCompare: its first call loads ICU's collator, ~25 ms of every analyze's start-up.
 */
function newestDayFirst(dayA: string, dayB: string): number {
  return dayA === dayB ? 0 : dayA < dayB ? 1 : -1;
}

export function triageRank(rule: string): number {
  const index = TRIAGE_RULE_ORDER.indexOf(rule);
  return index === -1 ? TRIAGE_RULE_ORDER.length : index;
}
