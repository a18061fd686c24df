// The interview as a page for a physiotherapist: the date, the outcome (a red flag first and
// again last), every answer (the red flags first), and with --log the log's evidence (no second status or advice), as
// `analyze --format html` gives it. Self-contained like the report: no script, every text escaped.
import type { AnsweredQuestion } from '../interview/summary.js';
import { NOT_ASKED } from '../interview/score.js';
import { escapeHtml, page, reportSection } from './html.js';
import { redFlagBanner, sentenceOf, whatHelps, type InterviewView } from './interview.js';

const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;

/** The urgent banner; the first one is announced at once by screen readers. */
function banner({ verdict }: InterviewView, first: boolean): string {
  if (!verdict.urgency) return '';
  const flags = verdict.redFlags.map((flag) => `<li>${escapeHtml(flag.text)}${flag.answeredYes ? ' <strong>yes</strong>' : ''}</li>`).join('');
  return `<section class="status red flag-banner"${first ? ' role="alert"' : ''}><h2>${escapeHtml(redFlagBanner(verdict))}</h2><ul>${flags}</ul></section>`;
}

function outcomeSection({ verdict, log }: InterviewView): string {
  return [
    `<section class="status outcome ${verdict.status}"><h2>This week: ${escapeHtml(verdict.headline)}</h2>`,
    `<p><strong>Why:</strong> ${escapeHtml(verdict.why)}</p>`,
    list(verdict.advice),
    verdict.see ? `<p><strong>Who to see:</strong> ${escapeHtml(sentenceOf(verdict.see))}</p>` : '',
    log && log.skippedRows > 0 ? `<p class="warning">${escapeHtml(`Your log ${log.file}: ${log.skippedRows} row(s) skipped as unreadable ("hipcheck validate" lists them).`)}</p>` : '',
    '</section>',
  ].join('');
}

/** A red-flag answer of yes says so in words, not by colour alone. */
function answerRow(answer: AnsweredQuestion): string {
  const flagged = answer.id.startsWith('redFlags.') && answer.answer === 'yes';
  const cell = flagged ? '<strong class="flag-yes">YES: red flag</strong>' : escapeHtml(answer.answer);
  return `<tr${flagged ? ' class="flag-row"' : ''}><th scope="row">${escapeHtml(answer.question)}</th><td>${cell}</td></tr>`;
}

function answersTable(answers: AnsweredQuestion[]): string {
  const inGroup = (prefix: string) => answers.filter((answer) => answer.id.startsWith(prefix));
  const redFlags = inGroup('redFlags.');
  const selfTest = inGroup('selfTest.');
  const rest = answers.filter((answer) => !redFlags.includes(answer) && !selfTest.includes(answer));
  // The red flags answered yes lead their group, so none hides in a long list of noes.
  const ordered = [...redFlags.filter((answer) => answer.answer === 'yes'), ...redFlags.filter((answer) => answer.answer !== 'yes')];
  const group = (title: string, rows: AnsweredQuestion[]) => (rows.length === 0 ? '' : `<tbody><tr class="rule"><th scope="rowgroup" colspan="2">${title}</th></tr>${rows.map(answerRow).join('')}</tbody>`);
  return `<table class="answers"><thead><tr><th scope="col">Question</th><th scope="col">Answer</th></tr></thead>${group('Red flags', ordered)}${group('The hip and the running', rest)}${group('Self-test', selfTest)}</table>`;
}

function detailsSection({ outcome, verdict }: InterviewView): string {
  const signs = outcome.leaning.muscle.length + outcome.leaning.joint.length > 0 ? ` (muscle-type: ${outcome.leaning.muscle.join(', ') || 'none'}; joint-type: ${outcome.leaning.joint.join(', ') || 'none'})` : '';
  const patterns = verdict.patterns.length === 0
    ? `<p>${outcome.patternsAsked ? 'None stands out.' : escapeHtml(`${NOT_ASKED[0]!.toUpperCase()}${NOT_ASKED.slice(1)}.`)}</p>`
    : `<ul>${verdict.patterns.map((match) => `<li>pattern consistent with <strong>${escapeHtml(match.name)}</strong>: because ${escapeHtml(match.because.join('; '))}; typical recovery: ${escapeHtml(`${match.recovery}${whatHelps(match)}`)}</li>`).join('')}</ul>`;
  return [
    `<h2>Self-test and muscle or joint</h2><p><strong>Self-test:</strong> ${escapeHtml(outcome.selfTestAdvice)}</p><p><strong>Muscle or joint:</strong> ${escapeHtml(`${outcome.leaning.summary}${signs}`)}</p>`,
    `<h2>Patterns the answers fit best</h2>${patterns}`,
    `<h2>Log from now on</h2>${list(outcome.toLog)}<p class="muted">${escapeHtml(outcome.disclaimer)}</p>`,
  ].join('\n');
}

export function renderInterviewHtml(view: InterviewView): string {
  const body = [
    '<div class="sheet">',
    `<h1>hipcheck interview, ${escapeHtml(view.date)}</h1>`,
    banner(view, true),
    outcomeSection(view),
    `<h2>The answers</h2>${answersTable(view.answers)}`,
    detailsSection(view),
    banner(view, false),
    '</div>',
    // The log's report keeps its own sheets: printed, it starts on a page of its own.
    ...(view.report ? [reportSection(view.report, 2, 'log', { verdict: false })] : []),
  ];
  return page(`hipcheck interview, ${view.date}`, body.filter(Boolean).join('\n'));
}
