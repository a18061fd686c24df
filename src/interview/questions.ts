// The interview's questions and the condition table, as data from rules/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findRulesDir } from '../rulebook/load.js';
import { LINE_DIRECTIONS, type LineDirection } from '../model/report.js';

export interface Choice {
  value: string;
  name: string;
}

/** One yes/no item. Red-flag items say how soon to see a doctor and how the log records them. */
export interface ConfirmItem {
  id: string;
  message: string;
  when?: 'today' | 'within days';
  logAs?: string;
  /** Answered from earlier answers instead of asked again: yes when any of these keys was given. */
  from?: string[];
}

interface Common {
  id: string;
  section?: string;
  /** Asked only when an earlier answer has one of these keys ("afterRun.hours"). */
  skipUnless?: string[];
}

export type Question =
  /** gate: one question over the whole list first; "no" answers every item no. */
  | (Common & { kind: 'confirmEach'; gate?: string; items: ConfirmItem[] })
  | (Common & { kind: 'checkbox' | 'select'; message: string; choices: Choice[] })
  | (Common & { kind: 'number'; message: string; min: number; max: number });

export interface Condition {
  id: string;
  name: string;
  recovery: string;
  helps: string;
  /** Which way "what helps" moves the load (cut mileage: cut); left out under a headline going another way. */
  helpsDirection?: LineDirection;
  weights: Record<string, number>;
}

export type Answer = boolean | string | number | string[] | Record<string, boolean>;
export type Answers = Record<string, Answer>;

export function loadQuestions(dir = findRulesDir()): Question[] {
  return (parse(readFileSync(join(dir, 'interview.yaml'), 'utf8')) as { questions: Question[] }).questions;
}

export function loadConditions(dir = findRulesDir()): Condition[] {
  const { conditions } = parse(readFileSync(join(dir, 'conditions.yaml'), 'utf8')) as { conditions: Condition[] };
  // A misspelt direction would let "what helps" sit beside any headline: the rule book is wrong, not the user.
  for (const condition of conditions) {
    if (condition.helpsDirection !== undefined && !LINE_DIRECTIONS.includes(condition.helpsDirection)) {
      throw new Error(`rules/conditions.yaml: ${condition.id}: helpsDirection must be one of ${LINE_DIRECTIONS.join(', ')}, got ${String(condition.helpsDirection)}`);
    }
  }
  return conditions;
}
