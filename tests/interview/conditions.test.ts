// The scoring table (rules/conditions.yaml), one row per condition: the answers that typify it put
// it first. And the threshold: a pattern is shown from a score of 3, not 2.
import { describe, expect, it } from 'vitest';
import { loadConditions, loadQuestions, type Answers } from '../../src/interview/questions.js';
import { scoreInterview } from '../../src/interview/score.js';

const questions = loadQuestions();
const conditions = loadConditions();
const first = (answers: Answers) => scoreInterview(answers, questions, conditions).conditions[0]?.id;

describe('scoring table: the typical answers put each condition first', () => {
  it.each([
    ['gluteal-tendinopathy', { where: ['outside'], worseWith: ['lyingSide'] }],
    ['hip-flexor', { where: ['front'], worseWith: ['liftingKnee'], changes: ['moreSpeed'] }],
    ['itb', { where: ['outerThigh'], changes: ['hillsTrails'] }],
    ['labral-fai', { where: ['joint'], feels: ['clicking', 'pinching'] }],
    ['hamstring-tendinopathy', { where: ['back'], worseWith: ['sitting'] }],
    ['piriformis', { where: ['buttock'] }],
    ['referred-back', { where: ['lowerBack'], duringRun: 'afterOnly' }],
    ['stress-fracture', { duringRun: 'builds', changes: ['eatingLess'], redFlags: { deepGroinWalking: true } }],
    ['osteoarthritis', { where: ['joint'], feels: ['stiffness'], onset: 'gradual' }],
  ] as [string, Answers][])('%s', (id, answers) => {
    expect(first(answers)).toBe(id);
  });

  it('every condition in the table has a row above', () => {
    expect(conditions.map((condition) => condition.id).sort()).toEqual(['gluteal-tendinopathy', 'hamstring-tendinopathy', 'hip-flexor', 'itb', 'labral-fai', 'osteoarthritis', 'piriformis', 'referred-back', 'stress-fracture']);
  });

  it('a pattern shows from a score of 3: two generic answers (2 points) list nothing, a third lists it', () => {
    expect(first({ onset: 'gradual', feels: ['dull'] })).toBeUndefined();
    expect(first({ onset: 'gradual', feels: ['dull'], afterRun: 'hours' })).toBe('gluteal-tendinopathy');
  });
});
