// The interview's questions and the condition table, as data from rules/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findRulesDir } from '../rulebook/load.js';

export interface Choice {
  value: string;
  name: string;
}

export type Question =
  | { id: string; kind: 'confirmEach'; section?: string; items: { id: string; message: string }[] }
  | { id: string; kind: 'checkbox' | 'select'; section?: string; message: string; choices: Choice[] }
  | { id: string; kind: 'number'; section?: string; message: string; min: number; max: number; default?: number };

export interface Condition {
  id: string;
  name: string;
  recovery: string;
  helps: string;
  weights: Record<string, number>;
}

export type Answer = boolean | string | number | string[] | Record<string, boolean>;
export type Answers = Record<string, Answer>;

export function loadQuestions(dir = findRulesDir()): Question[] {
  return (parse(readFileSync(join(dir, 'interview.yaml'), 'utf8')) as { questions: Question[] }).questions;
}

export function loadConditions(dir = findRulesDir()): Condition[] {
  return (parse(readFileSync(join(dir, 'conditions.yaml'), 'utf8')) as { conditions: Condition[] }).conditions;
}
