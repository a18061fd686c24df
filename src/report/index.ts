// Format name → reporter. Also feeds commander's --format choices.
import type { Report } from '../model/report.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { RenderOptions } from './style.js';
import { renderText } from './text.js';

export type Reporter = (report: Report, options: RenderOptions) => string;

export const REPORTERS = {
  text: renderText,
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  markdown: (report) => renderMarkdown(report),
  html: (report) => renderHtml(report),
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];
