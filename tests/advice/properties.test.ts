// Properties of the status model over random logs (fast-check): what must hold for every log,
// not only for the vignettes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../src/analysis/calendar.js';
import type { Entry, SessionType } from '../../src/model/log.js';
import type { Report } from '../../src/model/report.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { applyConfig, EMPTY_CONFIG } from '../../src/rulebook/config.js';
import { loadRuleDefinitions } from '../../src/rulebook/load.js';
import { logOf, run } from '../helpers/ruleTester.js';

const definitions = loadRuleDefinitions();
const ruleSet = applyConfig(definitions, EMPTY_CONFIG);
/** The same rule book with every information-only rule switched off. */
const withoutInformation = applyConfig(definitions, { athlete: {}, rules: Object.fromEntries(definitions.filter((rule) => rule.informationOnly).map((rule) => [rule.id, { severity: 'off' as const }])) });

const INNOCENT_NOTES = ['easy run', 'felt fine', 'hip a bit stiff at the start', 'no swelling, no limp', 'hurts on the stairs', 'ache at night from lying on the sore side', 'pain at rest 0/10', 'trail, muddy'];
const RED_FLAG_NOTES = ['can\'t put weight on it', 'limping after', 'hip swollen tonight', 'temperature 38.5 and shivery', 'hurts to walk after', 'worse every night', 'Run not too bad but can\'t put weight on the leg tonight', 'No swelling yesterday but today the hip is swollen'];

const pain = fc.option(fc.integer({ min: 0, max: 20 }).map((tenths) => tenths / 2), { nil: undefined });
const entryArb = fc.record({
  gapDays: fc.integer({ min: 0, max: 4 }),
  distanceKm: fc.integer({ min: 2, max: 25 }),
  durationMin: fc.option(fc.integer({ min: 12, max: 150 }), { nil: undefined }),
  type: fc.constantFrom<SessionType | undefined>(undefined, 'easy', 'long', 'rest', 'tempo'),
  pain, painNextDay: pain, painStart: pain, painEnd: pain,
  notes: fc.option(fc.constantFrom(...INNOCENT_NOTES), { nil: undefined }),
  shoes: fc.option(fc.constantFrom('Pegasus', 'Ghost'), { nil: undefined }),
  cadenceSpm: fc.option(fc.integer({ min: 150, max: 190 }), { nil: undefined }),
  terrain: fc.option(fc.constantFrom('road', 'trail', 'track'), { nil: undefined }),
});

/** Logs that are often green: low pain, settled mornings, even distances. */
const calmEntryArb = entryArb.chain((entry) => fc.record({
  distanceKm: fc.integer({ min: 4, max: 6 }),
  pain: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  painNextDay: fc.constantFrom(0, undefined),
  painStart: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  painEnd: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  type: fc.constantFrom<SessionType | undefined>(undefined, 'easy'),
}).map((calm) => ({ ...entry, ...calm })));

/** A log of 3–40 entries from 2025-01-06, a few days apart. */
const logOfItems = <T extends { gapDays: number; distanceKm: number; type: SessionType | undefined }>(item: fc.Arbitrary<T>) => fc.array(item, { minLength: 3, maxLength: 40 }).map((items) => {
  let date = '2025-01-06';
  return items.map((item) => {
    date = addDaysTo(date, item.gapDays);
    const { gapDays: _gap, ...fields } = item;
    const entry: Entry = run(date, fields.type === 'rest' ? 0 : fields.distanceKm);
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && key !== 'distanceKm') (entry as unknown as Record<string, unknown>)[key] = value;
    return entry;
  });
});
const logArb = logOfItems(entryArb);
const calmLogArb = logOfItems(calmEntryArb);

const statusOf = (entries: Entry[], rules = ruleSet): Report['status'] => analyze(logOf(entries), rules).status;

describe('properties of the status model', () => {
  it('appending a red-flag note to any log makes it red', () => {
    fc.assert(fc.property(logArb, fc.constantFrom(...RED_FLAG_NOTES), fc.integer({ min: 0, max: 3 }), fc.boolean(), (entries, note, daysLater, onRestDay) => {
      const date = addDaysTo(entries.at(-1)!.date, daysLater);
      const flagged = [...entries, run(date, onRestDay ? 0 : 5, { notes: note, ...(onRestDay ? { type: 'rest' as const } : {}) })];
      expect(statusOf(flagged)).toBe('red');
    }), { numRuns: 150 });
  });

  it('appending a 1/10 morning never makes a green log red', () => {
    fc.assert(fc.property(calmLogArb, fc.integer({ min: 1, max: 2 }), (entries, daysLater) => {
      fc.pre(statusOf(entries) === 'green');
      const morning = run(addDaysTo(entries.at(-1)!.date, daysLater), 0, { type: 'rest', pain: 1 });
      expect(statusOf([...entries, morning])).not.toBe('red');
    }), { numRuns: 150 });
  });

  it('information-only findings never change the status: switching every information rule off changes nothing', () => {
    fc.assert(fc.property(logArb, (entries) => {
      expect(statusOf(entries, withoutInformation)).toBe(statusOf(entries));
    }), { numRuns: 150 });
  });

  it('changing what only information rules read (shoes, cadence, surface, strength sessions) never changes the status', () => {
    fc.assert(fc.property(logArb, fc.constantFrom('Worn Out 900', undefined), fc.integer({ min: 140, max: 200 }), fc.constantFrom('road', 'trail', undefined), (entries, shoes, cadenceSpm, terrain) => {
      const before = statusOf(entries);
      const changed = entries.map((entry) => ({ ...entry, ...(shoes ? { shoes } : {}), cadenceSpm, ...(terrain ? { terrain } : {}) }));
      const oldShoes = shoes ? [run(addDaysTo(entries[0]!.date, -40), 0, { type: 'strength', shoes })] : [];
      const strength = entries.filter((_, index) => index % 3 === 0).map((entry) => run(entry.date, 0, { type: 'strength' }));
      expect(statusOf([...oldShoes, ...changed, ...strength])).toBe(before);
    }), { numRuns: 100 });
  });
});
