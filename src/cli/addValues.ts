// `hipcheck add`: the values a runner gives (flags, or answers on a terminal) checked by the
// reader's own field readers, so nothing goes into the log that the log could not read back,
// and turned into the entries to append.
import { isRejection, parseDistance, parseDurationMin, parsePain, reject, type Parsed } from '../ingest/values.js';
import { readClearance } from '../ingest/clearance.js';
import type { LogRecord } from '../logbook/record.js';
import { UserError } from '../model/errors.js';
import { KNOWN_TERRAINS, NON_RUNNING_TYPES, type DistanceUnit, type SessionType } from '../model/log.js';
import type { TextPrompter } from '../interview/prompter.js';

/** The values as typed: text, checked when the log's unit is known. */
export interface AddValues {
  date: string;
  time?: string;
  distance?: string;
  duration?: string;
  terrain?: string;
  type?: SessionType;
  pain?: string;
  painAfter?: string;
  painNextDay?: string;
  morning?: string;
  redFlag?: string;
  cleared?: string;
  notes?: string;
}

/** Command-line numbers may use a decimal comma ("8,2"): no thousands separators are read. */
const TYPED = { decimalComma: true };

type Reader<T> = (text: string) => Parsed<T>;

function painReader(text: string): Parsed<number> {
  return parsePain(text, TYPED);
}

function clearanceReader(text: string): Parsed<string> {
  const reading = readClearance(text);
  return reading.cleared ? text : reject(reading.expected);
}

function check<T>(flag: string, text: string, read: Reader<T>): T {
  const value = read(text);
  if (!isRejection(value)) return value;
  const what = read === (clearanceReader as Reader<unknown>) ? 'not read as a clearance, so it would not end a red flag; nothing was written' : 'not a value hipcheck can log';
  throw new UserError({ file: flag, severity: 'error', message: `${flag} is ${what}`, got: JSON.stringify(text), expected: value.expected });
}

function text(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UserError({ file: flag, severity: 'error', message: `${flag} is empty`, expected: 'some words, e.g. --notes "easy, legs heavy"' });
  return value.trim();
}

/** Whether the values describe a run (as opposed to a pain record, a red flag or a clearance alone). */
export function describesRun(values: AddValues): boolean {
  if (values.type !== undefined) return !NON_RUNNING_TYPES.has(values.type);
  return [values.distance, values.duration, values.terrain, values.pain, values.painAfter, values.painNextDay, values.time].some((value) => value !== undefined);
}

export function hasSomethingToAdd(values: AddValues): boolean {
  return describesRun(values) || [values.type, values.morning, values.redFlag, values.cleared, values.notes].some((value) => value !== undefined);
}

/** On a terminal: nothing given yet, or a run without its distance or its pain score. */
export function needsAsking(values: AddValues): boolean {
  return !hasSomethingToAdd(values) || (describesRun(values) && (values.distance === undefined || values.pain === undefined));
}

/**
 * The entries to append: this morning's pain record first (it is about the night before), then
 * the run or the day's record. Throws UserError (exit 2) for any value the reader would refuse.
 */
export function recordsFrom(values: AddValues, units: DistanceUnit): LogRecord[] {
  const records: LogRecord[] = [];
  const run = describesRun(values);
  const morning = values.morning === undefined ? undefined : check('--morning', values.morning, painReader);
  // With a run or a session on the same day, the morning is an entry of its own.
  const separateMorning = morning !== undefined && (run || (values.type !== undefined && values.type !== 'rest'));
  if (separateMorning) records.push({ date: values.date, distanceKm: 0, type: 'rest', pain: morning });
  if (run && values.distance === undefined) {
    throw new UserError({ file: 'hipcheck add', severity: 'error', message: 'a run needs --distance', expected: `e.g. --distance 8.2 (${units}, the log's unit) or --distance 5mi; for this morning's pain alone, --morning 2` });
  }
  const day: LogRecord = { date: values.date, distanceKm: 0 };
  if (values.time !== undefined) day.time = values.time;
  if (values.distance !== undefined) day.distanceKm = check('--distance', values.distance, (raw) => {
    const distance = parseDistance(raw, units, TYPED);
    return isRejection(distance) ? distance : distance.km;
  });
  if (values.duration !== undefined) day.durationMin = check('--duration', values.duration, parseDurationMin);
  if (values.terrain !== undefined) day.terrain = values.terrain;
  // A day with no run is a rest-day record: the type column is how the log tells it from a run.
  if (values.type !== undefined) day.type = values.type;
  else if (!run) day.type = 'rest';
  const pains: [keyof LogRecord & ('pain' | 'painAfter' | 'painNextDay'), string | undefined, string][] = [
    ['pain', values.pain, '--pain'], ['painAfter', values.painAfter, '--pain-after'], ['painNextDay', values.painNextDay, '--pain-next-day'],
  ];
  for (const [key, raw, flag] of pains) if (raw !== undefined) day[key] = check(flag, raw, painReader);
  const redFlag = text('--red-flag', values.redFlag);
  if (redFlag !== undefined) day.redFlag = redFlag;
  // Only what the reader reads as a clearance is logged as one: "waiting for MRI" is refused, and said.
  const cleared = text('--cleared', values.cleared);
  if (cleared !== undefined) day.cleared = check('--cleared', cleared, clearanceReader);
  const notes = text('--notes', values.notes);
  if (notes !== undefined) day.notes = notes;
  if (morning !== undefined && !separateMorning) day.pain = morning;
  records.push(day);
  return records;
}

