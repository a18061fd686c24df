// Asks the interview's questions through a prompter: inquirer in a terminal, or anything
// with the same four methods in tests. Prompts go to stderr so stdout stays the outcome.
import type { Answers, Question } from './questions.js';

export interface Prompter {
  confirm(message: string): Promise<boolean>;
  checkbox(message: string, choices: { value: string; name: string }[]): Promise<string[]>;
  select(message: string, choices: { value: string; name: string }[]): Promise<string>;
  number(message: string, min: number, max: number, fallback?: number): Promise<number>;
}

/** A prompter that also takes typed text, checked as it is typed (`hipcheck add`). */
export interface TextPrompter extends Prompter {
  /** `check` returns an error message for a value it refuses, or undefined. */
  input(message: string, check: (text: string) => string | undefined): Promise<string>;
}

export async function askAll(questions: Question[], prompter: Prompter, onSection?: (title: string) => void): Promise<Answers> {
  const answers: Answers = {};
  for (const question of questions) {
    if (question.section) onSection?.(question.section);
    if (question.kind === 'confirmEach') {
      const out: Record<string, boolean> = {};
      for (const item of question.items) out[item.id] = await prompter.confirm(item.message);
      answers[question.id] = out;
    } else if (question.kind === 'checkbox') answers[question.id] = await prompter.checkbox(question.message, question.choices);
    else if (question.kind === 'select') answers[question.id] = await prompter.select(question.message, question.choices);
    else if (question.kind === 'number') answers[question.id] = await prompter.number(question.message, question.min, question.max, question.default);
  }
  return answers;
}

/** The terminal prompter: @inquirer/prompts, loaded only when a command really asks. */
export async function inquirerPrompter(output: NodeJS.WritableStream): Promise<TextPrompter> {
  const inquirer = await import('@inquirer/prompts');
  const context = { output };
  return {
    confirm: (message) => inquirer.confirm({ message, default: false }, context),
    checkbox: (message, choices) => inquirer.checkbox({ message, choices }, context),
    select: (message, choices) => inquirer.select({ message, choices }, context),
    number: async (message, min, max, fallback) => {
      const value = await inquirer.number({ message, min, max, required: true, ...(fallback !== undefined ? { default: fallback } : {}) }, context);
      return value ?? fallback ?? min;
    },
    input: (message, check) => inquirer.input({ message, validate: (text) => check(text) ?? true }, context),
  };
}
