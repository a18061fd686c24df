// The plan as text (a terminal), Markdown (for a coach or physio) and JSON. Text from the log
// (the athlete's name, notes quoted in a red flag's message) is shown escaped, never obeyed.
import { format, parseISO } from 'date-fns';
import type { ChalkInstance } from 'chalk';
import { DISCLAIMER } from '../advice/plan.js';
import { escapeMarkdown } from '../report/markdown.js';
import { paint, statusPaint, type RenderOptions } from '../report/style.js';
import { visibleDeep } from '../util/visible.js';
import type { Plan, PlanDay, StageEvent } from './types.js';
import { jsonText } from '../util/json.js';

const weekday = (date: string) => format(parseISO(date), 'EEE');

const eventLine = (event: StageEvent) => (event.session === 'way back'
  ? `${event.date}  ${event.outcome === 'start' ? 'started' : 'started again'}: ${event.reason}`
  : `${event.date}  ${event.session}: ${event.outcome} (${event.reason})`);

function dayLines(day: PlanDay, chalk: ChalkInstance): string[] {
  const indent = ' '.repeat(18);
  const title = day.kind === 'see a doctor' ? chalk.bold.red(day.title) : day.kind === 'rest' || day.kind === 'cross-train' ? day.title : chalk.bold(day.title);
  return [
    `  ${weekday(day.date)} ${day.date}  ${title}`,
    ...day.details.map((detail) => `${indent}${detail}`),
    ...day.log.map((item) => chalk.dim(`${indent}log: ${item}`)),
  ];
}

export function renderPlanText(unsafe: Plan, options: RenderOptions): string {
  const plan = visibleDeep(unsafe);
  const chalk = paint(options);
  const lines = [
    chalk.bold(`hipcheck plan · ${plan.athlete.name}`) + chalk.dim(`  (${plan.athlete.source})`),
    `as of ${plan.asOf} · status ${statusPaint(chalk, plan.status)(plan.status.toUpperCase())} · the plan from ${plan.startDay} · distances in ${plan.units}`,
    '',
    plan.headline,
  ];
  for (const reason of plan.statusReasons.slice(0, 3)) lines.push(chalk.dim(`  • ${reason}`));
  if (plan.history.length > 0) {
    lines.push('', chalk.bold(`Since ${plan.since}`) + chalk.dim(' (what your log shows)'));
    for (const event of plan.history) lines.push(`  ${eventLine(event)}`);
  }
  lines.push('', chalk.bold(plan.mode === 'red-flag' ? 'Now' : `Next ${plan.days.length} days`));
  for (const day of plan.days) lines.push(...dayLines(day, chalk));
  lines.push('', chalk.bold('How the plan moves'), ...plan.rules.map((rule) => `  • ${rule}`));
  lines.push('', chalk.bold('Sources'), ...plan.sources.map((source) => chalk.dim(`  • ${source}`)), '', DISCLAIMER);
  return `${lines.join('\n')}\n`;
}

export function renderPlanMarkdown(unsafe: Plan): string {
  const plan = visibleDeep(unsafe);
  const md = escapeMarkdown;
  const out = [
    `# Plan: ${md(plan.athlete.name)}`,
    '',
    `As of ${plan.asOf} · status **${plan.status.toUpperCase()}** · the plan from ${plan.startDay} · distances in ${plan.units}`,
    '',
    md(plan.headline),
    '',
    ...plan.statusReasons.slice(0, 3).map((reason) => `- ${md(reason)}`),
  ];
  if (plan.history.length > 0) out.push('', `## Since ${plan.since}`, '', ...plan.history.map((event) => `- ${md(eventLine(event))}`));
  out.push('', `## ${plan.mode === 'red-flag' ? 'Now' : `Next ${plan.days.length} days`}`, '', '| day | what | how | log |', '|---|---|---|---|');
  for (const day of plan.days) {
    out.push(`| ${weekday(day.date)} ${day.date} | ${md(day.title)} | ${day.details.map(md).join('<br>')} | ${day.log.map(md).join('<br>')} |`);
  }
  out.push('', '## How the plan moves', '', ...plan.rules.map((rule) => `- ${md(rule)}`), '', '## Sources', '', ...plan.sources.map((source) => `- ${md(source)}`), '', `_${DISCLAIMER}_`);
  return `${out.join('\n')}\n`;
}

export function renderPlanJson(plan: Plan): string {
  return `${jsonText(plan, 2)}\n`;
}
