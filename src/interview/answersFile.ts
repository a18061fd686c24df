// --answers FILE.yaml: every question answered, each value checked against the question.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { UserError } from '../model/errors.js';
import { yamlErrorMessage } from '../util/yamlErrors.js';
import type { InputProblem } from '../model/log.js';
import type { Answers, Question } from './questions.js';
import { answerKeys } from './score.js';

/** yes/no in the words people write, as well as YAML's true/false. */
const YES_NO: Record<string, boolean> = { yes: true, y: true, no: false, n: false, true: true, false: false };
const asBoolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : typeof value === 'string' ? YES_NO[value.trim().toLowerCase()] : undefined);

/** Where a key's value sits in the file, as line and column (1-based), when the file is YAML. */
export type Locate = (path: string[]) => { line: number; col: number } | undefined;

function locator(doc: Document, lines: LineCounter): Locate {
  return (path) => {
    const node = doc.getIn(path, true);
    const start = isNode(node) ? node.range?.[0] : undefined;
    if (start === undefined) return undefined;
    const { line, col } = lines.linePos(start);
    return { line, col };
  };
}

export function checkAnswers(raw: unknown, questions: Question[], file: string, locate: Locate = () => undefined): Answers {
  const problems: InputProblem[] = [];
  const given = (raw ?? {}) as Record<string, unknown>;
  const answers: Answers = {};
  const fail = (id: string, got: unknown, expected: string, what = got === undefined ? 'missing' : 'not a valid answer') => problems.push({ file, ...(locate(id.split('.')) ?? locate(id.split('.').slice(0, -1))), severity: 'error', message: `${id}: ${what}`, ...(got === undefined ? {} : { got: JSON.stringify(got) }), expected });
  for (const question of questions) {
    const value = given[question.id];
    // A question the earlier answers skip may be left out ("the morning after" when pain settled).
    if (value === undefined && question.skipUnless && !question.skipUnless.some((key) => answerKeys(answers).has(key))) continue;
    if (question.kind === 'confirmEach') {
      const record = (value ?? {}) as Record<string, unknown>;
      const out: Record<string, boolean> = {};
      for (const item of question.items) {
        const yes = asBoolean(record[item.id]);
        if (yes !== undefined) out[item.id] = yes;
        else fail(`${question.id}.${item.id}`, record[item.id], `yes or no, for "${item.message}"`);
      }
      // A misspelt item ("fevr: yes") would otherwise be dropped, and a red flag with it.
      const ids = question.items.map((item) => item.id);
      for (const key of Object.keys(record)) if (!ids.includes(key)) fail(`${question.id}.${key}`, record[key], `one of the ${question.id} items: ${ids.join(', ')}`, 'unknown key');
      answers[question.id] = out;
    } else if (question.kind === 'number') {
      if (typeof value === 'number' && Number.isInteger(value) && value >= question.min && value <= question.max) answers[question.id] = value;
      else fail(question.id, value, `a whole number from ${question.min} to ${question.max}, for "${question.message}"`);
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

/** How deep an answers file goes, for the message when one is nested a thousand levels deep. */
const ANSWERS_DEPTH = 'an answers file needs one or two';

export function parseAnswersFile(text: string, questions: Question[], file: string): Answers {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0];
    throw new UserError({ file, ...(at ? { line: at.line, col: at.col } : {}), severity: 'error', message: yamlErrorMessage(first.message, ANSWERS_DEPTH) });
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UserError({ file, severity: 'error', message: yamlErrorMessage((error as Error).message, ANSWERS_DEPTH) });
  }
  return checkAnswers(raw, questions, file, locator(doc, lines));
}
