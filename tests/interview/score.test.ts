import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/interview/answersFile.js';
import { askAll, type Prompter } from '../../src/interview/prompter.js';
import { loadConditions, loadQuestions } from '../../src/interview/questions.js';
import { scoreInterview } from '../../src/interview/score.js';
import { UserError } from '../../src/model/errors.js';
import { fixture } from '../helpers/cli.js';

const questions = loadQuestions();
const conditions = loadConditions();
const answersFrom = (name: string) => parseAnswersFile(readFileSync(fixture(`answers/${name}`), 'utf8'), questions, name);
const outcomeOf = (name: string) => scoreInterview(answersFrom(name), questions, conditions);

describe('interview scoring (pure)', () => {
  it('outside hip + lying on that side + stairs → gluteal tendinopathy first; pain 4 → cut back', () => {
    const outcome = outcomeOf('outer-hip.yaml');
    expect(outcome.redFlags).toEqual([]);
    expect(outcome.conditions[0]).toMatchObject({ id: 'gluteal-tendinopathy', name: 'gluteal tendinopathy / trochanteric bursitis' });
    expect(outcome.conditions[0]!.because).toEqual(expect.arrayContaining(['outside of the hip, over the bony point', 'lying on that side', 'stairs']));
    expect(outcome.load).toBe('cut');
    expect(scoreInterview(answersFrom('outer-hip.yaml'), questions, conditions, { 'pain-during': ['Keep pain during runs below 4/10.'], 'pain-24h': ['Wait for the morning.'] }).ruleBookAdvice).toEqual(['Keep pain during runs below 4/10.']);
    expect(outcome.selfTestScore).toBe(3);
    expect(outcome.selfTestAdvice).toMatch(/scale back/);
    expect(outcome.leaning.summary).toBe('leans muscle-type');
  });

  it('groin + clicking + pinching → labral tear / FAI pattern first, joint-type', () => {
    const outcome = outcomeOf('groin-clicking.yaml');
    expect(outcome.conditions[0]!.id).toBe('labral-fai');
    expect(outcome.leaning.summary).toBe('leans joint-type');
    expect(outcome.load).toBe('continue');
  });

  it('pain building during runs + walking hurts → red-flag outcome: stop, see a doctor, bone stress first', () => {
    const outcome = outcomeOf('building-walking.yaml');
    expect(outcome.redFlags).toEqual(['Deep groin pain that worsens the longer you run, and hurts when walking or standing?']);
    expect(outcome.load).toBe('stop');
    expect(outcome.seeProfessional).toBe('doctor');
    expect(outcome.conditions[0]!.id).toBe('stress-fracture');
  });

  it('pain 6 during the last run → stop; 3 and settled → keep running', () => {
    const answers = answersFrom('outer-hip.yaml');
    expect(scoreInterview({ ...answers, painLastRun: 6 }, questions, conditions).load).toBe('stop');
    expect(scoreInterview({ ...answers, painLastRun: 3, afterRun: 'minutes', painMorningAfter: 0 }, questions, conditions).load).toBe('continue');
  });
});

describe('--answers files', () => {
  it('every missing or invalid answer is named with what is allowed', () => {
    try {
      answersFrom('broken.yaml');
      expect.unreachable();
    } catch (error) {
      const messages = (error as UserError).problems.map((problem) => `${problem.message} ${problem.got ?? ''}`);
      expect(messages).toContain('redFlags.cannotBearWeight: not a valid answer "maybe"');
      expect(messages).toContain('where: not a valid answer ["elbow"]');
      expect(messages).toContain('painLastRun: not a valid answer 14');
      expect(messages).toContain('daysAgo: missing ');
    }
  });
});

describe('prompt flow', () => {
  it('asks every question in order through the prompter', async () => {
    const asked: string[] = [];
    const prompter: Prompter = {
      confirm: async (message) => (asked.push(message), false),
      checkbox: async (message, choices) => (asked.push(message), [choices[0]!.value]),
      select: async (message, choices) => (asked.push(message), choices[0]!.value),
      number: async (message, min) => (asked.push(message), min),
    };
    const answers = await askAll(questions, prompter);
    expect(asked[0]).toBe('Can you NOT bear weight on the leg, or walk normally?');
    expect(asked).toHaveLength(8 + 9 + 3 + 6 - 1);
    expect(answers).toMatchObject({ where: ['outside'], onset: 'sudden', painLastRun: 0 });
    expect(scoreInterview(answers, questions, conditions).redFlags).toEqual([]);
  });
});

describe('interview data', () => {
  it('every scoring key in conditions.yaml names a real question and answer', () => {
    const valid = new Set(questions.flatMap((question) =>
      question.kind === 'confirmEach' ? question.items.map((item) => `${question.id}.${item.id}`)
        : question.kind === 'number' ? [] : question.choices.map((choice) => `${question.id}.${choice.value}`)));
    for (const condition of conditions) for (const key of Object.keys(condition.weights)) expect(valid, `${condition.id}: ${key}`).toContain(key);
  });
});