const KINDS = [
  { value: 'run', name: 'a run' },
  { value: 'morning', name: 'this morning\'s hip pain' },
  { value: 'cross', name: 'cross-training (swim, bike, …) or strength work' },
  { value: 'redFlag', name: 'a red flag (cannot bear weight, swelling, fever, …)' },
  { value: 'cleared', name: 'a doctor\'s or physiotherapist\'s clearance' },
];

const unlessValid = <T>(read: Reader<T>, optional: boolean) => (typed: string): string | undefined => {
  if (optional && typed.trim() === '') return undefined;
  const value = read(typed);
  return isRejection(value) ? `expected ${value.expected}` : undefined;
};

const required = (typed: string) => (typed.trim() === '' ? 'type a few words' : undefined);

/**
 * On a terminal, asks for what the flags left out: what to record when nothing was given, and
 * for a run its distance and pain during (the two values every rule and the plan read).
 */
export async function askForMissing(values: AddValues, units: DistanceUnit, prompter: TextPrompter): Promise<AddValues> {
  const asked: AddValues = { ...values };
  const blankIsNone = (answer: string) => (answer.trim() === '' ? undefined : answer.trim());
  const everything = !hasSomethingToAdd(values);
  const kind = everything ? await prompter.select(`What do you want to log for ${values.date}?`, KINDS) : describesRun(values) ? 'run' : 'other';
  const distance = (typed: string) => parseDistance(typed, units, TYPED);
  if (kind === 'run') {
    asked.distance ??= await prompter.input(`Distance (${units}, or with a unit: 8.2 km, 5 mi)`, unlessValid(distance, false));
    if (everything) asked.duration = blankIsNone(await prompter.input('Time (45:10, 62 min; empty if not timed)', unlessValid(parseDurationMin, true)));
    asked.pain ??= blankIsNone(await prompter.input('Hip pain during the run, 0–10 (empty if not recorded)', unlessValid(painReader, true)));
    if (everything) {
      // "not recorded" first: on a short terminal page a choice after the seven terrains is out of sight.
      const terrain = await prompter.select('Terrain', [{ value: '', name: 'not recorded' }, ...KNOWN_TERRAINS.map((name) => ({ value: name, name }))]);
      if (terrain !== '') asked.terrain = terrain;
    }
  } else if (kind === 'morning') {
    asked.morning = String(await prompter.number('Hip pain this morning, 0–10', 0, 10));
  } else if (kind === 'cross') {
    asked.type = (await prompter.select('Which', [{ value: 'cross', name: 'cross-training' }, { value: 'strength', name: 'strength work' }])) as SessionType;
    asked.duration = blankIsNone(await prompter.input('Time (45:10, 62 min; empty if not timed)', unlessValid(parseDurationMin, true)));
  } else if (kind === 'redFlag') {
    asked.redFlag = await prompter.input('The red flag, in your words', required);
  } else if (kind === 'cleared') {
    asked.cleared = await prompter.input('Who cleared you, and what they said (e.g. "Dr Patel: fine to run")', unlessValid(clearanceReader, false));
  }
  if (everything) asked.notes = blankIsNone(await prompter.input('Notes (empty for none)', () => undefined));
  return asked;
}
