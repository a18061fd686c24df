import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/interview/answersFile.js';
import { askAll, type Prompter } from '../../src/interview/prompter.js';
import { loadConditions, loadQuestions, type Answers } from '../../src/interview/questions.js';
import { scoreInterview } from '../../src/interview/score.js';
import { decideVerdict } from '../../src/interview/verdict.js';
import { summariseAnswers } from '../../src/interview/summary.js';
import { renderOutcomeMarkdown, renderOutcomeText } from '../../src/report/interview.js';
import { renderInterviewHtml } from '../../src/report/interviewHtml.js';
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
    expect(outcome.conditions[0]!.because).toEqual(expect.arrayContaining(['outside of the hip, over the bony point', 'aches when lying on that side', 'stairs']));
    expect(outcome.load).toBe('cut');
    expect(scoreInterview(answersFrom('outer-hip.yaml'), questions, conditions, { 'pain-during': ['Keep pain during runs below 4/10.'], 'pain-24h': ['Wait for the morning.'] }).ruleBookAdvice).toEqual(['Keep pain during runs below 4/10.']);
    expect(outcome.selfTestScore).toBe(3);
    expect(outcome.selfTestAdvice).toMatch(/scale back/);
    expect(outcome.leaning.summary).toBe('leans muscle-type');
  });

  it('pain of 9/10 on a run (every red-flag question answered no) is said as that score, never as a red flag answered yes', () => {
    const outcome = scoreInterview({ ...answersFrom('mild-settled.yaml'), painLastRun: 9 }, questions, conditions);
    expect(outcome).toMatchObject({ status: 'red', urgency: 'today', because: 'pain of 9/10 during the last run: intense pain (8 or more)' });
    expect(outcome.redFlagDetails).toMatchObject([{ id: 'intensePainScore', fromScore: true, logAs: 'severe pain' }]);
    expect(decideVerdict(outcome).redFlags).toEqual([{ text: 'Pain of 9/10 during the last run: intense pain (8 or more)', answeredYes: false }]);
    // At 7 it is no red flag.
    expect(scoreInterview({ ...answersFrom('mild-settled.yaml'), painLastRun: 7 }, questions, conditions).urgency).toBeNull();
  });

  it('stopped at a red flag: the self-test, muscle-or-joint and patterns say "not asked" in text, markdown and HTML, and the answers list only what was asked', () => {
    const given = { redFlags: { cannotBearWeight: false, cannotMoveLeg: false, deformed: false, suddenSwelling: false, feverChills: true } };
    const outcome = scoreInterview(given, questions, conditions);
    const view = { outcome, verdict: decideVerdict(outcome), answers: summariseAnswers(given, questions), given, date: '2025-03-31' };
    const outputs = { text: renderOutcomeText(view, { color: false, width: 200 }), markdown: renderOutcomeMarkdown(view), html: renderInterviewHtml(view) };
    for (const [format, output] of Object.entries(outputs)) {
      expect(output, format).not.toMatch(/0 of 6|no clear lean|none stands out/i);
      expect(output.match(/not asked \(the interview stopped at the red flag\)/gi)?.length, format).toBe(3);
      expect(output, format).not.toContain('Where does it hurt?');
    }
  });

  it('groin + clicking + pinching → labral tear / FAI pattern first, joint-type', () => {
    const outcome = outcomeOf('groin-clicking.yaml');
    expect(outcome.conditions[0]!.id).toBe('labral-fai');
    expect(outcome.leaning.summary).toBe('leans joint-type');
    // Pain 2 alone would keep running, but 3 of 6 self-test answers say scale back: one verdict, cut.
    expect(outcome.selfTestScore).toBe(3);
    expect(outcome.load).toBe('cut');
    expect(outcome.because).toMatch(/3 of 6 self-test/);
  });

  it('pain building during runs + walking hurts → red-flag outcome: stop, see a doctor, bone stress first', () => {
    const outcome = outcomeOf('building-walking.yaml');
    expect(outcome.redFlags).toEqual(['Deep groin pain that gets worse the longer you run, and hurts when walking or standing?']);
    expect(outcome.urgency).toBe('within days');
    expect(outcome.load).toBe('stop');
    // A red flag alone never reads as pain above 5, and never gets the pain rules' run advice.
    expect(outcome.loadAdvice).not.toMatch(/above 5|cycling/);
    const advice = { 'pain-during': ['Shorten the run at 4.'], 'pain-24h': ['Wait for the morning.'], 'pain-timing': ['Keep logging pain.'] };
    expect(scoreInterview(answersFrom('building-walking.yaml'), questions, conditions, advice).ruleBookAdvice).toEqual(['Keep logging pain.']);
    expect(outcome.seeProfessional).toBe('doctor');
    expect(outcome.conditions[0]!.id).toBe('stress-fracture');
  });

  it('pain 6 during the last run → stop; 3 and settled → keep running', () => {
    const answers = answersFrom('outer-hip.yaml');
    expect(scoreInterview({ ...answers, painLastRun: 6 }, questions, conditions).load).toBe('stop');
    const noSelfTest = Object.fromEntries(Object.keys(answers.selfTest as object).map((id) => [id, false]));
    expect(scoreInterview({ ...answers, painLastRun: 3, afterRun: 'minutes', painMorningAfter: 0, selfTest: noSelfTest }, questions, conditions).load).toBe('continue');
  });

  const settled = (): Answers => {
    const answers = answersFrom('outer-hip.yaml');
    return { ...answers, daysAgo: 5, painNow: 0, painLastRun: 2, afterRun: 'minutes', painMorningAfter: 0, selfTest: Object.fromEntries(Object.keys(answers.selfTest as object).map((id) => [id, false])) };
  };

  // DOMAIN § 4: a morning not back to baseline asks for less load, not a stop; 6 or more is red.
  it.each([
    ['still there the next morning at 2/10', { afterRun: 'nextMorning', painMorningAfter: 2 }, 'cut'],
    ['lasts for hours, 5/10 the morning after (above the 0 now)', { afterRun: 'hours', painMorningAfter: 5 }, 'cut'],
    ['6/10 the morning after', { afterRun: 'nextMorning', painMorningAfter: 6 }, 'stop'],
    ['lasts for hours, settled by the morning (0)', { afterRun: 'hours', painMorningAfter: 0 }, 'continue'],
  ] as const)('morning after: %s → %s', (_, changed, load) => {
    const outcome = scoreInterview({ ...settled(), ...changed }, questions, conditions);
    expect(outcome.load).toBe(load);
    if (load === 'cut') expect(outcome.because).toMatch(/not settled by the next morning/);
    if (load === 'stop') expect(outcome.because).toMatch(/morning after your last run was 6\/10/);
  });

  it('3+ self-test answers beside a stop are said as a count, never as a second, milder instruction', () => {
    const selfTest = Object.fromEntries(Object.keys(settled().selfTest as object).map((id, index) => [id, index < 4]));
    const stop = scoreInterview({ ...settled(), selfTest, painLastRun: 7 }, questions, conditions);
    expect(stop.load).toBe('stop');
    expect(stop.selfTestAdvice).toBe('4 of 6: 3 or more suggest scaling back; the stop above comes first.');
    const cut = scoreInterview({ ...settled(), selfTest }, questions, conditions);
    expect(cut.load).toBe('cut');
    expect(cut.selfTestAdvice).toBe('4 of 6: scale back your training and consider a professional opinion.');
  });

  it('mild and settled → keep running, nobody to see', () => {
    const outcome = scoreInterview(settled(), questions, conditions);
    expect(outcome).toMatchObject({ load: 'continue', status: 'green', seeProfessional: 'none', urgency: null });
  });

  it('fever → see a doctor today, and no cross-training suggested', () => {
    const answers = settled();
    const outcome = scoreInterview({ ...answers, redFlags: { ...(answers.redFlags as object), feverChills: true } }, questions, conditions);
    expect(outcome).toMatchObject({ load: 'stop', status: 'red', urgency: 'today', seeProfessional: 'doctor', seeText: 'see a doctor today: same day, or urgent care' });
    expect(outcome.loadAdvice).not.toMatch(/cycling|rowing|swimming/);
  });

  it('night pain getting worse → a doctor within days; aching when lying on that side alone is no red flag', () => {
    const answers = settled();
    expect(scoreInterview({ ...answers, redFlags: { ...(answers.redFlags as object), restNightWorsening: true } }, questions, conditions).urgency).toBe('within days');
    const lying = scoreInterview({ ...answers, worseWith: ['lyingSide'] }, questions, conditions);
    expect(lying.redFlags).toEqual([]);
  });

  it('pain at rest: 2 keeps running, 3 cuts back, 5 stops (constant pain may be serious)', () => {
    expect(scoreInterview({ ...settled(), painNow: 2 }, questions, conditions).load).toBe('continue');
    expect(scoreInterview({ ...settled(), painNow: 3 }, questions, conditions).load).toBe('cut');
    expect(scoreInterview({ ...settled(), painNow: 4 }, questions, conditions).load).toBe('cut');
    const five = scoreInterview({ ...settled(), painNow: 5 }, questions, conditions);
    expect(five.load).toBe('stop');
    expect(five.seeProfessional).toBe('physio');
  });

  it('pain 7 is no red flag; 8 or 9 is intense pain: a doctor today', () => {
    expect(scoreInterview({ ...settled(), painLastRun: 7 }, questions, conditions).urgency).toBeNull();
    for (const pain of [8, 9]) {
      const outcome = scoreInterview({ ...settled(), painLastRun: pain }, questions, conditions);
      expect(outcome).toMatchObject({ urgency: 'today', seeProfessional: 'doctor' });
      expect(outcome.redFlags[0]).toContain(`${pain}/10`);
    }
  });

  it('a pattern needs more than one generic answer: "gradually" alone lists nothing', () => {
    const outcome = scoreInterview({ onset: 'gradual' }, questions, conditions);
    expect(outcome.conditions).toEqual([]);
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
      // Each problem says where it is: line and column of the value.
      expect((error as UserError).problems.find((problem) => problem.message.startsWith('painLastRun'))).toMatchObject({ line: 4, col: 14 });
      expect(messages).toContain('where: not a valid answer ["elbow"]');
      expect(messages).toContain('painLastRun: not a valid answer 14');
      expect(messages).toContain('daysAgo: missing ');
    }
  });

  it.each([
    ['redFlags', 'feverChills: true', 'fevr: true', 'cannotBearWeight, cannotMoveLeg'],
    ['selfTest', 'oneSideWeaker: false', 'oneSideWeakr: false', 'sharpDeepPinching, notEasedByMovement'],
  ])('a misspelt key inside %s is an error at its line and column naming the accepted keys', (group, right, wrong, accepted) => {
    const text = readFileSync(fixture('answers/fever.yaml'), 'utf8').replace(right, wrong);
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes(wrong)) + 1;
    const col = lines[line - 1]!.indexOf(wrong) + wrong.indexOf(':') + 3;
    try {
      parseAnswersFile(text, questions, 'typo.yaml');
      expect.unreachable();
    } catch (error) {
      const problem = (error as UserError).problems.find((candidate) => candidate.message === `${group}.${wrong.split(':')[0]}: unknown key`);
      expect(problem).toMatchObject({ line, col });
      expect(problem?.expected).toContain(`one of the ${group} items: ${accepted}`);
    }
  });
});

