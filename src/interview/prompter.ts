// Asks the interview's questions through a prompter: inquirer in a terminal, or anything
// with the same methods in tests. Prompts go to stderr so stdout stays the outcome.
import type { Answers, ConfirmItem, Question } from './questions.js';
import { answerKeys } from './score.js';

export interface Prompter {
  confirm(message: string): Promise<boolean>;
  checkbox(message: string, choices: { value: string; name: string }[]): Promise<string[]>;
  select(message: string, choices: { value: string; name: string }[]): Promise<string>;
  number(message: string, min: number, max: number): Promise<number>;
}

/** A prompter that also takes typed text, checked as it is typed (`hipcheck add`). */
export interface TextPrompter extends Prompter {
  /** `check` returns an error message for a value it refuses, or undefined. */
  input(message: string, check: (text: string) => string | undefined): Promise<string>;
}

export interface AskHooks {
  /** A section starts ("Red flags first"). */
  onSection?: (title: string) => void;
  /** Text to show before a question (the red-flag list before its gate). */
  onText?: (text: string) => void;
  /**
   * The first red flag answered yes: show the urgent outcome at once, then say whether to finish
   * the questions (true) or stop there (false).
   */
  onRedFlag?: (item: ConfirmItem) => Promise<boolean>;
}

/** A question is skipped when an earlier answer already says it (`skipUnless`), or answers it (`from`). */
function asked(question: Question, answers: Answers): boolean {
  return !question.skipUnless || question.skipUnless.some((key) => answerKeys(answers).has(key));
}

/**
 * The prompts still to come, when that number can no longer change: null while an answer ahead
 * can still add or skip questions (a gate not yet opened, a question asked only on some earlier
 * answer that is still to come). Counting a path that later grows made the total jump
 * (1/14 → 2/22 → 15/23); a total shown only once it is fixed never changes.
 */
function promptsLeft(questions: Question[], answers: Answers, current?: { id: string; out: Record<string, boolean> }): number | null {
  let count = 0;
  const open = questions.filter((question) => !(question.id in answers));
  for (const question of open) {
    if (question.skipUnless) {
      const undecided = question.skipUnless.some((key) => open.some((earlier) => earlier !== question && earlier.id === key.split('.')[0]));
      if (undecided) return null;
      if (!asked(question, answers)) continue;
    }
    if (question.kind !== 'confirmEach') {
      count += 1;
      continue;
    }
    // A gate not yet answered may open its list: how long the path is waits on it.
    const now = current?.id === question.id ? current.out : undefined;
    if (question.gate && !now) return null;
    // Items of the yes/no list being asked now count only until they are answered.
    count += question.items.filter((item) => !item.from && !(now && item.id in now)).length;
  }
  return count;
}

export async function askAll(questions: Question[], prompter: Prompter, hooks: AskHooks = {}): Promise<Answers> {
  const answers: Answers = {};
  let number = 0;
  const progress = (message: string, current?: { id: string; out: Record<string, boolean> }) => {
    number += 1;
    // "question 7 of 14" once the rest of the path is fixed, "question 3" until then: the total,
    // once shown, never changes, and the number only goes up.
    const left = promptsLeft(questions, answers, current);
    return `(question ${number}${left === null ? '' : ` of ${number + left - 1}`}) ${message}`;
  };
  for (const question of questions) {
    if (!asked(question, answers)) continue;
    if (question.section) hooks.onSection?.(question.section);
    if (question.kind === 'confirmEach') {
      const out: Record<string, boolean> = {};
      if (question.gate) {
        hooks.onText?.(question.items.map((item) => `  • ${item.message}`).join('\n'));
        // "No" to the gate is "no" to every item on the list just shown.
        if (!(await prompter.confirm(progress(question.gate)))) {
          for (const item of question.items) out[item.id] = false;
          answers[question.id] = out;
          continue;
        }
      }
      for (const item of question.items) {
        if (item.from) {
          out[item.id] = item.from.some((key) => answerKeys(answers).has(key));
          continue;
        }
        out[item.id] = await prompter.confirm(progress(item.message, { id: question.id, out }));
        if (out[item.id] && item.when && hooks.onRedFlag && !Object.values(out).slice(0, -1).some(Boolean)) {
          if (!(await hooks.onRedFlag(item))) return { ...answers, [question.id]: out };
        }
      }
      answers[question.id] = out;
    } else if (question.kind === 'checkbox') answers[question.id] = await prompter.checkbox(progress(question.message), question.choices);
    else if (question.kind === 'select') answers[question.id] = await prompter.select(progress(question.message), question.choices);
    else if (question.kind === 'number') answers[question.id] = await prompter.number(progress(question.message), question.min, question.max);
  }
  return answers;
}

/** The terminal prompter: @inquirer/prompts, loaded only when a command really asks. */
export async function inquirerPrompter(output: NodeJS.WritableStream): Promise<TextPrompter> {
  const inquirer = await import('@inquirer/prompts');
  const context = { output };
  return {
    confirm: (message) => inquirer.confirm({ message, default: false }, context),
    checkbox: (message, choices) => inquirer.checkbox({ message: `${message} (space to tick, Enter when done)`, choices }, context),
    select: (message, choices) => inquirer.select({ message, choices }, context),
    // A typed whole number, checked in plain words; an empty Enter is asked again, never a default.
    number: async (message, min, max) => {
      const text = await inquirer.input({
        message,
        validate: (typed) => (/^\d+$/.test(typed.trim()) && Number(typed) >= min && Number(typed) <= max) || `Type a whole number from ${min} to ${max}.`,
      }, context);
      return Number(text.trim());
    },
    input: (message, check) => inquirer.input({ message, validate: (text) => check(text) ?? true }, context),
  };
}
