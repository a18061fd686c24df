// Safety tiers (red flags, the stop tier of pain during a run, pain that builds within a run)
// are never lowered by accident: a config that lowers one must say so with safetyOverride, and
// every report then says so at the top.
import { severityRank, type RuleDefinition } from './types.js';
import type { Severity } from '../model/report.js';

/** How a rule's configured severity and options lower its safety tier, in words; empty when they do not. */
export function safetyLowerings(rule: RuleDefinition, severity: Severity | undefined, options: Record<string, unknown> | undefined): string[] {
  const safety = rule.safety;
  if (!safety) return [];
  const changes: string[] = [];
  if (severity !== undefined && severityRank(severity) < severityRank(safety.severity)) {
    changes.push(severity === 'off' ? 'switched off' : `severity lowered to ${severity}`);
  }
  for (const name of safety.raise) {
    const value = options?.[name];
    const defaultValue = rule.optionSpecs[name]!.default as number;
    if (typeof value === 'number' && value > defaultValue) changes.push(`${name} raised from ${defaultValue} to ${value}`);
  }
  return changes;
}
