// One direction per screen: the headline says which way the load goes this week, and no advice
// line or pattern's "what helps" goes another way ("KEEP RUNNING AT THIS AMOUNT" beside "build
// up ~10%", STOP beside "cut mileage by 30–50%" or "keep runs at a level that …"). Checked on the
// rendered output, read by its words, across every answers fixture, every log kind and every
// format, and across `analyze` of every log fixture.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TODAY, hipcheck } from '../helpers/cli.js';
import { tempDir } from '../helpers/tempDir.js';

type Direction = 'stop' | 'cut' | 'hold' | 'build' | 'train';

/** The words that move the load, as a runner reads them. */
const WORDS: Record<Direction, RegExp> = {
  stop: /\b(stop running|rest the hip|do not run\b|rest from running|stop the painful activity)/i,
  cut: /(cut (mileage|back)|\breduce\b|30–50% less|shorter runs|shorter or easier|lighter|return to last week's volume)/i,
  hold: /(at this amount|no more than the last 7 days|^hold\b|keep runs at a level|shorten or slow the run)/i,
  build: /(build up gradually|~10% more|\+10%|build gradually|faster running)/i,
  // Training kept going in some form: fine beside any headline but stop.
  train: /(strengthen|mobility work|low-impact cardio)/i,
};

/** What each headline allows: a cut keeps limits that hold ("no more" includes "less"); nothing else mixes. */
const ALLOWED: Record<Direction, Direction[]> = { stop: ['stop'], cut: ['cut', 'hold', 'train'], hold: ['hold', 'train'], build: ['build', 'train'], train: [] };

function headlineDirection(headline: string): Direction | undefined {
  if (/^STOP/i.test(headline)) return 'stop';
  if (/^CUT BACK/i.test(headline)) return 'cut';
  if (/^HOLD/i.test(headline)) return 'hold';
  if (/BUILD/i.test(headline)) return 'build';
  return undefined;
}

/** The directions a line names, leaving out the way back after a stop (a later step, not this week). */
function lineDirections(line: string): Direction[] {
  if (/^(the way back|once a doctor)/i.test(line.trim())) return [];
  const named = (Object.keys(WORDS) as Direction[]).filter((direction) => WORDS[direction].test(line));
  // "Stop the painful activity …, then strengthen": the training is the step after the stop.
  return named.includes('stop') ? named.filter((direction) => direction !== 'train') : named;
}

interface Screen { headline: string; lines: string[] }

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const stripTags = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');

/** The headline, the advice lines under it, and every "what helps", from each format. */
function screenOf(formatName: string, out: string): Screen {
  if (formatName === 'json') {
    const json = JSON.parse(out) as { verdict: { headline: string; advice: string[] }; outcome: { conditions: { helps?: string }[] } };
    return { headline: json.verdict.headline, lines: [...json.verdict.advice, ...json.outcome.conditions.flatMap((match) => (match.helps ? [match.helps] : []))] };
  }
  const helps = (text: string) => [...text.matchAll(/what helps: ([\s\S]*?)(?=\n\s*(•|-|\n|Log from)|\)\n|<\/li>|$)/g)].map((match) => squash(match[1]!));
  if (formatName === 'text') {
    const headline = /^This week: (.*)$/m.exec(out)![1]!;
    const block = out.slice(out.indexOf('This week:')).split('\n\n')[0]!;
    const lines = block.split(/\n {2}• /).slice(1).map((item) => squash(item.split(/\n {2}Who to see:/)[0]!));
    return { headline, lines: [...lines, ...helps(out)] };
  }
  if (formatName === 'markdown') {
    const headline = /^## This week: (.*)$/m.exec(out)![1]!;
    const block = out.slice(out.indexOf('## This week:')).split('## Patterns')[0]!;
    return { headline, lines: [...block.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2)), ...helps(out.split('## The answers')[0]!)] };
  }
  const section = /<section class="status outcome[^"]*"><h2>This week: ([^<]*)<\/h2>([\s\S]*?)<\/section>/.exec(out)!;
  const items = [...section[2]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => stripTags(match[1]!));
  return { headline: stripTags(section[1]!), lines: [...items, ...helps(stripTags(out.split('<h2>Log from now on</h2>')[0]!))] };
}

function expectOneDirection(screen: Screen, context: string): void {
  const headline = headlineDirection(screen.headline);
  for (const line of screen.lines) {
    const against = lineDirections(line).filter((direction) => headline && !ALLOWED[headline].includes(direction));
    expect(against, `${context}: "${screen.headline}" beside "${line}"`).toEqual([]);
  }
}

const day = (offset: number) => format(addDays(new Date(`${DEFAULT_TODAY}T12:00:00`), offset), 'yyyy-MM-dd');

/** Five weeks of steady runs (Monday, Wednesday, Friday, Saturday) up to yesterday, or ending long ago (stale), with the pains given. */
function logOf(dir: string, name: string, pain: { during: number; next: number }, endOffset = -1): string {
  const days = Array.from({ length: 35 }, (_, index) => endOffset - 34 + index).filter((offset) => [1, 3, 5, 6].includes(addDays(new Date(`${DEFAULT_TODAY}T12:00:00`), offset).getDay()));
  const rows = days.map((offset) => `${day(offset)},6,easy,${pain.during},,${pain.next},`);
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, `date,distance_km,type,pain,pain_after,pain_next_day,notes\n${rows.join('\n')}\n`);
  return path;
}

