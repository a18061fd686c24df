// What `hipcheck validate` says about each file: pure formatting of read results.
import { isRunning, type InputProblem, type Log } from '../model/log.js';
import { distanceIn, distanceText } from '../util/units.js';
import { round } from '../util/numbers.js';
import { visible } from '../util/visible.js';
import { jsonText } from '../util/json.js';

export interface FileValidation {
  file: string;
  /** Set when the file could not be read at all. */
  log?: Log;
  problems: InputProblem[];
}

export interface FileSummary {
  file: string;
  status: 'ok' | 'problems' | 'unreadable';
  entries: number;
  runs: number;
  from: string | null;
  to: string | null;
  distance: number;
  units: 'km' | 'mi';
  distanceKm: number;
  skippedRows: number;
  /** Unreadable optional values dropped from rows that were kept. */
  droppedFields: number;
  warnings: number;
  problems: InputProblem[];
}

export function summariseFile(result: FileValidation): FileSummary {
  const { log } = result;
  const runs = log ? log.entries.filter(isRunning) : [];
  // Rounded as analyze rounds its total (to the metre, then shown to 0.1), so both say the same figure.
  const distanceKm = round(runs.reduce((sum, entry) => sum + entry.distanceKm, 0), 3);
  const units = log?.units ?? 'km';
  return {
    file: result.file,
    status: !log ? 'unreadable' : result.problems.length > 0 ? 'problems' : 'ok',
    entries: log?.entries.length ?? 0,
    runs: runs.length,
    from: log?.entries[0]?.date ?? null,
    to: log?.entries.at(-1)?.date ?? null,
    distance: Number(distanceIn(distanceKm, units).toFixed(1)),
    units,
    distanceKm,
    skippedRows: log?.skippedRows ?? 0,
    droppedFields: log?.droppedFields ?? 0,
    warnings: result.problems.filter((problem) => problem.severity === 'warning').length,
    problems: result.problems,
  };
}

export function validationLine(summary: FileSummary): string {
  const file = visible(summary.file);
  if (summary.status === 'unreadable') return `${file}: not read (see the message above)`;
  const period = summary.from ? `${summary.from} → ${summary.to}` : 'no dated entries';
  const others = summary.entries - summary.runs;
  const counts = `${summary.runs} run${summary.runs === 1 ? '' : 's'}${others > 0 ? ` (+${others} other entr${others === 1 ? 'y' : 'ies'})` : ''}`;
  const tail = [`${summary.skippedRows} row${summary.skippedRows === 1 ? '' : 's'} skipped`];
  if (summary.droppedFields > 0) tail.push(`${summary.droppedFields} value${summary.droppedFields === 1 ? '' : 's'} dropped`);
  if (summary.warnings > 0) tail.push(`${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`);
  return `${file}: ${counts}, ${period}, ${distanceText(summary.distanceKm, summary.units)}, ${tail.join(', ')}`;
}

export function validationJson(summaries: FileSummary[]): string {
  return `${jsonText({ schemaVersion: 1, files: summaries }, 2)}\n`;
}