describe('prompt flow', () => {
  it('the typical path asks 15 questions or fewer, with progress, and no repeats of earlier answers', async () => {
    const asked: string[] = [];
    const prompter: Prompter = {
      confirm: async (message) => (asked.push(message), false),
      checkbox: async (message, choices) => (asked.push(message), [choices[0]!.value]),
      select: async (message, choices) => (asked.push(message), choices[0]!.value),
      number: async (message, min) => (asked.push(message), min),
    };
    const answers = await askAll(questions, prompter);
    // The gate may open eight more questions: no total until the path is fixed.
    expect(asked[0]).toBe('(question 1) Does any of these apply to you now?');
    // Gate + 9 questions (the morning after is skipped: the pain settled within minutes) + 3 self-test.
    expect(asked).toHaveLength(14);
    expect(asked.at(-1)).toMatch(/^\(question 14 of 14\) /);
    expectSteadyCounter(asked);
    expect(answers).toMatchObject({ where: ['outside'], onset: 'sudden', painLastRun: 0 });
    expect(answers.painMorningAfter).toBeUndefined();
    expect(scoreInterview(answers, questions, conditions).redFlags).toEqual([]);
  });

  it('the counter never changes a total it has shown, on the longest path too (a red flag, finishing, the morning asked)', async () => {
    const asked: string[] = [];
    const prompter: Prompter = {
      confirm: async (message) => (asked.push(message), message.includes('apply') || message.includes('fever')),
      checkbox: async (message, choices) => (asked.push(message), [choices[0]!.value]),
      // "Lasts for hours" after the run: the morning-after question is asked.
      select: async (message, choices) => (asked.push(message), (choices.find((choice) => choice.value === 'hours') ?? choices[0]!).value),
      number: async (message, min) => (asked.push(message), min),
    };
    await askAll(questions, prompter, { onRedFlag: async () => true });
    expect(asked.some((message) => message.includes('morning after it'))).toBe(true);
    expect(asked.length).toBeGreaterThan(20);
    expectSteadyCounter(asked);
  });

  it('a red flag shows the urgent outcome at once; stopping there skips the rest', async () => {
    const asked: string[] = [];
    const prompter: Prompter = {
      confirm: async (message) => (asked.push(message), message.includes('apply') || message.includes('fever')),
      checkbox: async () => expect.unreachable(),
      select: async () => expect.unreachable(),
      number: async () => expect.unreachable(),
    };
    const shown: string[] = [];
    const answers = await askAll(questions, prompter, { onRedFlag: async (item) => (shown.push(item.id), false) });
    expect(shown).toEqual(['feverChills']);
    expect(asked).toHaveLength(6);
    expect(scoreInterview(answers, questions, conditions)).toMatchObject({ urgency: 'today', load: 'stop' });
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

/** Numbers 1, 2, 3, … in order; a total, once shown, stays (the same) to the end and is the real count. */
function expectSteadyCounter(asked: string[]): void {
  const counters = asked.map((message) => /^\(question (\d+)(?: of (\d+))?\) /.exec(message));
  expect(counters.every(Boolean)).toBe(true);
  expect(counters.map((match) => Number(match![1]))).toEqual(asked.map((_, index) => index + 1));
  const totals = counters.map((match) => (match![2] === undefined ? undefined : Number(match![2])));
  const first = totals.findIndex((total) => total !== undefined);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(totals.slice(first)).toEqual(Array(asked.length - first).fill(asked.length));
}
