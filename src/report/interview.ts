// The interview outcome: red flags first, then what to do about running this week.
import type { Outcome } from '../interview/score.js';
import { escapeMarkdown } from './markdown.js';
import { paint, type RenderOptions } from './style.js';
import { visibleDeep } from '../util/visible.js';

const LOAD_HEADLINE = { stop: 'STOP RUNNING FOR NOW', cut: 'CUT BACK 30–50%', continue: 'KEEP RUNNING AT THIS AMOUNT' } as const;

export function renderOutcomeText(unsafeOutcome: Outcome, options: RenderOptions): string {
  // Answers can come from a file (--answers): shown, never obeyed by the terminal.
  const outcome = visibleDeep(unsafeOutcome);
  const chalk = paint(options);
  const lines: string[] = [];
  if (outcome.redFlags.length > 0) {
    lines.push(chalk.bold.red('RED FLAG: see a doctor promptly, and stop running.'));
    for (const flag of outcome.redFlags) lines.push(chalk.red(`  • ${flag} — yes`));
    lines.push('');
  }
  const paintLoad = outcome.load === 'stop' ? chalk.bold.red : outcome.load === 'cut' ? chalk.bold.yellow : chalk.bold.green;
  lines.push(`${chalk.bold('This week:')} ${paintLoad(LOAD_HEADLINE[outcome.load])}`, `  ${outcome.loadAdvice}`);
  for (const line of outcome.ruleBookAdvice) lines.push(`  • ${line}`);
  lines.push('');
  lines.push(`${chalk.bold('Self-test:')} ${outcome.selfTestAdvice}`);
  lines.push(`${chalk.bold('Muscle or joint:')} ${outcome.leaning.summary}` + (outcome.leaning.muscle.length + outcome.leaning.joint.length > 0 ? ` (muscle-type: ${outcome.leaning.muscle.join(', ') || 'none'}; joint-type: ${outcome.leaning.joint.join(', ') || 'none'})` : ''), '');
  lines.push(chalk.bold('Patterns your answers fit best'));
  if (outcome.conditions.length === 0) lines.push('  none stands out');
  for (const match of outcome.conditions) {
    lines.push(`  • pattern consistent with ${match.name}`);
    lines.push(chalk.dim(`      because: ${match.because.join('; ')}`));
    lines.push(`      typical recovery: ${match.recovery}; what helps: ${match.helps}`);
  }
  lines.push('', chalk.bold('Log from now on: ') + outcome.toLog.join('; ') + '.', outcome.disclaimer);
  return `${lines.join('\n')}\n`;
}

export function renderOutcomeMarkdown(outcome: Outcome): string {
  const out = ['# hipcheck interview', ''];
  if (outcome.redFlags.length > 0) out.push('**RED FLAG: see a doctor promptly, and stop running.**', '', ...outcome.redFlags.map((flag) => `- ${escapeMarkdown(flag)} — yes`), '');
  out.push(`## This week: ${LOAD_HEADLINE[outcome.load]}`, '', escapeMarkdown(outcome.loadAdvice), '', ...outcome.ruleBookAdvice.map((line) => `- ${escapeMarkdown(line)}`), '', `**Self-test:** ${outcome.selfTestAdvice}`, '', `**Muscle or joint:** ${outcome.leaning.summary}`, '', '## Patterns your answers fit best', '');
  for (const match of outcome.conditions) out.push(`- pattern consistent with **${match.name}** (because: ${escapeMarkdown(match.because.join('; '))}; typical recovery: ${match.recovery}; what helps: ${match.helps})`);
  out.push('', `_${outcome.disclaimer}_`);
  return `${out.join('\n')}\n`;
}
