// The one list of output formats. Each renders one athlete (`analyze`, a batch of one) and a
// squad (`batch`); commander's --format choices for both commands come from here. Reporters
// are pure: they return text and never print or exit.
import { basename } from 'node:path';
import type { Report } from '../model/report.js';
import type { BatchRow } from '../model/squad.js';
import { renderBatchCsv, renderBatchMarkdown, renderBatchText } from './batch.js';
import { renderBatchHtml, renderHtml } from './html.js';
import { markdownPieces, renderMarkdown } from './markdown.js';
import { rowOf, squadEntry } from './squadRow.js';
import type { RenderOptions } from './style.js';
import { renderText } from './text.js';
import { renderMessage, renderUnreadableMessage } from './messages.js';
import { visible, visibleDeep } from '../util/visible.js';
import { withNewline } from '../util/text.js';
import { jsonPieces, jsonText } from '../util/json.js';

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
  /** One athlete's report; JSON comes in pieces (a report can hold a finding per run). */
  athlete(report: Report, options: RenderOptions): string | Iterable<string>;
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

/**
 * The squad as one JSON document, written an athlete at a time. schemaVersion 2: an unreadable
 * log's entry has the same `athlete` object as a report (it was a bare name in version 1).
 */
function* squadJson(source: SquadSource): Generator<string> {
  yield '{"schemaVersion":2,"athletes":[\n';
  let first = true;
  for (const row of source.rows) {
    let entry = source.entryJson(row) ?? jsonText({ schemaVersion: 1, athlete: { name: row.athlete, source: row.source }, status: row.status, error: row.error });
    if (row.change) {
      // --compare: the change joins the entry's batch block (an object, re-serialised).
      const parsed = JSON.parse(entry) as { batch?: object };
      entry = jsonText({ ...parsed, batch: { ...parsed.batch, change: row.change } });
    }
    yield `${first ? '' : ',\n'}${entry}`;
    first = false;
  }
  yield '\n]}\n';
}

/** A lone log's key, as `batch` gives one named on its own: its file name. */
const loneLogKey = (report: Report) => basename(report.athlete.source);

/** One paragraph per athlete, a blank line between; unreadable logs say so in one line. */
function* messagesOf(source: SquadSource): Generator<string> {
  let first = true;
  for (const row of source.rows) {
    const report = source.report(row);
    // Names and notes from the athletes' files reach the terminal with control characters escaped.
    yield `${first ? '' : '\n'}${report ? renderMessage(visibleDeep(report)) : renderUnreadableMessage(visible(row.athlete), visible(row.error ?? 'unknown problem'))}`;
    first = false;
  }
}

export const REPORTERS = {
  text: {
    athlete: renderText,
    squad: (source, options) => tableWithDetails(renderBatchText(source.rows, options), source, (report) => `\n${'─'.repeat(Math.min(options.width, 60))}\n${renderText(report, options)}`),
    showsReports: (details) => details,
  },
  json: {
    athlete: (report) => jsonPieces(report),
    squad: squadJson,
    showsReports: () => true,
  },
  markdown: {
    athlete: (report) => markdownPieces(report),
    squad: (source) => tableWithDetails(renderBatchMarkdown(source.rows), source, (report) => `\n${renderMarkdown(report).replace(/^# /, '## ')}`),
    showsReports: (details) => details,
  },
  html: {
    athlete: (report) => renderHtml(report),
    squad: (source) => renderBatchHtml(source.rows, source.report),
    showsReports: () => true,
  },
  csv: {
    athlete: (report) => renderBatchCsv([rowOf(report, loneLogKey(report))]),
    squad: (source) => [withNewline(renderBatchCsv(source.rows))],
    showsReports: () => false,
  },
  messages: {
    athlete: (report) => renderMessage(visibleDeep(report)),
    squad: (source) => messagesOf(source),
    showsReports: () => true,
  },
  ndjson: {
    athlete: (report) => `${jsonText(squadEntry(report, loneLogKey(report)))}\n`,
    // Streamed as each log finishes; nothing is left to write once the squad is sorted.
    squad: () => [],
    showsReports: () => true,
    streamEntry: (entryJson) => `${entryJson}\n`,
  },
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];
