import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../../src/interview/answersFile.js';
import { loadConditions, loadQuestions } from '../../src/interview/questions.js';
import { scoreInterview } from '../../src/interview/score.js';
import { decideVerdict, type LogView } from '../../src/interview/verdict.js';
import { fixture } from '../helpers/cli.js';

const questions = loadQuestions();
const outcomeOf = (name: string, change: Record<string, unknown> = {}) =>
  scoreInterview({ ...parseAnswersFile(readFileSync(fixture(`answers/${name}`), 'utf8'), questions, name), ...change } as never, questions, loadConditions());
const calm = { painNow: 0, painLastRun: 2, afterRun: 'minutes', painMorningAfter: 0, daysAgo: 5, selfTest: { sharpDeepPinching: false, notEasedByMovement: false, worseAfterSitting: false, cannotStandEvenly: false, oneSideWeaker: false, walkingSquatsStairs: false } };

const log = (status: LogView['status'], extra: Partial<LogView> = {}): LogView => ({
  file: 'log.csv', status, reason: status === 'red' ? 'pain-during: pain 7/10 during the run on 2025-03-16' : 'no pain or load warnings in the 14 days up to as-of',
  stale: false, lastEntry: '2025-03-16', daysBehind: 1, skippedRows: 0,
  headline: status === 'red' ? 'STOP RUNNING FOR NOW' : 'KEEP RUNNING: next week up to 30 km', actions: [status === 'red' ? 'Stop running until pain settles.' : 'Build up by at most 10%.'],
  see: status === 'red' ? 'See a sports physiotherapist or a doctor soon (within a week or so): pain above the edge during runs.' : '', seeDoctor: false, redFlags: [], ...extra,
});

describe('one verdict: the answers and the log judged together', () => {
  it('interview red + log green → red, the answers\' advice only, one line says why', () => {
    const verdict = decideVerdict(outcomeOf('building-walking.yaml'), log('green'));
    expect(verdict).toMatchObject({ status: 'red', decidedBy: 'answers', headline: 'STOP RUNNING FOR NOW' });
    expect(verdict.why).toBe('your answers say RED: yes to a red flag (deep groin pain when walking); your log says GREEN: no pain or load warnings in the 14 days up to as-of; so RED: your answers are the more cautious.');
    expect(verdict.advice.join(' ')).not.toMatch(/next week up to|Build up/);
  });

  it('interview green + log red → red, the log\'s advice only', () => {
    const outcome = outcomeOf('outer-hip.yaml', calm);
    expect(outcome.status).toBe('green');
    const verdict = decideVerdict(outcome, log('red'));
    expect(verdict).toMatchObject({ status: 'red', decidedBy: 'log', headline: 'STOP RUNNING FOR NOW', advice: ['Stop running until pain settles.'] });
    expect(verdict.why).toMatch(/^your answers say GREEN: .*; your log says RED: pain-during: .*; so RED: your log is the more cautious\.$/);
    // Who to see comes from the log that decided; the answers named nobody.
    expect(verdict.see).toBe('See a sports physiotherapist or a doctor soon (within a week or so): pain above the edge during runs.');
  });

  it('a doctor named by the answers is kept when the log decides; a tie says both agree', () => {
    const verdict = decideVerdict(outcomeOf('building-walking.yaml'), log('red'));
    expect(verdict).toMatchObject({ status: 'red', decidedBy: 'answers', see: 'see a doctor within the next few days' });
    expect(verdict.why).toMatch(/; so RED: both agree\.$/);
  });

  it('a red flag from the log raises the banner, and the why line names the sign without the log\'s advice', () => {
    const verdict = decideVerdict(outcomeOf('outer-hip.yaml', calm), log('red', { reason: 'a red flag in your log (fever or chills, 2025-03-31)', redFlags: [{ flag: 'fever or chills', date: '2025-03-31', when: 'today' }] }));
    expect(verdict).toMatchObject({ status: 'red', decidedBy: 'log', urgency: 'today', redFlags: [{ text: 'in your log: fever or chills (2025-03-31)', answeredYes: false }] });
    // The sooner of the two: a log's "today" over the answers' "within days".
    expect(decideVerdict(outcomeOf('building-walking.yaml'), log('red', { redFlags: [{ flag: 'fever or chills', date: '2025-03-31', when: 'today' }] })).urgency).toBe('today');
    expect(decideVerdict(outcomeOf('outer-hip.yaml', calm), log('red')).urgency).toBeNull();
  });

  it('a stale log is not combined: the answers alone decide, and the outcome says so', () => {
    const verdict = decideVerdict(outcomeOf('outer-hip.yaml', calm), log('red', { stale: true, lastEntry: '2023-07-27', daysBehind: 603 }));
    expect(verdict).toMatchObject({ status: 'green', decidedBy: 'answers alone' });
    expect(verdict.why).toContain('Your log\'s last entry is 2023-07-27, 603 days ago, so it is stale and not combined: this outcome is judged on your answers alone.');
  });
});
