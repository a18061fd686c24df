// The whole analysis of one log: a pure function of the log, the rule book and the as-of day.
import { basename } from 'node:path';
import { planNextWeek, loadNow } from '../advice/plan.js';
import { decideStatus, STATUS_WINDOW_DAYS } from '../advice/status.js';
import { runRules } from '../checks/engine.js';
import { round } from '../util/numbers.js';
import { NoEntriesError } from '../model/errors.js';
import type { Entry, InputProblem, Log, UnusableRow } from '../model/log.js';
import type { Report } from '../model/report.js';
import type { RuleSet } from '../rulebook/types.js';
import { addDaysTo } from '../analysis/calendar.js';
import { distanceBetweenKm } from '../analysis/context.js';
import { buildCheckContext } from '../checks/types.js';
import { acuteChronic } from '../analysis/load.js';
import { painDays } from './painDays.js';
import { keepWhere } from '../util/arrays.js';
import { INIT_EXAMPLE_PROBLEM } from '../ingest/initExample.js';

export interface AnalyzeOptions {
  /** Judge the log as of this day; default the last entry on or before `today` (and `until`). */
  asOf?: string;
  /**
   * Today, YYYY-MM-DD (the CLI's clock, or HIPCHECK_TODAY). Entries after it are typos or
   * plans: they never become the as-of day, and are left out with a warning naming them.
   */
  today?: string;
  since?: string;
  until?: string;
  baselinePain?: number;
  /** Name to show when the log does not give one. */
  fallbackName?: string;
}

export function analyze(log: Log, ruleSet: RuleSet, options: AnalyzeOptions = {}): Report {
  const inRange = (date: string) => (!options.since || date >= options.since) && (!options.until || date <= options.until) && (!options.today || date <= options.today);
  const inPeriod = keepWhere(log.entries, (entry) => (!options.since || entry.date >= options.since) && (!options.until || entry.date <= options.until));
  const asOf = options.asOf ?? lastDayOfLog(inPeriod, log.unusableRows, inRange);
  if (!asOf || !inPeriod.some((entry) => entry.date <= asOf)) {
    const allLater = options.today !== undefined && inPeriod.length > 0 && !options.asOf;
    const where = options.since || options.until ? ' in the period' : '';
    throw new NoEntriesError({
      file: log.source, severity: 'error',
      message: allLater ? `every entry${where} is dated after today (${options.today})` : log.skippedRows > 0 ? `no entries to analyse${where}: all ${log.skippedRows} rows were skipped (see above)` : `no entries to analyse${where}`,
      expected: 'at least one entry on or before the as-of day',
    });
  }
  const leftOut = inPeriod.filter((entry) => entry.date > asOf);
  // A typo'd future date may hold today's red flag in its notes: the red-flag check reads them.
  const futureNotes = options.asOf || !options.today ? [] : notesLeftOut(leftOut, `dated after today (${options.today})`);
  const context = buildCheckContext(futureNotes.length > 0 ? { ...log, unusableRows: [...log.unusableRows, ...futureNotes] } : log, {
    asOf,
    ...(options.since ? { since: options.since } : {}),
    baselinePain: log.athlete.baselinePain ?? options.baselinePain ?? 0,
    units: log.units,
    ...(options.asOf || !options.today ? {} : { futureAfter: options.today }),
  });
  const { findings, tooLittleData } = runRules(context, ruleSet);
  // Silence never clears a status: how recent the log is counts against today (or --as-of),
  // not against its own last entry. A period cut with --until is judged as of its end.
  const referenceDay = options.asOf ?? (options.until || !options.today ? asOf : options.today);
  const decision = decideStatus(findings, context.entries, referenceDay);
  // Under an urgent red flag a pain picture (tendon, bursa, the back) explains nothing: said so.
  if (decision.deciding.some((finding) => finding.urgent)) {
    for (const finding of findings) if (finding.rule === 'pain-timing') finding.message += ' — set aside while an urgent red flag stands: see a doctor first';
  }
  const load = acuteChronic(context);
  const last14From = addDaysTo(asOf, -(STATUS_WINDOW_DAYS - 1));
  const pains14 = context.runs.filter((run) => run.date >= last14From && run.pain !== undefined).map((run) => run.pain!);
  const warnings: string[] = [];
  if (leftOut.length > 0) warnings.push(leftOutWarning(leftOut, options.asOf ? `the as-of day ${asOf}` : `today (${options.today ?? asOf})`));
  for (const line of log.initExampleLines ?? []) warnings.push(initExampleWarning(line));

  return {
    schemaVersion: 1,
    athlete: { name: log.athlete.name ?? options.fallbackName ?? basename(log.source).replace(/\.[^.]+$/, ''), source: log.source },
    safetyOverrides: ruleSet.safetyOverrides,
    asOf,
    asOfFrom: options.asOf ? 'option' : 'last-entry',
    period: { from: context.firstDate, to: asOf },
    summary: {
      runs: context.runs.length,
      distanceKm: round(context.runs.reduce((sum, run) => sum + run.distanceKm, 0), 3),
      skippedRows: log.skippedRows,
      droppedFields: log.droppedFields,
      otherSessions: {
        strength: context.entries.filter((entry) => entry.type === 'strength').length,
        cross: context.entries.filter((entry) => entry.type === 'cross').length,
        rest: context.entries.filter((entry) => entry.type === 'rest').length,
      },
      last7DaysKm: round(loadNow(context).last7DaysKm, 3),
      previous7DaysKm: round(distanceBetweenKm(context, addDaysTo(asOf, -13), addDaysTo(asOf, -7)), 3),
      acuteChronicRatio: load ? round(load.ratio, 2) : null,
      maxPain14Days: pains14.length > 0 ? Math.max(...pains14) : null,
      restDaysLast7: context.days.slice(-7).filter((day) => day.isRest).length,
      painDays: painDays(context),
      ...(log.initExampleLines ? { initExampleLines: log.initExampleLines } : {}),
      painTimeline: context.runs.filter((run) => run.pain !== undefined && run.date >= addDaysTo(asOf, -111)).map((run) => ({ date: run.date, pain: run.pain! })),
      weeks: context.weeks.map((week) => ({
        weekStart: week.weekStart,
        distanceKm: round(week.distanceKm, 3),
        runs: week.runs,
        restDays: week.restDays,
        longestRunKm: round(week.longestRunKm, 3),
        maxPain: week.maxPain,
        averagePain: week.averagePain === null ? null : round(week.averagePain, 2),
        hours: round(week.hours, 2),
      })),
    },
    status: decision.status,
    statusReasons: decision.reasons,
    statusDetail: decision.detail,
    advice: planNextWeek(context, decision, findings, ruleSet),
    findings,
    tooLittleData,
    warnings,
  };
}

