// The red-flag phrase tables: how runners write the signs of DOMAIN § 5, and the innocent or
// denied sentences that must stay quiet. Adding a phrasing is adding a row.
import { describe, expect, it } from 'vitest';
import { clearanceIn, readNote, readRedFlagColumn } from '../../src/checks/noteReading.js';

/** Urgent red flags (see a doctor; they stand until cleared): note → the sign it must raise. */
const URGENT: [string, string][] = [
  // A denial of one thing next to a sign (DOMAIN § 5 and the examples).
  ['Run not too bad but can\'t put weight on the leg tonight', 'cannotBearWeight'],
  ['Hip not too bad, limping a bit', 'limp'],
  ['Run not too bad and can\'t put weight on it tonight', 'cannotBearWeight'],
  ['not limping now but can\'t put weight on it', 'cannotBearWeight'],
  ['No fever, but swollen and hot', 'swelling'],
  ['no fever or chills, but the hip swelled up', 'swelling'],
  ['No pain on the run and the hip is swollen tonight', 'swelling'],
  // Every mention read, not only the first.
  ['No swelling yesterday but today the hip is swollen', 'swelling'],
  ['no swelling yesterday, swollen today', 'swelling'],
  ['no swelling yesterday swollen today', 'swelling'],
  // Everyday words.
  ['limping after', 'limp'],
  ['limping', 'limp'],
  ['hobbling around the office all day', 'limp'],
  ['my gait is off after the long run', 'limp'],
  ['hurts to walk after', 'walkingPain'],
  ['hurts to walk after, deep in the groin', 'walkingPain'],
  ['every step hurts after the run', 'walkingPain'],
  ['walking is painful, deep groin ache', 'walkingPain'],
  ['sore to stand for long after the run', 'walkingPain'],
  ['hurts when I walk, deep in the hip', 'walkingPain'],
  ['sore on the outside when I walk and deep in the groin', 'walkingPain'],
  ['worse every night', 'restNightWorsening'],
  ['night pain getting worse', 'restNightWorsening'],
  ['pain at rest keeps getting worse', 'restNightWorsening'],
  ['hip aching in bed and worse than last night', 'restNightWorsening'],
  ['pain wakes me every night and it\'s getting worse', 'restNightWorsening'],
  ['temperature 38.5 and shivery', 'fever'],
  ['temperature and shivery', 'fever'],
  ['felt feverish with chills', 'fever'],
  ['had a temperature of 39', 'fever'],
  ['temp 38.2 tonight', 'fever'],
  ['running a temp since the race', 'fever'],
  ['fever last night', 'fever'],
  ['couldn\'t bear weight on the left leg afterwards', 'cannotBearWeight'],
  ['ok on the run. Later couldn\'t stand on it', 'cannotBearWeight'],
  ['on crutches since Tuesday', 'cannotBearWeight'],
  ['non weight bearing for now', 'cannotBearWeight'],
  ['Cannot walk properly since the run', 'cannotWalk'],
  ['Felt fine. Couldn\u2019t walk without limping afterwards', 'cannotWalk'],
  ['unable to lift my leg into the car', 'cannotMove'],
  ['leg won\'t move properly this morning', 'cannotMove'],
  ['hip swollen this morning', 'swelling'],
  ['Not sure if it\'s swollen', 'swelling'],
  ['leg looks shorter and turned out after the fall', 'deformity'],
  ['hip looks out of place', 'deformity'],
  ['pain 9/10 on the descent', 'intensePain'],
  ['hip 8.5/10 after the race', 'intensePain'],
  ['8/10 by the end, had to stop', 'intensePain'],
  ['excruciating on the stairs', 'intensePain'],
  ['physio suspects a stress fracture', 'stressFracture'],
  ['MRI booked to rule out a stress fracture', 'stressFracture'],
  ['deep groin pain that got worse as the run went on', 'deepGroinWorsening'],
  ['groin ache built up the longer I ran', 'deepGroinWorsening'],
  // Words ending in "nt" are not denials ("went", "joint", "front").
  ['went home limping', 'limp'],
  ['hip joint swollen', 'swelling'],
  ['front of the hip swollen after the race', 'swelling'],
  ['spent the evening limping', 'limp'],
  // Misspelt, as typed on a phone after a run (one typo from a key word, or a common slip).
  ['can\'t bare weight', 'cannotBearWeight'],
  ['cant put wieght on it', 'cannotBearWeight'],
  ['cn\'t bear weight', 'cannotBearWeight'],
  ['cant bare wieght', 'cannotBearWeight'],
  ['limpin home', 'limp'],
  ['limpng after', 'limp'],
  ['hip swolen tonight', 'swelling'],
  ['sweling on the outside of the hip', 'swelling'],
  ['swellin came up after', 'swelling'],
  ['feaver and aching', 'fever'],
  ['fevr last night', 'fever'],
  ['cudnt walk home', 'cannotWalk'],
  // Everyday phrasings.
  ['can barely walk', 'cannotWalk'],
  ['can hardly walk this morning', 'cannotWalk'],
  ['struggling to walk after the long run', 'cannotWalk'],
  ['NWB since Sunday', 'cannotBearWeight'],
  ['hip gave way on the descent', 'gaveWay'],
  ['leg buckled at 8 km', 'gaveWay'],
  // Someone else is named, but the sign is the runner's.
  ['ran with my friend and was limping after', 'limp'],
];

