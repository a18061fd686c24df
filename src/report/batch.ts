// The squad table in text, CSV and Markdown. JSON and NDJSON are assembled by the CLI from
// each athlete's analyze report.
import { STALE_AFTER_DAYS, type BatchRow } from '../model/squad.js';
import { ASCII_GLYPHS, sparkline, UNICODE_GLYPHS, type Glyphs } from './chart.js';
import { distanceText } from '../util/units.js';
import { spreadsheetSafeField } from '../util/csvField.js';
import { visibleDeep } from '../util/visible.js';
import { escapeMarkdown } from './markdown.js';
import { paint, statusPaint, type RenderOptions } from './style.js';

const HEADERS = ['athlete', 'status', 'as of', 'last 8 wk', 'last 7d', 'Δ wk', 'A:C', 'pain 14d', 'rest 7d', 'top finding'];

function cells(row: BatchRow, glyphs: Glyphs): string[] {
  if (row.status === 'error') return [row.athlete, 'ERROR', '', '', '', '', '', '', '', row.error ?? ''];
  return [
    row.athlete,
    row.status.toUpperCase(),
    `${row.asOf}${row.stale ? ` STALE ${row.daysBehind}d` : ''}`,
    sparkline(row.weeklyKm, glyphs),
    row.last7DaysKm === null ? '' : distanceText(row.last7DaysKm, row.units),
    row.changePct === null ? '–' : `${row.changePct > 0 ? '+' : ''}${row.changePct}%`,
    row.acuteChronicRatio === null ? '–' : row.acuteChronicRatio.toFixed(2),
    row.maxPain14Days === null ? '–' : String(row.maxPain14Days),
    String(row.restDaysLast7 ?? ''),
    row.topFinding,
  ];
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Columns given up, in this order, when the terminal is too narrow (A:C, rest, change). */
const DROPPABLE_COLUMNS = [6, 8, 5];
const MIN_FINDING_WIDTH = 24;

export function renderBatchText(unsafeRows: BatchRow[], options: RenderOptions): string {
  // Names and messages from the athletes' files reach the terminal with control characters escaped.
  const rows = visibleDeep(unsafeRows);
  const chalk = paint(options);
  const glyphs = options.ascii ? ASCII_GLYPHS : UNICODE_GLYPHS;
  const table = [HEADERS, ...rows.map((row) => cells(row, glyphs))];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  widths[0] = Math.min(widths[0]!, 20);
  const findingColumn = HEADERS.length - 1;
  let kept = HEADERS.map((_, column) => column);
  const fixedWidth = () => kept.filter((column) => column !== findingColumn).reduce((sum, column) => sum + widths[column]! + 2, 0);
  for (const column of DROPPABLE_COLUMNS) if (fixedWidth() + MIN_FINDING_WIDTH > options.width) kept = kept.filter((other) => other !== column);
  widths[findingColumn] = Math.max(12, options.width - fixedWidth());
  const lines = table.map((line, index) => {
    const padded = kept.map((column) => {
      const cell = column === findingColumn && index > 0 && rows[index - 1]!.status !== 'error' && widths[column]! < 30 ? rows[index - 1]!.topFinding.split(':')[0]! : line[column]!;
      const text = truncate(cell, widths[column]!);
      return column >= 4 && column <= 8 ? text.padStart(widths[column]!) : text.padEnd(widths[column]!);
    });
    if (index === 0) return chalk.bold(padded.join('  ').trimEnd());
    const row = rows[index - 1]!;
    padded[1] = row.status === 'error' ? chalk.bold.magenta(padded[1]!) : statusPaint(chalk, row.status)(padded[1]!);
    if (row.stale) padded[2] = chalk.yellow(padded[2]!);
    return padded.join('  ').trimEnd();
  });
  const counts = (['red', 'amber', 'green', 'error'] as const).map((status) => `${rows.filter((row) => row.status === status).length} ${status}`);
  lines.push('', chalk.dim(`${rows.length} athletes: ${counts.join(', ')}.`));
  lines.push(chalk.dim(`last 8 wk: weekly distance, oldest first · Δ wk: last 7 days vs the 7 before · A:C: acute:chronic ratio, context not verdict · pain 14d: highest pain during a run · STALE: last entry ${STALE_AFTER_DAYS}+ days behind the newest log${kept.length < HEADERS.length ? ' · widen the terminal for more columns' : ''}`));
  return `${lines.join('\n')}\n`;
}

export function renderBatchCsv(rows: BatchRow[]): string {
  const header = ['athlete', 'source', 'status', 'as_of', 'days_behind', 'stale', 'last_7_days_km', 'change_pct', 'acute_chronic_ratio', 'max_pain_14_days', 'rest_days_last_7', 'warnings', 'top_finding', 'error'];
  const lines = rows.map((row) => [
    row.athlete, row.source, row.status, row.asOf ?? '', String(row.daysBehind), String(row.stale),
    row.last7DaysKm?.toFixed(1) ?? '', row.changePct?.toString() ?? '', row.acuteChronicRatio?.toString() ?? '',
    row.maxPain14Days?.toString() ?? '', row.restDaysLast7?.toString() ?? '', String(row.warnings), row.topFinding, row.error ?? '',
  ].map((cell) => spreadsheetSafeField(cell)).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

export function renderBatchMarkdown(rows: BatchRow[]): string {
  const lines = [
    '# hipcheck: squad', '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map((_, column) => (column >= 4 && column <= 8 ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${cells(row, UNICODE_GLYPHS).map(escapeMarkdown).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