const ANSWERS = readdirSync('fixtures/answers').filter((file) => file !== 'broken.yaml').map((file) => `fixtures/answers/${file}`);
const FORMATS = ['text', 'markdown', 'html', 'json'];

describe('one direction per screen', () => {
  const dir = tempDir('hipcheck-direction-');
  const LOGS: Record<string, string | undefined> = {
    'no log': undefined,
    green: logOf(dir, 'green', { during: 1, next: 0 }),
    'amber, at the edge (hold)': logOf(dir, 'edge', { during: 4, next: 0 }),
    'amber, unsettled (cut)': 'fixtures/logs/example.csv',
    red: logOf(dir, 'red', { during: 7, next: 2 }),
    'red flag': 'fixtures/batch/team/ana.csv',
    stale: logOf(dir, 'stale', { during: 1, next: 0 }, -40),
  };

  it('the logs cover every direction (so the check below sees each)', () => {
    const modes = Object.values(LOGS).filter(Boolean).map((log) => (JSON.parse(hipcheck(['analyze', log!, '--format', 'json']).stdout) as { advice: { mode: string } }).advice.mode);
    expect(new Set(modes)).toEqual(new Set(['build', 'hold', 'reduce', 'stop', 'see a doctor', 'stale']));
  });

  it.each(ANSWERS)('interview %s: every log, every format', (answers) => {
    const headlines = new Set<string>();
    for (const [logName, log] of Object.entries(LOGS)) {
      for (const formatName of FORMATS) {
        const result = hipcheck(['interview', '--answers', answers, '--format', formatName, ...(log ? ['--log', log] : [])], { env: { COLUMNS: '200' } });
        expect(result.status, result.stderr).not.toBe(2);
        const screen = screenOf(formatName, result.stdout);
        headlines.add(screen.headline);
        expectOneDirection(screen, `${answers}, ${logName}, ${formatName}`);
      }
    }
    expect([...headlines].every((headline) => headlineDirection(headline) !== undefined)).toBe(true);
  });

  it('the interview paths that used to mix directions now keep to one', () => {
    const mild = hipcheck(['interview', '--answers', 'fixtures/answers/mild-settled.yaml', '--format', 'json']);
    const json = JSON.parse(mild.stdout) as { verdict: { headline: string; advice: string[] }; outcome: { conditions: { name: string; helps?: string }[] } };
    expect(json.verdict.headline).toBe('KEEP RUNNING, BUILD UP GRADUALLY');
    expect(json.verdict.advice).toEqual(['Build up gradually: at most ~10% more a week.']);
    // The pattern keeps its name and why; its "cut mileage by 30–50%" is left out beside a build-up.
    expect(json.outcome.conditions[0]).toMatchObject({ name: 'gluteal tendinopathy / trochanteric bursitis' });
    expect(json.outcome.conditions[0]!.helps).toBeUndefined();
    const red = hipcheck(['interview', '--answers', 'fixtures/answers/rest-pain.yaml', '--format', 'markdown']);
    expect(red.stdout).toContain('## This week: STOP RUNNING FOR NOW');
    expect(red.stdout).not.toContain('Keep runs at a level');
  });

  it('a fever (or any urgent red flag) is never followed by training advice from a pattern', () => {
    const answers = join(dir, 'fever-joint.yaml');
    writeFileSync(answers, [
      'redFlags: { cannotBearWeight: false, cannotMoveLeg: false, deformed: false, suddenSwelling: false, feverChills: true, intensePain: false, restNightWorsening: false, deepGroinWalking: false }',
      'where: [joint]', 'onset: gradual', 'daysAgo: 5', 'duringRun: eases', 'afterRun: minutes', 'feels: [stiffness]', 'worseWith: []',
      'painNow: 0', 'painLastRun: 2', 'changes: []',
      'selfTest: { sharpDeepPinching: false, notEasedByMovement: false, worseAfterSitting: true, cannotStandEvenly: false, oneSideWeaker: false, walkingSquatsStairs: false }', '',
    ].join('\n'));
    for (const formatName of FORMATS) {
      const out = hipcheck(['interview', '--answers', answers, '--format', formatName], { env: { COLUMNS: '200' } }).stdout;
      const screen = screenOf(formatName, out);
      expect(headlineDirection(screen.headline)).toBe('stop');
      expectOneDirection(screen, `fever with joint-type answers, ${formatName}`);
      expect(out).not.toMatch(/low-impact cardio|modify load, strengthen/);
    }
    // The patterns are still named, with why; only their "what helps" is left out.
    const json = JSON.parse(hipcheck(['interview', '--answers', answers, '--format', 'json']).stdout) as { outcome: { conditions: { id: string; helps?: string }[] } };
    expect(json.outcome.conditions.map((match) => match.id)).toContain('osteoarthritis');
    expect(json.outcome.conditions.every((match) => match.helps === undefined || !/strengthen|cardio/.test(match.helps))).toBe(true);
  });

  /** analyze's status and its "Next 7 days" lines go one way: green builds, amber holds or cuts, red stops. */
  function expectAnalyzeOneWay(log: string, today: string): void {
    const result = hipcheck(['analyze', log], { env: { COLUMNS: '200', HIPCHECK_TODAY: today } });
    if (result.status === 2) return; // no entry on or before that day
    const status = /^Status:\s+(GREEN|AMBER|RED)\s+(.*)$/m.exec(result.stdout)!;
    const advice = result.stdout.split('Next 7 days\n')[1]!.split('\n\n')[0]!.split('\n').map((line) => line.replace(/^\s*• /, ''));
    const allowed: Direction[] = status[1] === 'GREEN' ? ['build', 'train'] : status[1] === 'AMBER' ? ['cut', 'hold', 'train'] : ['stop'];
    for (const line of advice) expect(lineDirections(line).filter((direction) => !allowed.includes(direction)), `${log} ${today}: ${status[0]} beside "${line}"`).toEqual([]);
  }

  it.each(readdirSync('fixtures/logs'))('analyze fixtures/logs/%s: the advice goes the status\'s way, on each as-of day', (file) => {
    for (const today of [DEFAULT_TODAY, '2025-06-09']) expectAnalyzeOneWay(`fixtures/logs/${file}`, today);
  });

  it('a cut-back week never says "mix in some faster running" (pace-variety spoke on this runner\'s log)', () => {
    const log = join(dir, 'cut-easy.csv');
    writeFileSync(log, [
      'date,distance_km,duration,terrain,type,pain,pain_next_day,notes',
      '2025-02-11,8.1,46 min,road,easy,1,0,easy',
      '2025-02-13,10.2,59 min,road,easy,1,0,easy',
      '2025-02-15,6.4,36 min,road,easy,1,0,easy',
      '2025-02-16,16.4,95 min,road,long,1,0,easy',
      '2025-02-18,8.6,49 min,road,easy,1,0,easy',
      '2025-02-20,10.7,62 min,road,easy,1,0,easy',
      '2025-02-22,6.9,39 min,road,easy,1,0,easy',
      '2025-02-23,16.9,98 min,road,long,1,0,easy',
      '2025-02-25,9.1,52 min,road,easy,1,0,easy',
      '2025-02-27,11.2,65 min,road,easy,1,0,easy',
      '2025-03-01,7.4,42 min,road,easy,1,0,easy',
      '2025-03-02,17.4,101 min,road,long,1,0,easy',
      '2025-03-04,9.6,55 min,road,easy,1,0,easy',
      '2025-03-06,11.7,67 min,road,easy,1,0,easy',
      '2025-03-08,7.9,45 min,road,easy,1,0,easy',
      '2025-03-09,17.9,103 min,road,long,1,0,easy',
      '2025-03-11,10.1,58 min,road,easy,3,2,outer hip sore after',
      '2025-03-13,12.2,70 min,road,easy,3,2,outer hip sore after',
      '2025-03-15,8.4,48 min,road,easy,3,2,outer hip sore after',
      '2025-03-16,18.4,106 min,road,long,4,2,outer hip sore after',
      '2025-03-18,10.6,61 min,road,easy,3,2,outer hip sore after',
      '2025-03-20,12.7,73 min,road,easy,3,2,outer hip sore after',
      '2025-03-22,8.9,51 min,road,easy,3,2,outer hip sore after',
      '2025-03-23,18.9,109 min,road,long,4,2,outer hip sore after',
      '2025-03-25,11.1,64 min,road,easy,3,2,outer hip sore after',
      '2025-03-27,13.2,76 min,road,easy,3,2,outer hip sore after',
      '2025-03-29,9.4,54 min,road,easy,3,2,outer hip sore after',
      '2025-03-30,19.4,112 min,road,long,4,2,outer hip sore after',
      '2025-03-31,0,,,rest,0,,hipcheck interview: cut back: next week up to 42.5 km; pain now/last run/morning after: 0/2/-; where: outside; feels: dull; on a run: eases; after: minutes; self-test 0/6',
      '2025-03-31,0,,,rest,2,,hipcheck interview 2 of the day: cut back 30-50%; pain now/last run/morning after: 2/4/3; where: outside; feels: dull; on a run: same; after: nextMorning; self-test 0/6',
      '',
    ].join('\n'));
    const out = hipcheck(['analyze', log]).stdout;
    expect(out).toMatch(/^\s+• Reduce: next 7 days up to/m);
    expect(out).toContain('Vary your surfaces'); // information-only advice that fits a cut still shows
    expect(out).not.toContain('faster running');
    expectAnalyzeOneWay(log, DEFAULT_TODAY);
  });

  it.each(Object.entries(LOGS).filter(([, log]) => log !== undefined))('analyze of the %s log (easy runs only, so pace-variety speaks): one way', (_, log) => {
    expectAnalyzeOneWay(log!, DEFAULT_TODAY);
  });
});
