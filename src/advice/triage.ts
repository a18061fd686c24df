// Which finding set an athlete's status, and how urgent it is: the order a coach reads a squad
// in. Within one status, clinical severity comes first (DOMAIN § 4–5: a red flag before pain
// above 5, before mornings that do not settle, before pain that builds during runs, …), then
// how recent the finding is.
import { findingDay } from '../checks/engine.js';
import type { Finding, Status } from '../model/report.js';

/** Rules in order of clinical urgency; a rule not listed comes after these. */
export const TRIAGE_RULE_ORDER = [
  'red-flag',
  'pain-during',
  'pain-24h',
  'pain-timing',
  'pain-persistent',
  'pain-trend',
  'return-after-break',
  'session-spike',
  'weekly-ramp',
  'rest-days',
  'weekly-hours',
  'pattern',
];

const STATUS_SEVERITY: Record<Status, Finding['severity'] | undefined> = { red: 'stop', amber: 'warn', green: undefined };

export function triageRank(rule: string): number {
  const index = TRIAGE_RULE_ORDER.indexOf(rule);
  return index === -1 ? TRIAGE_RULE_ORDER.length : index;
}

/**
 * The finding that set the status: at the status's severity, the most urgent rule, and of
 * that rule the most recent finding. Undefined for green.
 */
export function statusSettingFinding(recent: Finding[], status: Status): Finding | undefined {
  const severity = STATUS_SEVERITY[status];
  if (!severity) return undefined;
  let best: Finding | undefined;
  for (const finding of recent) {
    if (finding.severity !== severity) continue;
    if (!best || triageRank(finding.rule) < triageRank(best.rule) || (finding.rule === best.rule && findingDay(finding) > findingDay(best))) best = finding;
  }
  return best;
}