/** See a clinician (not urgent, not sticky). */
const CLINICIAN: [string, string][] = [
  ['the hip interferes with work now', 'dailyLife'],
  ['woke me up at night with hip pain', 'dailyLife'],
  ['can\'t sleep because of the hip', 'dailyLife'],
  ['struggling to put my socks on', 'dailyLife'],
  ['still not better after two weeks of rest', 'notImproving'],
  ['no improvement despite the exercises', 'notImproving'],
  ['hip pain keeps coming back', 'repeatedBouts'],
  ['flared up again after the long run', 'repeatedBouts'],
  ['old hip niggle is back', 'repeatedBouts'],
];

/** Innocent, denied or hypothetical: no urgent flag and no clinician sign. */
const QUIET: string[] = [
  'no swelling, felt fine',
  'not feverish',
  'rest day, hip fine',
  'easy run, walked the hills',
  'ache at night from lying on the sore side',
  'pain at rest 0/10',
  'physio ruled out a stress fracture',
  'stress fracture ruled out by MRI',
  'hurts on the stairs',
  'sore on the outside when I walk',
  'no swelling, fever or chills',
  'no swelling or fever',
  'no limp, walking fine',
  'Didn\'t limp at all',
  'no longer limping',
  'limp gone today',
  'swelling has gone down',
  'tender over the bony bit on the outside',
  'cold and shivering after the rain run',
  'swollen ankle from the trail, hip fine',
  'if it swells up, see the doctor',
  'watch for fever',
  'without any night pain now',
  'ran at night, no pain',
  'worse at night when lying on that side',
  'my 10k time is not improving',
  'can walk fine, no pain when standing',
  'pain 3/10, settled by the evening',
  'hard session, 5/10 effort',
  'temperature 30 degrees, hot run',
  'not swollen, no fever, walking normally',
  'hip hurts a bit getting up from a chair',
  'pain at the start that eased as the run went on',
  'can\'t stand the heat on long runs',
  'no pain walking or standing',
  'tempo, effort 8/10',
  'a bit sore walking up hills',
  'legs 9/10 tired after the hills',
  'hot day, 38 degrees outside',
  'temperature 38 in the shade, took it easy',
  // Typos guarded: real words one letter from a key word are not "corrected".
  'dwelling on the pace',
  'never again on that hill',
  'fewer hills this week',
  'spelling out the plan with my coach',
  'eight laps of the track',
  'talking the whole run',
  // Scores that are not today's hip pain.
  'felt 8/10',
  'great run 9/10',
  'hip fine, legs 9/10 sore',
  'pain 1/10 (was 8/10 in March)',
  'quads 8/10 after the hills',
  '9/10 run, loved it',
  // History, or someone else: a risk factor, not a flag (DOMAIN § 5).
  'previous stress fracture in 2019',
  'history of stress fracture',
  'friend had a stress fracture',
  'had a stress fracture 2 years ago, fine now',
  'my wife\'s hip is swollen',
  'ran past a swollen river',
  // Improving night pain is not a sign.
  'night pain improving',
  'night pain a bit less',
  'night pain easing',
  // Asked and answered.
  'limping? no.',
  'gave way to a car at the junction',
  'not struggling to walk any more',
];

