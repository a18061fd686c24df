// `batch --compare previous.json`: what changed since the last check. Athletes are matched by
// their log's path relative to the folder or roster (batch.logKey), else by source, else by
// name; each is new, worse (status up, or a warn/stop rule that was not firing), better or
// unchanged. An athlete whose log could not be read last time is new.
import { readFile, stat } from 'node:fs/promises';
import { recentFindings } from '../advice/status.js';
import { UserError } from '../model/errors.js';
import type { Finding, Status } from '../model/report.js';
import type { BatchRow } from '../model/squad.js';

interface PreviousAthlete {
  name: string;
  source?: string;
  logKey?: string;
  status: Status | 'error';
  /** Rules with a warn or stop finding in its 14-day window. */
  rulesFiring: Set<string>;
}

const MAX_PREVIOUS_BYTES = 1024 * 1024 * 1024;
const STATUS_LEVEL: Record<Status | 'error', number> = { error: -1, green: 0, amber: 1, red: 2 };
export type { PreviousAthlete };

/** Reads an earlier `hipcheck batch --format json` output (schemaVersion 1 or 2). */
export async function readPreviousCheck(path: string): Promise<PreviousAthlete[]> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_PREVIOUS_BYTES) throw new UserError({ file: path, severity: 'error', message: 'not a squad check', got: info.isFile() ? `${Math.round(info.size / 1e6)} MB` : 'not a regular file', expected: 'a file written by hipcheck batch --format json (at most 1 GB)' });
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError({ file: path, severity: 'error', message: 'the earlier check cannot be read', expected: 'a file written by hipcheck batch --format json' });
  }
  let document: { schemaVersion?: unknown; athletes?: unknown };
  try {
    document = JSON.parse(text) as typeof document;
  } catch (error) {
    throw new UserError({ file: path, severity: 'error', message: `not JSON (${(error as Error).message})`, expected: 'the output of hipcheck batch --format json' });
  }
  if (!document || !Array.isArray(document.athletes) || (document.schemaVersion !== 1 && document.schemaVersion !== 2) || !document.athletes.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))) {
    throw new UserError({ file: path, severity: 'error', message: 'not a squad check', expected: 'the output of hipcheck batch --format json ({ schemaVersion, athletes: [...] })' });
  }
  return document.athletes.map((entry: Record<string, unknown>) => previousAthlete(entry));
}

function previousAthlete(entry: Record<string, unknown>): PreviousAthlete {
  // schemaVersion 1 wrote an unreadable log as { athlete: "name", source, error }.
  const athlete = typeof entry.athlete === 'string' ? { name: entry.athlete, source: entry.source } : typeof entry.athlete === 'object' && entry.athlete !== null ? (entry.athlete as { name?: unknown; source?: unknown }) : {};
  const batch = entry.batch as { logKey?: unknown } | undefined;
  const status = entry.error !== undefined ? 'error' : (entry.status as Status);
  const wellFormed = (finding: unknown): finding is Finding => typeof finding === 'object' && finding !== null && typeof (finding as Finding).rule === 'string' && typeof (finding as Finding).severity === 'string';
  const findings = Array.isArray(entry.findings) && typeof entry.asOf === 'string' ? recentFindings(entry.findings.filter(wellFormed), entry.asOf).filter((finding) => finding.severity !== 'info') : [];
  return {
    name: typeof athlete.name === 'string' ? athlete.name : '',
    ...(typeof athlete.source === 'string' ? { source: athlete.source } : {}),
    ...(typeof batch?.logKey === 'string' ? { logKey: batch.logKey } : {}),
    // Own keys only: "__proto__" or "constructor" are not statuses.
    status: typeof status === 'string' && Object.hasOwn(STATUS_LEVEL, status) ? status : 'error',
    rulesFiring: new Set(findings.map((finding) => finding.rule)),
  };
}

/** Sets `change` on every row against the earlier check. */
export function compareWithPrevious(rows: BatchRow[], previous: PreviousAthlete[]): void {
  const byKey = new Map(previous.filter((athlete) => athlete.logKey).map((athlete) => [athlete.logKey!, athlete]));
  const bySource = new Map(previous.filter((athlete) => athlete.source).map((athlete) => [athlete.source!, athlete]));
  const byName = new Map(previous.map((athlete) => [athlete.name, athlete]));
  for (const row of rows) {
    const before = byKey.get(row.logKey) ?? bySource.get(row.source) ?? byName.get(row.athlete);
    if (!before) {
      row.change = { kind: 'new', newFindings: [] };
      continue;
    }
    // An athlete not checked last time is new; one whose log can no longer be read is worse.
    if (before.status === 'error' && row.status !== 'error') {
      row.change = { kind: 'new', newFindings: [] };
      continue;
    }
    if (row.status === 'error') {
      row.change = { kind: before.status === 'error' ? 'unchanged' : 'worse', previousStatus: before.status, newFindings: [] };
      continue;
    }
    // New is a rule that was not firing at all last time: the same ongoing problem on a new day
    // is not news (and would bury the real changes).
    const newRules = new Map<string, string>();
    for (const finding of row.recentFindings) if (!before.rulesFiring.has(finding.rule) && !newRules.has(finding.rule)) newRules.set(finding.rule, `${finding.rule}: ${finding.message}`);
    const newFindings = [...newRules.values()];
    const step = STATUS_LEVEL[row.status] - STATUS_LEVEL[before.status];
    const kind = step > 0 || (step === 0 && newFindings.length > 0) ? 'worse' : step < 0 ? 'better' : 'unchanged';
    row.change = { kind, previousStatus: before.status, newFindings };
  }
}
