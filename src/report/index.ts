// The one list of output formats. Each renders one athlete (`analyze`, a batch of one) and a
// squad (`batch`); commander's --format choices for both commands come from here. Reporters
// are pure: they return text and never print or exit.
import type { Report } from '../model/report.js';
import type { BatchRow } from '../model/squad.js';
import { renderBatchCsv, renderBatchMarkdown, renderBatchText } from './batch.js';
import { renderBatchHtml, renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { rowOf, squadEntry } from './squadRow.js';
import type { RenderOptions } from './style.js';
import { renderText } from './text.js';
import { withNewline } from '../util/text.js';

/** A sorted squad, and each athlete's full report read back (from the spool) only when written. */
export interface SquadSource {
  rows: BatchRow[];
  /** An athlete's squad entry as JSON text (report plus batch fields), or undefined for an unreadable log. */
  entryJson(row: BatchRow): string | undefined;
  report(row: BatchRow): Report | undefined;
  /** --details: full reports under the table (text, markdown). */
  details: boolean;
}

export interface Reporter {
  athlete(report: Report, options: RenderOptions): string;
  /** The squad, one piece at a time, so a long report never sits in memory whole. */
  squad(source: SquadSource, options: RenderOptions): Iterable<string>;
  /** Whether the squad output shows whole reports (which the batch then keeps). */
  showsReports(details: boolean): boolean;
  /** A streaming format writes each athlete as their log finishes, in file order, unsorted. */
  streamEntry?(entryJson: string): string;
}

function* tableWithDetails(table: string, source: SquadSource, detail: (report: Report) => string): Generator<string> {
  yield withNewline(table);
  if (!source.details) return;
  for (const row of source.rows) {
    const report = source.report(row);
    if (report) yield withNewline(detail(report));
  }
}

function* squadJson(source: SquadSource): Generator<string> {
  yield '{"schemaVersion":1,"athletes":[\n';
  let first = true;
  for (const row of source.rows) {
    const entry = source.entryJson(row) ?? JSON.stringify({ athlete: row.athlete, source: row.source, error: row.error });
    yield `${first ? '' : ',\n'}${entry}`;
    first = false;
  }
  yield '\n]}\n';
}

export const REPORTERS = {
  text: {
    athlete: renderText,
    squad: (source, options) => tableWithDetails(renderBatchText(source.rows, options), source, (report) => `\n${'─'.repeat(Math.min(options.width, 60))}\n${renderText(report, options)}`),
    showsReports: (details) => details,
  },
  json: {
    athlete: (report) => `${JSON.stringify(report, null, 2)}\n`,
    squad: squadJson,
    showsReports: () => true,
  },
  markdown: {
    athlete: (report) => renderMarkdown(report),
    squad: (source) => tableWithDetails(renderBatchMarkdown(source.rows), source, (report) => `\n${renderMarkdown(report).replace(/^# /, '## ')}`),
    showsReports: (details) => details,
  },
  html: {
    athlete: (report) => renderHtml(report),
    squad: (source) => renderBatchHtml(source.rows, source.report),
    showsReports: () => true,
  },
  csv: {
    athlete: (report) => renderBatchCsv([rowOf(report)]),
    squad: (source) => [withNewline(renderBatchCsv(source.rows))],
    showsReports: () => false,
  },
  ndjson: {
    athlete: (report) => `${JSON.stringify(squadEntry(report))}\n`,
    // Streamed as each log finishes; nothing is left to write once the squad is sorted.
    squad: () => [],
    showsReports: () => true,
    streamEntry: (entryJson) => `${entryJson}\n`,
  },
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];
