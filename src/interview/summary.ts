// The answers in words, question by question: for the physiotherapist's markdown and the saved note.
import type { Answers, Question } from './questions.js';

export interface AnsweredQuestion {
  id: string;
  question: string;
  answer: string;
}

function nameOf(question: Question, value: string): string {
  return question.kind === 'checkbox' || question.kind === 'select' ? question.choices.find((choice) => choice.value === value)?.name ?? value : value;
}

/** Every question that was answered (an interview stopped at a red flag answers only some). */
export function summariseAnswers(answers: Answers, questions: Question[]): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (const question of questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (question.kind === 'confirmEach') {
      const record = value as Record<string, boolean>;
      for (const item of question.items) if (item.id in record) out.push({ id: `${question.id}.${item.id}`, question: item.message, answer: record[item.id] ? 'yes' : 'no' });
    } else if (question.kind === 'number') {
      out.push({ id: question.id, question: question.message, answer: String(value) });
    } else {
      const list = Array.isArray(value) ? value : [String(value)];
      out.push({ id: question.id, question: question.message, answer: list.length === 0 ? 'none' : list.map((item) => nameOf(question, item)).join('; ') });
    }
  }
  return out;
}
