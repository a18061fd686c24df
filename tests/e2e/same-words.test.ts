// Every command and format says the same thing in the same words: never a 0.0 km range, one
// sentence for a stale log (against the judged day), one status headline and who-to-see for
// analyze and add, one referral for analyze and batch, and a greeting in every message.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

const REAL_CLOCK = { HIPCHECK_TODAY: '2026-11-23' };
const TODAY = { HIPCHECK_TODAY: '2025-03-31' };

function logIn(folder: string, name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** Logs whose advice gives no range, one per reason. */
function noRangeLogs(): Record<string, string> {
  const folder = tempDir('hipcheck-words-');
  const header = 'date,distance_km,duration,pain,pain_next_day,notes\n';
  const runs = ['2025-03-10', '2025-03-12', '2025-03-14', '2025-03-16'].map((date) => `${date},6,36:00,1,0,`).join('\n');
  return {
    stale: fixture('logs/example.csv'),
    'no recent running': logIn(folder, 'gap.csv', `${header}${runs}\n2025-03-20,0,,0,,\n2025-03-24,0,,0,,\n2025-03-28,0,,0,,\n2025-03-31,0,,0,,\n`),
    stop: logIn(folder, 'stop.csv', `${header}${runs}\n2025-03-30,8,48:00,7,2,\n`),
    'see a doctor': logIn(folder, 'doctor.csv', `${header}${runs}\n2025-03-30,8,48:00,2,0,can't put weight on the leg\n`),
  };
}

describe('never a 0.0 km range', () => {
  for (const [mode, path] of Object.entries(noRangeLogs())) {
    it(`${mode}: text, markdown and html say why there is no range, never "up to 0.0 km"`, () => {
      const json = JSON.parse(hipcheck(['analyze', path, '--format', 'json'], { env: mode === 'stale' ? REAL_CLOCK : TODAY }).stdout);
      expect(json.advice.mode).toBe(mode);
      for (const format of ['text', 'markdown', 'html']) {
        const output = hipcheck(['analyze', path, '--format', format], { env: mode === 'stale' ? REAL_CLOCK : TODAY }).stdout;
        expect(output).not.toMatch(/up to 0\.0|0\.0–0\.0/);
        if (format !== 'text') expect(output).toMatch(/Next week:(<\/strong>|\*\*) no (range|running)/);
      }
    });
  }
});

describe('a stale log: one sentence, against the judged day', () => {
  it('analyze with the real clock: the status reason and the advice both count to today, never to the last entry', () => {
    const text = hipcheck(['analyze', fixture('logs/example.csv')], { env: REAL_CLOCK }).stdout;
    expect(text).toContain('stale: no entries in the 14 days up to 2026-11-23; the last is 2025-03-30, 603 days before');
    expect(text).toContain('No entries in the 14 days up to 2026-11-23; the last is 2025-03-30, 603 days before: log your runs and pain again');
    expect(text).not.toContain('up to 2025-03-30');
  });

  it('batch --format messages says it once, with the same days', () => {
    const messages = hipcheck(['batch', fixture('batch/team'), '--format', 'messages'], { env: REAL_CLOCK }).stdout;
    const cleo = messages.split('\n\n').find((paragraph) => paragraph.startsWith('cleo\n'))!;
    expect(cleo).toContain('no entry in your log for 603 days, so I can\'t clear you: this is how things stood on 2025-03-30');
    expect(cleo).not.toMatch(/No entries in the 14 days/);
    expect(cleo.match(/603 days/g)).toHaveLength(1);
  });
});

describe('one headline and one who-to-see', () => {
  it('add prints the day\'s status with analyze\'s headline, reasons and who-to-see', () => {
    const path = join(tempDir('hipcheck-words-'), 'log.csv');
    copyFileSync(fixture('batch/team/cleo.csv'), path);
    const added = hipcheck(['add', path, '--date', '2025-03-31', '--morning', '6', '--notes', 'temperature 38.5 and shivery'], { env: TODAY });
    expect(added.status).toBe(0);
    const analyzed = hipcheck(['analyze', path], { env: TODAY }).stdout.split('\n');
    const headline = analyzed.find((line) => line.startsWith('Status:'))!.replace('Status:', '');
    const whoToSee = analyzed.find((line) => line.startsWith('Who to see:'))!;
    expect(headline).toContain('RED  stop running and see a doctor');
    expect(whoToSee).toMatch(/^Who to see: See a doctor today/);
    const lines = added.stdout.split('\n');
    expect(lines[0]).toBe(`Status as of 2025-03-31:${headline}`);
    expect(lines).toContain(whoToSee);
  });

  it('batch text and CSV name who to see in the advice\'s words, as analyze does', () => {
    const report = JSON.parse(hipcheck(['analyze', fixture('batch/team/cleo.csv'), '--format', 'json'], { env: TODAY }).stdout);
    expect(report.advice.see).toMatchObject({ who: 'sports physiotherapist', when: 'soon', action: 'See a sports physiotherapist or a doctor soon (within a week or so)' });
    const text = hipcheck(['batch', fixture('batch/team/cleo.csv')], { env: TODAY }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('see a sports physiotherapist or a doctor soon (within a week or so)');
    expect(text).not.toMatch(/see a physiotherapist(?! or)/);
    const csv = hipcheck(['batch', fixture('batch/team/cleo.csv'), '--format', 'csv'], { env: TODAY }).stdout;
    expect(csv).toContain(',see a sports physiotherapist or a doctor soon (within a week or so),');
    const message = hipcheck(['batch', fixture('batch/team/cleo.csv'), '--format', 'messages'], { env: TODAY }).stdout;
    expect(message).toContain('See a sports physiotherapist or a doctor soon (within a week or so): pain rising week to week.');
    expect(message).not.toContain('Please book a physiotherapist');
  });
});

describe('messages', () => {
  it('an unreadable log\'s message greets the athlete like the others', () => {
    const messages = hipcheck(['batch', fixture('batch/team'), '--format', 'messages'], { env: TODAY }).stdout;
    for (const paragraph of messages.trim().split('\n\n')) expect(paragraph.split('\n')[1]).toMatch(/^Hi /);
    expect(messages).toMatch(/^eve\nHi eve, I could not read your log \(.*eve\.tsv:1 {2}error: no date column/m);
  });
});
