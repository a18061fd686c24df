// The squad in text, CSV and Markdown: one line per athlete, worst first. In text, the reason
// that set each status (and who to see) is wrapped under the athlete's line, never cut, so a
// coach can act on the table at 80 columns; unreadable logs sit right under the summary line.
import { STALE_AFTER_DAYS } from '../model/report.js';
import type { BatchRow } from '../model/squad.js';
import { ASCII_GLYPHS, sparkline, UNICODE_GLYPHS, type Glyphs } from './chart.js';
import { distanceText } from '../util/units.js';
import { spreadsheetSafeRow } from '../util/csvField.js';
import { visibleDeep } from '../util/visible.js';
import { wrap } from '../util/text.js';
import { escapeMarkdown } from './markdown.js';
import { paint, statusPaint, type RenderOptions } from './style.js';

interface Column {
  header: string;
  cell(row: BatchRow, glyphs: Glyphs): string;
  numeric?: boolean;
  /** Shown only when some row has a value (skipped rows, groups, changes since last check). */
  optional?: (rows: BatchRow[]) => boolean;
  /** Given up, in this order, when the terminal is narrow. */
  dropOrder?: number;
}

const CHANGE_TEXT = { new: 'new', worse: '▲ worse', better: '▼ better', unchanged: '=' } as const;

/** The distance sparkline; the current, unfinished week stands apart after a thin bar. */
function weeksCell(row: BatchRow, glyphs: Glyphs): string {
  const spark = sparkline(row.weeklyKm, glyphs);
  if (!row.lastWeekPartial || spark.length < 2) return spark;
  return `${spark.slice(0, -1)}${glyphs === ASCII_GLYPHS ? ':' : '┊'}${spark.slice(-1)}`;
}

const COLUMNS: Column[] = [
  { header: 'athlete', cell: (row) => row.athlete },
  { header: 'group', cell: (row) => row.group ?? '', optional: (rows) => rows.some((row) => row.group !== undefined) },
  { header: 'status', cell: (row) => (row.status === 'error' ? 'ERROR' : row.status.toUpperCase()) },
  { header: 'since', cell: (row) => (row.change ? `${CHANGE_TEXT[row.change.kind]}${row.change.previousStatus && row.change.kind !== 'unchanged' ? ` (was ${row.change.previousStatus.toUpperCase()})` : ''}` : ''), optional: (rows) => rows.some((row) => row.change !== undefined) },
  // A stale log shows its last entry: the day the status really speaks for.
  { header: 'as of', cell: (row) => (row.stale ? `${row.lastEntry} STALE ${row.daysBehind}d` : row.asOf ?? '') },
  { header: 'last 8 wk', cell: weeksCell, dropOrder: 3 },
  { header: 'last 7d', cell: (row) => (row.last7DaysKm === null ? '' : distanceText(row.last7DaysKm, row.units)), numeric: true },
  { header: 'Δ wk', cell: (row) => (row.status === 'error' ? '' : row.changePct === null ? '–' : `${row.changePct > 0 ? '+' : ''}${row.changePct}%`), numeric: true, dropOrder: 2 },
  { header: 'A:C', cell: (row) => (row.status === 'error' ? '' : row.acuteChronicRatio === null ? '–' : row.acuteChronicRatio.toFixed(2)), numeric: true, dropOrder: 0 },
  { header: 'pain 14d', cell: (row) => (row.status === 'error' ? '' : row.maxPain14Days === null ? '–' : String(row.maxPain14Days)), numeric: true },
  { header: 'rest 7d', cell: (row) => String(row.restDaysLast7 ?? ''), numeric: true, dropOrder: 1 },
  { header: 'skipped', cell: (row) => (row.skippedRows > 0 ? String(row.skippedRows) : ''), numeric: true, optional: (rows) => rows.some((row) => row.skippedRows > 0) },
];

/** The reason under an athlete's line: the status-setting finding, and who to see. */
export function reasonText(row: BatchRow): string {
  if (row.status === 'error') return row.error ?? '';
  // The finding may already name who to see ("see a doctor within a few days").
  const named = /physiotherapist|doctor|clinician/i.test(row.topFinding);
  const parts = [row.topFinding, row.see && !named ? row.see : ''].filter(Boolean);
  const stale = row.stale ? `no entry since ${row.lastEntry} (${row.daysBehind} days): ask for the latest log` : '';
  return [parts.join('; '), stale].filter(Boolean).join(' · ');
}

function countsLine(rows: BatchRow[]): string {
  const counts = (['red', 'amber', 'green'] as const).map((status) => `${rows.filter((row) => row.status === status).length} ${status}`);
  const errors = rows.filter((row) => row.status === 'error').length;
  const flagged = rows.filter((row) => row.status === 'error' && row.redFlag !== undefined).length;
  const withFlag = flagged > 0 ? ` (${flagged} with a red flag in the rows that could not be read: see to ${flagged === 1 ? 'it' : 'them'} first)` : '';
  return `${rows.length} athlete${rows.length === 1 ? '' : 's'}: ${counts.join(', ')}${errors > 0 ? `, ${errors} unreadable${withFlag}` : ''}.`;
}