/** The notes of entries left out of the analysis, as unusable rows for the red-flag check. */
export function notesLeftOut(entries: Entry[], reason: string): UnusableRow[] {
  return entries.filter((entry) => entry.notes !== undefined).map((entry) => ({ line: entry.line, date: entry.date, notes: entry.notes!, reason }));
}

/** The example entry of `hipcheck init`, still in the log: every format's header says so. */
export function initExampleWarning(line: number): string {
  return `line ${line} is ${INIT_EXAMPLE_PROBLEM}`;
}

/** Entries shown in a warning before "and N more". */
const NAMED_ENTRIES = 5;

function leftOutWarning(entries: Entry[], after: string): string {
  const named = entries.slice(0, NAMED_ENTRIES).map((entry) => `${entry.date} (line ${entry.line})`).join(', ');
  const more = entries.length > NAMED_ENTRIES ? ` and ${entries.length - NAMED_ENTRIES} more` : '';
  return `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} dated after ${after} left out of the analysis: ${named}${more}`;
}

/**
 * The entries a report left out for their date, one warning each at its line, for the
 * problems list on stderr (and for `validate`, which analyses nothing).
 */
export function entriesAfterProblems(log: Log, day: string, what = day): InputProblem[] {
  return log.entries
    .filter((entry) => entry.date > day)
    .map((entry) => ({ file: log.source, line: entry.line, severity: 'warning' as const, message: `dated after ${what}; left out of the analysis`, got: entry.date }));
}

/**
 * The last day the log speaks of: its last entry, or a later row left out with a readable date
 * (a bad distance on today's row), so that row's red flag keeps its own date. One pass, no copy
 * of a long log.
 */
function lastDayOfLog(entries: readonly { date: string }[], leftOut: readonly { date?: string }[], inRange: (date: string) => boolean): string | undefined {
  let last: string | undefined;
  for (const { date } of entries) if (inRange(date) && (last === undefined || date > last)) last = date;
  for (const { date } of leftOut) if (date && inRange(date) && (last === undefined || date > last)) last = date;
  return last;
}
