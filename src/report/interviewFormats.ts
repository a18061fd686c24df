// The interview's output formats, as the reporter registry (index.ts) is for a log's report:
// `interview --format` takes its choices from here.
import { renderInterviewHtml } from './interviewHtml.js';
import { renderOutcomeMarkdown, renderOutcomeText, type InterviewView } from './interview.js';
import type { RenderOptions } from './style.js';
import { jsonText } from '../util/json.js';
import type { LogView } from '../interview/verdict.js';
import type { Report } from '../model/report.js';

/**
 * The outcome as data, with one advice list: `verdict.advice`. The scoring's own advice lines and
 * the log's advice are left out (they are folded into the verdict, or go against it), and the
 * patterns are the verdict's (no "what helps" against the headline). The log block is evidence,
 * as in Markdown and HTML: its status, reason and findings as `analyze` gives them.
 */
export function renderOutcomeJson({ date, verdict, outcome, given, log, report }: InterviewView): string {
  const { loadAdvice: _load, ruleBookAdvice: _rules, advice: _advice, conditions: _conditions, ...scored } = outcome;
  const logJson = log && report ? { log: logEvidence(log, report) } : {};
  const { patterns, ...said } = verdict;
  return `${jsonText({ schemaVersion: 1, date, verdict: said, outcome: { ...scored, conditions: patterns }, answers: given, ...logJson }, 2)}\n`;
}

function logEvidence(log: LogView, report: Report) {
  const { headline: _headline, direction: _direction, actions: _actions, see: _see, seeDoctor: _doctor, ...evidence } = log;
  return { ...evidence, asOf: report.asOf, findings: report.findings };
}

export const INTERVIEW_REPORTERS = {
  text: renderOutcomeText,
  json: renderOutcomeJson,
  markdown: renderOutcomeMarkdown,
  html: renderInterviewHtml,
} satisfies Record<string, (view: InterviewView, options: RenderOptions) => string>;

export type InterviewFormat = keyof typeof INTERVIEW_REPORTERS;
export const INTERVIEW_FORMATS = Object.keys(INTERVIEW_REPORTERS) as InterviewFormat[];
