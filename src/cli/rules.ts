// `hipcheck rules [id]`: the rule book, or one rule in full.
import type { Command } from 'commander';
import { UserError } from '../model/errors.js';
import type { ConfiguredRule } from '../rulebook/types.js';
import { EXIT } from './exitCodes.js';
import { write, type Io } from './io.js';
import { loadRuleBook } from './ruleBook.js';

export function registerRules(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('rules')
    .description('list the rule book, or explain one rule')
    .argument('[id]', 'a rule id, e.g. session-spike')
    .option('--config <file>', 'show severities and thresholds as this config sets them')
    .addHelpText('after', `
Examples:
  hipcheck rules
  hipcheck rules weekly-ramp`)
    .action(async (id: string | undefined, flags: { config?: string }) => {
      const { ruleSet } = await loadRuleBook(io, flags.config);
      if (id === undefined) {
        write(io.stdout, listRules(ruleSet.rules));
        done(EXIT.OK);
        return;
      }
      const rule = ruleSet.byId.get(id);
      if (!rule) throw new UserError({ file: 'hipcheck rules', severity: 'error', message: 'no such rule', got: JSON.stringify(id), expected: [...ruleSet.byId.keys()].join(', ') });
      write(io.stdout, explainRule(rule));
      done(EXIT.OK);
    });
}

function thresholds(rule: ConfiguredRule): string {
  return Object.entries(rule.options).map(([name, value]) => `${name}=${value}`).join(' ');
}

/** What kind of rule it is: information only, a safety tier, or one that moves the status. */
function role(rule: ConfiguredRule): string {
  return rule.informationOnly ? 'information only' : rule.safety ? 'safety rule' : 'moves the status';
}

export function listRules(rules: ConfiguredRule[]): string {
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(4)}  ${rule.summary}\n${' '.repeat(idWidth + 8)}${thresholds(rule) || '(no options)'} · ${role(rule)} · ${rule.sources[0]!.citation.split('.')[0]}`);
  return `${lines.join('\n')}\n\nhipcheck rules <id> explains one rule; a hipcheck.config.yaml can change severities and thresholds (a safety rule only with safetyOverride).\n`;
}

function optionLines(rule: ConfiguredRule): string[] {
  return Object.entries(rule.optionSpecs).map(([name, spec]) => {
    const range = spec.type === 'boolean' ? 'true or false' : `${spec.type === 'integer' ? 'whole number' : 'number'} ${spec.min}–${spec.max}`;
    return `  ${name} = ${rule.options[name]} (${range}, default ${spec.default}): ${spec.meaning}. Source: ${spec.evidence}.`;
  });
}

export function explainRule(rule: ConfiguredRule): string {
  const out = [
    `${rule.id}: ${rule.title}`,
    rule.summary,
    '',
    `Severity: ${rule.severity} (${role(rule)})`,
    ...(rule.safety ? [`Safety tier: ${rule.safety.protects}; lowering it needs safetyOverride in the config.`] : []),
    'Options:',
    ...(Object.keys(rule.optionSpecs).length > 0 ? optionLines(rule) : ['  (none)']),
    '',
    rule.rationale.trim(),
    '',
    `Evidence: ${rule.evidence}`,
    'Sources:',
    ...rule.sources.map((source) => `  - ${source.citation}${source.url ? `\n    ${source.url}` : ''}`),
    'Advice when it fires:',
    ...rule.advice.map((line) => `  - ${line}`),
  ];
  return `${out.join('\n')}\n`;
}
