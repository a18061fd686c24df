// --answers FILE.yaml: every question answered, each value checked against the question.
import { parse } from 'yaml';
import { UserError } from '../model/errors.js';
import { yamlErrorMessage } from '../util/yamlErrors.js';
import type { InputProblem } from '../model/log.js';
import type { Answers, Question } from './questions.js';

export function checkAnswers(raw: unknown, questions: Question[], file: string): Answers {
  const problems: InputProblem[] = [];
  const given = (raw ?? {}) as Record<string, unknown>;
  const answers: Answers = {};
  const fail = (id: string, got: unknown, expected: string) => problems.push({ file, severity: 'error', message: `${id}: ${got === undefined ? 'missing' : 'not a valid answer'}`, ...(got === undefined ? {} : { got: JSON.stringify(got) }), expected });
  for (const question of questions) {
    const value = given[question.id];
    if (question.kind === 'confirmEach') {
      const record = (value ?? {}) as Record<string, unknown>;
      const out: Record<string, boolean> = {};
      for (const item of question.items) {
        if (typeof record[item.id] === 'boolean') out[item.id] = record[item.id] as boolean;
        else fail(`${question.id}.${item.id}`, record[item.id], `yes or no (true/false): "${item.message}"`);
      }
      answers[question.id] = out;
    } else if (question.kind === 'number') {
      if (typeof value === 'number' && value >= question.min && value <= question.max) answers[question.id] = value;
      else fail(question.id, value, `a number from ${question.min} to ${question.max}: "${question.message}"`);
    } else {
      const allowed = question.choices.map((choice) => choice.value);
      const list = question.kind === 'checkbox' ? (value ?? []) : value;
      if (question.kind === 'select' && typeof list === 'string' && allowed.includes(list)) answers[question.id] = list;
      else if (question.kind === 'checkbox' && Array.isArray(list) && list.every((item) => allowed.includes(item as string))) answers[question.id] = list as string[];
      else fail(question.id, value, `${question.kind === 'checkbox' ? 'a list of' : 'one of'}: ${allowed.join(', ')}`);
    }
  }
  for (const key of Object.keys(given)) if (!questions.some((question) => question.id === key)) fail(key, given[key], `a question id: ${questions.map((question) => question.id).join(', ')}`);
  if (problems.length > 0) throw new UserError(problems);
  return answers;
}

export function parseAnswersFile(text: string, questions: Question[], file: string): Answers {
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new UserError({ file, severity: 'error', message: yamlErrorMessage((error as Error).message) });
  }
  return checkAnswers(raw, questions, file);
}
