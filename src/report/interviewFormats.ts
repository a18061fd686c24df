// The interview's output formats, as the reporter registry (index.ts) is for a log's report:
// `interview --format` takes its choices from here.
import { renderInterviewHtml } from './interviewHtml.js';
import { renderOutcomeMarkdown, renderOutcomeText, type InterviewView } from './interview.js';
import type { RenderOptions } from './style.js';
import { jsonText } from '../util/json.js';

/** The outcome as data: the log's findings and advice are the ones `analyze` gives for it. */
export function renderOutcomeJson({ date, verdict, outcome, given, log, report }: InterviewView): string {
  const logJson = log && report ? { log: { ...log, asOf: report.asOf, findings: report.findings, advice: report.advice } } : {};
  return `${jsonText({ schemaVersion: 1, date, verdict, outcome, answers: given, ...logJson }, 2)}\n`;
}

export const INTERVIEW_REPORTERS = {
  text: renderOutcomeText,
  json: renderOutcomeJson,
  markdown: renderOutcomeMarkdown,
  html: renderInterviewHtml,
} satisfies Record<string, (view: InterviewView, options: RenderOptions) => string>;

export type InterviewFormat = keyof typeof INTERVIEW_REPORTERS;
export const INTERVIEW_FORMATS = Object.keys(INTERVIEW_REPORTERS) as InterviewFormat[];
