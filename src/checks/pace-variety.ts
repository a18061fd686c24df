import { addDaysTo } from '../analysis/calendar.js';
import type { Check } from './types.js';

const EASY_TYPES = new Set(['easy', 'long', 'recovery']);

export const check: Check<{ windowWeeks: number; minTypedRuns: number }> = (context, options) => {
  const from = addDaysTo(context.asOf, -(options.windowWeeks * 7 - 1));
  if (context.firstDate > from) return { findings: [], tooLittleData: `needs ${options.windowWeeks} weeks of log` };
  const typed = context.runs.filter((run) => run.date >= from && run.type !== undefined);
  if (typed.length < options.minTypedRuns) return { findings: [], tooLittleData: `needs run types on ${options.minTypedRuns} runs in the last ${options.windowWeeks} weeks` };
  if (!typed.every((run) => EASY_TYPES.has(run.type!))) return { findings: [] };
  return {
    findings: [{
      messageId: 'onlyEasy', from, to: context.asOf,
      data: { windowWeeks: options.windowWeeks, runs: typed.length },
      evidence: { typedRuns: typed.length },
    }],
  };
};
