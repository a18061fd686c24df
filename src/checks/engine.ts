// Runs every rule that is not off, renders messages from the rule files, and checks what
// the checkers return (a message id the rule does not define is a bug, caught here).
import type { Finding } from '../model/report.js';
import { escalate, severityRank, type ConfiguredRule, type RuleSet } from '../rulebook/types.js';
import { type FindingSeverity } from '../model/report.js';
import { CHECKS } from './index.js';
import type { Check, CheckContext, RawFinding } from './types.js';

export interface RuleResults {
  findings: Finding[];
  tooLittleData: { rule: string; reason: string }[];
}

export function runRules(context: CheckContext, ruleSet: RuleSet): RuleResults {
  const findings: Finding[] = [];
  const tooLittleData: RuleResults['tooLittleData'] = [];
  for (const rule of ruleSet.rules) {
    if (rule.severity === 'off') continue;
    const check = CHECKS[rule.id] as Check | undefined;
    if (!check) throw new Error(`rule ${rule.id} has no checker in src/checks/`);
    const result = check(context, rule.options);
    if (result.tooLittleData) tooLittleData.push({ rule: rule.id, reason: result.tooLittleData });
    // One source text per rule, shared by its findings: a long log can have a finding per run.
    const first = rule.sources[0]!;
    const source = first.url ? `${first.citation} ${first.url}` : first.citation;
    for (const raw of result.findings) findings.push(toFinding(rule, rule.severity, raw, source));
  }
  findings.sort(worstFirst);
  return { findings, tooLittleData };
}

function toFinding(rule: ConfiguredRule, base: FindingSeverity, raw: RawFinding, source: string): Finding {
  const template = rule.messages[raw.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id}: checker returned unknown message id ${raw.messageId}`);
  // Information-only rules and findings never move the status, whatever the config says.
  const severity: FindingSeverity = rule.informationOnly || raw.info ? 'info' : raw.escalate ? escalate(base) : base;
  const finding: Finding = {
    rule: rule.id,
    severity,
    message: renderMessage(template, raw.data, rule.id),
    evidence: raw.evidence,
    source,
  };
  if (raw.urgent && severity === 'stop') finding.urgent = true;
  if (raw.refer && severity !== 'info') finding.refer = raw.refer;
  if (raw.date) finding.date = raw.date;
  if (raw.from) finding.from = raw.from;
  if (raw.to) finding.to = raw.to;
  return finding;
}

/** A template split at its `{name}` places: text at even indexes, names at odd ones. */
const compiledTemplates = new Map<string, string[]>();

export function renderMessage(template: string, data: Record<string, string | number>, ruleId = '?'): string {
  // Compiled once per template: a long log gives a rule hundreds of findings, each rendered.
  let parts = compiledTemplates.get(template);
  if (!parts) compiledTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  let message = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const key = parts[index]!;
    if (!(key in data)) throw new Error(`rule ${ruleId}: message needs {${key}} but the checker gave no such value`);
    message += String(data[key]) + parts[index + 1]!;
  }
  return message;
}

/** Worst severity first, then the most recent. */
export function worstFirst(a: Finding, b: Finding): number {
  const bySeverity = severityRank(b.severity) - severityRank(a.severity);
  if (bySeverity !== 0) return bySeverity;
  const dayA = a.date ?? a.to ?? '';
  const dayB = b.date ?? b.to ?? '';
  return dayA === dayB ? 0 : dayA < dayB ? 1 : -1;
}

/** The last day a finding speaks of. */
export function findingDay(finding: Finding): string {
  return finding.date ?? finding.to ?? finding.from ?? '';
}
