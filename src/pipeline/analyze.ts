// The whole analysis of one log: a pure function of the log, the rule book and the as-of day.
import { basename } from 'node:path';
import { planNextWeek, loadNow } from '../advice/plan.js';
import { decideStatus, STATUS_WINDOW_DAYS } from '../advice/status.js';
import { runRules } from '../checks/engine.js';
import { round } from '../util/numbers.js';
import { UserError } from '../model/errors.js';
import type { Log } from '../model/log.js';
import type { Report } from '../model/report.js';
import type { RuleSet } from '../rulebook/types.js';
import { addDaysTo } from '../analysis/calendar.js';
import { distanceBetweenKm } from '../analysis/context.js';
import { buildCheckContext } from '../checks/types.js';
import { acuteChronic } from '../analysis/load.js';

export interface AnalyzeOptions {
  /** Judge the log as of this day; default the last entry (up to `until`). */
  asOf?: string;
  since?: string;
  until?: string;
  baselinePain?: number;
  /** Name to show when the log does not give one. */
  fallbackName?: string;
}

export function analyze(log: Log, ruleSet: RuleSet, options: AnalyzeOptions = {}): Report {
  const inPeriod = log.entries.filter((entry) => (!options.since || entry.date >= options.since) && (!options.until || entry.date <= options.until));
  const lastDate = inPeriod.at(-1)?.date;
  const asOf = options.asOf ?? lastDate;
  if (!asOf || !inPeriod.some((entry) => entry.date <= asOf)) {
    throw new UserError({ file: log.source, severity: 'error', message: 'no entries to analyse in the period', expected: 'at least one entry on or before the as-of day' });
  }
  const context = buildCheckContext(log, {
    asOf,
    ...(options.since ? { since: options.since } : {}),
    baselinePain: log.athlete.baselinePain ?? options.baselinePain ?? 0,
    units: log.units,
  });
  const { findings, tooLittleData } = runRules(context, ruleSet);
  const decision = decideStatus(findings, context.entries, asOf);
  const load = acuteChronic(context);
  const last14From = addDaysTo(asOf, -(STATUS_WINDOW_DAYS - 1));
  const pains14 = context.runs.filter((run) => run.date >= last14From && run.pain !== undefined).map((run) => run.pain!);
  const warnings: string[] = [];
  const later = log.entries.filter((entry) => entry.date > asOf).length;
  if (later > 0) warnings.push(`${later} entr${later === 1 ? 'y' : 'ies'} after the as-of day ${asOf} not analysed`);

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