describe('red-flag phrases: urgent signs fire', () => {
  it.each(URGENT)('"%s" → %s', (note, id) => {
    const signs = readNote(note);
    expect(signs.map((sign) => sign.id)).toContain(id);
    expect(signs.find((sign) => sign.id === id)!.kind).toBe('urgent');
  });
  it('the table holds at least 40 urgent phrasings', () => expect(URGENT.length).toBeGreaterThanOrEqual(40));
});

describe('red-flag phrases: see-a-clinician signs fire, and are not urgent', () => {
  it.each(CLINICIAN)('"%s" → %s', (note, id) => {
    const signs = readNote(note);
    expect(signs.map((sign) => sign.id)).toContain(id);
    expect(signs.filter((sign) => sign.kind === 'urgent')).toEqual([]);
  });
});

describe('red-flag phrases: innocent, denied or hypothetical notes stay quiet', () => {
  it.each(QUIET)('"%s"', (note) => {
    expect(readNote(note).filter((sign) => sign.kind !== 'within-run')).toEqual([]);
  });
  it('the table holds at least 20 quiet phrasings', () => expect(QUIET.length).toBeGreaterThanOrEqual(20));
});

describe('within one run', () => {
  it('"worse as the run goes on" alone is the within-run row, not an urgent flag', () => {
    expect(readNote('hip got worse as the run went on').map((sign) => [sign.id, sign.kind])).toEqual([['worseDuringRun', 'within-run']]);
  });
  it('with deep groin pain it becomes urgent (a possible stress fracture)', () => {
    expect(readNote('deep groin ache, worse as the run went on').map((sign) => sign.id)).toContain('deepGroinWorsening');
  });
  it('"no groin pain" does not make it urgent', () => {
    expect(readNote('no groin pain; outer hip got worse as the run went on').map((sign) => sign.id)).toEqual(['worseDuringRun']);
  });
});

describe('how soon: same day for the first group, within days for stress-fracture and night signs', () => {
  it.each([
    ['can\'t put weight on it', 'today'],
    ['fever and chills', 'today'],
    ['hip swollen', 'today'],
    ['limping after', 'within days'],
    ['worse every night', 'within days'],
  ])('"%s" → %s', (note, when) => expect(readNote(note)[0]!.when).toBe(when));
});

describe('clearance by a professional', () => {
  it.each(['cleared to run by the physio', 'Doctor: all clear, x-ray normal', 'physio ruled out a stress fracture', 'GP says fine to run'])('"%s" records a clearance', (note) => {
    expect(clearanceIn(note)).toBeDefined();
  });
  it.each([
    'not cleared yet', 'waiting for the physio to clear me', 'doctor not happy, stop running', 'cleared my diary for the race',
    // Hoped for, booked, in the future, in the past, or someone else's.
    'hoping to get cleared by the physio', 'physio: not yet cleared to run', 'will be cleared by the physio on Friday',
    'limping home, physio cleared me last month', 'physio appointment booked, hope to be cleared', 'friend got cleared by her physio', 'cleared myself to run',
  ])('"%s" does not', (note) => {
    expect(clearanceIn(note)).toBeUndefined();
  });
});

describe('the red_flag column', () => {
  it('yes is an unnamed urgent flag; no is nothing', () => {
    expect(readRedFlagColumn('yes')).toMatchObject([{ kind: 'urgent', flag: 'a red flag' }]);
    expect(readRedFlagColumn('no')).toEqual([]);
    expect(readRedFlagColumn('')).toEqual([]);
  });
  it.each(['no red flags', 'No.', 'nope', 'not today', 'none today', '✗', 'no swelling', 'no fever or chills', 'nothing to report'])('"%s" is no flag', (value) => {
    expect(readRedFlagColumn(value)).toEqual([]);
  });
  it.each([['yes', 'recorded'], ['x', 'recorded'], ['no fever but limping', 'limp'], ['swolen', 'swelling'], ['numb foot', 'recorded']])('"%s" is an urgent flag (%s)', (value, id) => {
    expect(readRedFlagColumn(value).map((sign) => sign.id)).toContain(id);
  });
  it('a named sign is read as that sign; an unknown name is still urgent', () => {
    expect(readRedFlagColumn('swelling').map((sign) => sign.id)).toEqual(['swelling']);
    expect(readRedFlagColumn('numb foot')).toMatchObject([{ kind: 'urgent', flag: 'a red flag ("numb foot")' }]);
  });
});