export function renderBatchText(unsafeRows: BatchRow[], options: RenderOptions): string {
  // Names and messages from the athletes' files reach the terminal with control characters escaped.
  const rows = visibleDeep(unsafeRows);
  const chalk = paint(options);
  const glyphs = options.ascii ? ASCII_GLYPHS : UNICODE_GLYPHS;
  const readable = rows.filter((row) => row.status !== 'error');
  const unreadable = rows.filter((row) => row.status === 'error');
  const lines: string[] = [chalk.bold(countsLine(rows))];
  if (unreadable.length > 0) {
    lines.push(chalk.bold.magenta('Unreadable logs (not checked):'));
    for (const row of unreadable) lines.push(...wrap(`${row.athlete}: ${reasonText(row)}`, options.width, 4, 2));
  }
  if (readable.length > 0) {
    let columns = COLUMNS.filter((column) => !column.optional || column.optional(readable));
    const table = readable.map((row) => columns.map((column) => column.cell(row, glyphs)));
    // Measure each kept column, then give up droppable ones until the line fits.
    const widths = new Map(columns.map((column, index) => [column, Math.max(column.header.length, ...table.map((cells) => cells[index]!.length))]));
    widths.set(COLUMNS[0]!, Math.min(widths.get(COLUMNS[0]!)!, 24));
    const lineWidth = () => columns.reduce((sum, column) => sum + widths.get(column)! + 2, -2);
    for (const column of COLUMNS.filter((candidate) => candidate.dropOrder !== undefined).sort((a, b) => a.dropOrder! - b.dropOrder!)) {
      if (lineWidth() > options.width) columns = columns.filter((kept) => kept !== column);
    }
    const pad = (column: Column, text: string) => {
      const width = widths.get(column)!;
      const fitted = text.length > width ? `${text.slice(0, width - 1)}…` : text;
      return column.numeric ? fitted.padStart(width) : fitted.padEnd(width);
    };
    lines.push('', chalk.bold(columns.map((column) => pad(column, column.header)).join('  ').trimEnd()));
    for (const row of readable) {
      const cellsShown = columns.map((column) => {
        const text = pad(column, column.cell(row, glyphs));
        if (column.header === 'status') return statusPaint(chalk, row.status as Exclude<BatchRow['status'], 'error'>)(text);
        if (column.header === 'as of' && row.stale) return chalk.yellow(text);
        return text;
      });
      lines.push(cellsShown.join('  ').trimEnd());
      const reason = reasonText(row);
      if (reason) lines.push(...wrap(reason, options.width, 4, 2).map((line) => chalk.dim(line)));
      for (const finding of row.change?.newFindings ?? []) lines.push(...wrap(`new since last check: ${finding}`, options.width, 4, 2).map((line) => chalk.dim(line)));
    }
    const dropped = COLUMNS.some((column) => column.dropOrder !== undefined && !columns.includes(column));
    // The legend explains only the columns on the page.
    const shown = (header: string) => columns.some((column) => column.header === header);
    const legend = [
      shown('last 8 wk') ? `last 8 wk: weekly distance, oldest first (after ${glyphs === ASCII_GLYPHS ? ':' : '┊'} the current week so far)` : '',
      shown('Δ wk') ? 'Δ wk: last 7 days vs the 7 before' : '',
      shown('A:C') ? 'A:C: acute:chronic ratio, context not verdict' : '',
      'pain 14d: highest pain during a run',
      shown('skipped') ? 'skipped: rows that could not be read (hipcheck validate lists them)' : '',
      `STALE: last entry ${STALE_AFTER_DAYS}+ days before --as-of, else today`,
      dropped ? 'widen the terminal for more columns' : '',
    ].filter(Boolean).join(' · ');
    lines.push('', chalk.dim(wrap(legend, options.width).join('\n')));
  }
  return `${lines.join('\n')}\n`;
}

const inUnits = (km: number | null, units: BatchRow['units']) => (km === null ? '' : distanceText(km, units).split(' ')[0]!);

export function renderBatchCsv(rows: BatchRow[]): string {
  const header = ['athlete', 'group', 'source', 'status', 'change', 'previous_status', 'as_of', 'last_entry', 'days_behind', 'stale', 'last_7_days_km', 'last_7_days', 'units', 'change_pct', 'acute_chronic_ratio', 'max_pain_14_days', 'rest_days_last_7', 'skipped_rows', 'findings_14_days', 'top_finding', 'see', 'error'];
  // Cells starting like a formula (= + - @) get a leading ' so a spreadsheet never runs them.
  const lines = rows.map((row) => spreadsheetSafeRow(row.status === 'error'
    // An unreadable log has no numbers: blanks, not zeros that look like data.
    ? [row.athlete, row.group ?? '', row.source, row.status, row.change?.kind ?? '', row.change?.previousStatus ?? '', ...Array<string>(15).fill(''), row.error ?? '']
    : [
      row.athlete, row.group ?? '', row.source, row.status, row.change?.kind ?? '', row.change?.previousStatus ?? '', row.asOf ?? '', row.lastEntry ?? '', String(row.daysBehind), String(row.stale),
      row.last7DaysKm?.toFixed(1) ?? '', inUnits(row.last7DaysKm, row.units), row.units, row.changePct?.toString() ?? '', row.acuteChronicRatio?.toString() ?? '',
      row.maxPain14Days?.toString() ?? '', row.restDaysLast7?.toString() ?? '', String(row.skippedRows), String(row.warnings), row.topFinding, row.see, '',
    ]));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

export function renderBatchMarkdown(rows: BatchRow[]): string {
  const columns = COLUMNS.filter((column) => !column.optional || column.optional(rows));
  const lines = [
    '# hipcheck: squad', '',
    countsLine(rows), '',
    `| ${[...columns.map((column) => column.header), 'reason'].join(' | ')} |`,
    `|${[...columns.map((column) => (column.numeric ? '---:' : '---')), '---'].join('|')}|`,
    ...rows.map((row) => `| ${[...columns.map((column) => column.cell(row, UNICODE_GLYPHS)), reasonText(row)].map(escapeMarkdown).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
