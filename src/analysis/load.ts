// Load figures used by several rules and reports.
import type { AnalysisContext } from './context.js';
import { distanceBetweenKm } from './context.js';
import { addDaysTo } from './calendar.js';

export interface AcuteChronic {
  ratio: number;
  acuteKm: number;
  chronicWeekKm: number;
}

/** Last 7 days ÷ (last 28 days ÷ 4); undefined without 28 days of log or any distance. */
export function acuteChronic(context: AnalysisContext): AcuteChronic | undefined {
  if (context.dayIndex(context.asOf) < 27) return undefined;
  const acuteKm = distanceBetweenKm(context, addDaysTo(context.asOf, -6), context.asOf);
  const chronicWeekKm = distanceBetweenKm(context, addDaysTo(context.asOf, -27), context.asOf) / 4;
  if (chronicWeekKm <= 0) return undefined;
  return { ratio: acuteKm / chronicWeekKm, acuteKm, chronicWeekKm };
}
