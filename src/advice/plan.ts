// Next week's numbers and actions, from the status and the recent load.
import { addDaysTo } from '../analysis/calendar.js';
import { distanceBetweenKm, longestRunBetweenKm, type AnalysisContext } from '../analysis/context.js';
import { round } from '../util/numbers.js';
import type { Advice, Finding, Status } from '../model/report.js';
import type { RuleSet } from '../rulebook/types.js';

export const DISCLAIMER = 'This is guidance drawn from your log and published rules, not a diagnosis.';

export interface LoadNow {
  last7DaysKm: number;
  /** Average week of the last 28 days; undefined with less than 28 days of log. */
  averageWeekKm: number | undefined;
  longest30DaysKm: number;
}

export function loadNow(context: AnalysisContext): LoadNow {
  const { asOf } = context;
  return {
    last7DaysKm: distanceBetweenKm(context, addDaysTo(asOf, -6), asOf),
    averageWeekKm: context.dayIndex(asOf) >= 27 ? distanceBetweenKm(context, addDaysTo(asOf, -27), asOf) / 4 : undefined,
    longest30DaysKm: longestRunBetweenKm(context, addDaysTo(asOf, -29), asOf),
  };
}

export function planNextWeek(context: AnalysisContext, status: Status, recent: Finding[], ruleSet: RuleSet): Advice {
  const load = loadNow(context);
  const d = context.distance;
  let minKm = 0;
  let maxKm = 0;
  let longestKm = 0;
  const actions: string[] = [];
  if (status === 'green') {
    maxKm = load.last7DaysKm * 1.1;
    if (load.averageWeekKm !== undefined) maxKm = Math.min(maxKm, load.averageWeekKm * 1.3);
    longestKm = load.longest30DaysKm * 1.1;
    actions.push(`Keep running: next 7 days up to ${d(maxKm)} (at most +10% on the last 7 days' ${d(load.last7DaysKm)}${load.averageWeekKm !== undefined ? `, and within 1.3 × your average week of ${d(load.averageWeekKm)}` : ''}).`);
    actions.push(`Longest run up to ${d(longestKm)} (110% of your longest in the last 30 days, ${d(load.longest30DaysKm)}).`);
  } else if (status === 'amber') {
    minKm = load.last7DaysKm * 0.5;
    maxKm = load.last7DaysKm * 0.7;
    longestKm = load.longest30DaysKm;
    actions.push(`Cut back: next 7 days ${d(minKm)}–${d(maxKm)} (30–50% less than the last 7 days' ${d(load.last7DaysKm)}).`);
    actions.push(`Keep every run shorter than your 30-day longest of ${d(longestKm)}.`);
    actions.push('Avoid hills for now and vary your surface.');
    actions.push('Add hip and glute strength work two or three times a week.');
    actions.push('Recheck in a week.');
  } else {
    actions.push('Stop running until the pain settles.');
    actions.push('Cross-train only where it is pain-free: swimming, cycling, rowing, deep-water running.');
  }
  const fired = new Set(recent.map((finding) => finding.rule));
  const boneStress = recent.some((finding) => finding.rule === 'pain-timing' && finding.severity === 'stop');
  const seeProfessional: Advice['seeProfessional'] = fired.has('red-flag') || boneStress ? 'doctor' : fired.has('pain-persistent') || status === 'red' ? 'physio' : 'none';
  if (seeProfessional === 'doctor') actions.push(boneStress && !fired.has('red-flag') ? 'See a doctor promptly: pain that builds during runs can be a bone stress injury.' : 'See a doctor promptly: a red flag was logged.');
  else if (seeProfessional === 'physio') actions.push('See a physiotherapist if the pain persists.');
  for (const rule of ruleSet.rules) if (fired.has(rule.id)) actions.push(...rule.advice);
  actions.push(DISCLAIMER);
  return {
    nextWeekMaxKm: round(maxKm, 1),
    nextWeekMinKm: round(minKm, 1),
    longestRunMaxKm: round(longestKm, 1),
    units: context.units,
    nextWeekMax: context.inUnits(maxKm),
    longestRunMax: context.inUnits(longestKm),
    actions: [...new Set(actions)],
    seeProfessional,
  };
}
