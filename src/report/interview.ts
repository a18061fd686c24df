// The interview outcome: a red flag first and again last, one verdict, one advice list, wrapped to
// the terminal so no word is split.
import type { Answers } from '../interview/questions.js';
import { NOT_ASKED, type Outcome } from '../interview/score.js';
import type { AnsweredQuestion } from '../interview/summary.js';
import type { LogView, PatternView, Verdict } from '../interview/verdict.js';
import type { Report } from '../model/report.js';
import { escapeMarkdown, renderMarkdown } from './markdown.js';
import { paint, type RenderOptions } from './style.js';
import { visibleDeep } from '../util/visible.js';
import { wrap } from '../util/text.js';

export interface InterviewView {
  outcome: Outcome;
  verdict: Verdict;
  log?: LogView;
  /** The log's report (`interview --log`), as `analyze` gives it; shown as evidence only. */
  report?: Report;
  /** The answers in words, question by question. */
  answers: AnsweredQuestion[];
  /** The answers as given (ids and values), for JSON. */
  given: Answers;
  date: string;
}

/** "; what helps: …" after a pattern's recovery, when it goes the verdict's way (else left out). */
export const whatHelps = (match: PatternView) => (match.helps === undefined ? '' : `; what helps: ${match.helps}`);

/** The urgent banner: how soon and where, in one sentence. */
export function redFlagBanner({ urgency }: { urgency: Outcome['urgency'] }): string {
  return urgency === 'today'
    ? 'RED FLAG: stop running and see a doctor today (same day, or urgent care).'
    : 'RED FLAG: stop running and see a doctor within the next few days.';
}

/** Who to see as one sentence: the answers' words have no full stop, the log's do. */
export const sentenceOf = (text: string) => `${text.replace(/\.$/, '')}.`;

/** The red-flag banner wrapped to the width, with each flag under it; empty without a red flag. */
export function renderBannerText(unsafeView: InterviewView, options: RenderOptions): string {
  const { verdict } = visibleDeep(unsafeView);
  if (!verdict.urgency) return '';
  const chalk = paint(options);
  const width = Math.max(20, options.width);
  const lines = wrap(redFlagBanner(verdict), width).map((line) => chalk.bold.red(line));
  for (const flag of verdict.redFlags) lines.push(...wrap(`• ${flag.text}${flag.answeredYes ? ' yes' : ''}`, width, 4, 2).map((line) => chalk.red(line)));
  return `${lines.join('\n')}\n`;
}

/**
 * The outcome in words. `closingBanner: false` leaves out the banner's repeat at the end, for a
 * caller that prints it itself after its own messages ("wrote …", "saved …"), so it stays last.
 */
export function renderOutcomeText(unsafeView: InterviewView, options: RenderOptions & { closingBanner?: boolean }): string {
  // Answers can come from a file (--answers): shown, never obeyed by the terminal.
  const { outcome, verdict, log } = visibleDeep(unsafeView);
  const chalk = paint(options);
  const width = Math.max(20, options.width);
  const lines: string[] = [];
  const para = (text: string, style: (line: string) => string = (line) => line, indent = 0, firstIndent = indent) => {
    for (const line of wrap(text, width, indent, firstIndent)) lines.push(style(line));
  };
  const banner = () => lines.push(renderBannerText(unsafeView, options).trimEnd());
  if (verdict.urgency) {
    banner();
    lines.push('');
  }
  const paintStatus = verdict.status === 'red' ? chalk.bold.red : verdict.status === 'amber' ? chalk.bold.yellow : chalk.bold.green;
  para(`This week: ${verdict.headline}`, paintStatus);
  para(`Why: ${verdict.why}`, (line) => line, 2);
  for (const line of verdict.advice) para(`• ${line}`, (text) => text, 4, 2);
  if (verdict.see) para(`Who to see: ${sentenceOf(verdict.see)}`, chalk.bold, 2);
  if (log && log.skippedRows > 0) para(`Your log ${log.file}: ${log.skippedRows} row(s) skipped as unreadable ("hipcheck validate" lists them).`, chalk.dim, 2);
  lines.push('');
  para(`Self-test: ${outcome.selfTestAdvice}`);
  const signs = outcome.leaning.muscle.length + outcome.leaning.joint.length > 0 ? ` (muscle-type: ${outcome.leaning.muscle.join(', ') || 'none'}; joint-type: ${outcome.leaning.joint.join(', ') || 'none'})` : '';
  para(`Muscle or joint: ${outcome.leaning.summary}${signs}`);
  lines.push('', chalk.bold('Patterns your answers fit best'));
  if (verdict.patterns.length === 0) para(outcome.patternsAsked ? 'none stands out' : NOT_ASKED, (line) => line, 2);
  for (const match of verdict.patterns) {
    para(`• pattern consistent with ${match.name}`, (line) => line, 4, 2);
    para(`because: ${match.because.join('; ')}`, chalk.dim, 6);
    para(`typical recovery: ${match.recovery}${whatHelps(match)}`, (line) => line, 6);
  }
  lines.push('');
  para(`Log from now on: ${outcome.toLog.join('; ')}.`);
  para(outcome.disclaimer);
  // Repeated last, so it is on the screen when the interview ends, at any terminal size.
  if (verdict.urgency && options.closingBanner !== false) {
    lines.push('');
    banner();
  }
  return `${lines.join('\n')}\n`;
}

export function renderOutcomeMarkdown(unsafeView: InterviewView): string {
  const { outcome, verdict, answers, date } = unsafeView;
  const out = [`# hipcheck interview, ${date}`, ''];
  const flags = () => out.push(`**${redFlagBanner(verdict)}**`, '', ...verdict.redFlags.map((flag) => `- ${escapeMarkdown(flag.text)}${flag.answeredYes ? ' yes' : ''}`), '');
  if (verdict.urgency) flags();
  out.push(`## This week: ${verdict.headline}`, '', escapeMarkdown(`Why: ${verdict.why}`), '', ...verdict.advice.map((line) => `- ${escapeMarkdown(line)}`), '');
  if (verdict.see) out.push(`**Who to see:** ${escapeMarkdown(sentenceOf(verdict.see))}`, '');
  out.push(`**Self-test:** ${outcome.selfTestAdvice}`, '', `**Muscle or joint:** ${outcome.leaning.summary}`, '', '## Patterns your answers fit best', '');
  if (verdict.patterns.length === 0) out.push(outcome.patternsAsked ? 'None stands out.' : `${NOT_ASKED[0]!.toUpperCase()}${NOT_ASKED.slice(1)}.`);
  for (const match of verdict.patterns) out.push(`- pattern consistent with **${match.name}** (because: ${escapeMarkdown(match.because.join('; '))}; typical recovery: ${match.recovery}${whatHelps(match)})`);
  out.push('', '## The answers', '', '| Question | Answer |', '| --- | --- |');
  for (const answer of answers) out.push(`| ${escapeMarkdown(answer.question).replace(/\|/g, '\\|')} | ${escapeMarkdown(answer.answer).replace(/\|/g, '\\|')} |`);
  out.push('', `_${outcome.disclaimer}_`);
  if (verdict.urgency) {
    out.push('');
    flags();
  }
  // The log's own report follows, as `analyze --format markdown` gives it, a heading level down.
  if (unsafeView.report) out.push('', renderMarkdown(unsafeView.report, { verdict: false }).trimEnd().replace(/^(#{1,5}) /gm, '#$1 '));
  return `${out.join('\n')}\n`;
}
