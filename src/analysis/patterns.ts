// What in the runner's own training goes with their hip pain. Each factor value is compared
// with the rest of the runs; a pattern is reported only with enough runs on both sides, a
// large enough difference, and a Mann–Whitney test that survives Benjamini–Hochberg control
// of the false-discovery rate across every comparison made on the log.
import type { Entry } from '../model/log.js';
import { formatPace } from '../util/units.js';
import type { AnalysisContext, DayLoad } from './context.js';
import { addDaysTo } from './calendar.js';
import { benjaminiHochberg, mannWhitneyPFromRanks, percentile, ranksFromCounts, scoreCodes } from './stats.js';

export type PainMeasure = 'pain' | 'painAfter' | 'painNextDay';
export const PAIN_MEASURES: PainMeasure[] = ['pain', 'painAfter', 'painNextDay'];
export const MEASURE_PHRASE: Record<PainMeasure, string> = { pain: 'pain during the run', painAfter: 'pain after the run', painNextDay: 'next-morning pain' };

export type PatternOptions = {
  minRuns: number;
  minDifference: number;
  fdr: number;
  fastPacePct: number;
  minRunsForPatterns: number;
};

export interface Comparison {
  factor: string;
  value: string;
  /** Who the "with" runs are, in words with the counts' units ("trail runs over 12.0 km"). */
  description: string;
  painMeasure: PainMeasure;
  runsWith: number;
  runsWithout: number;
  meanPainWith: number;
  meanPainWithout: number;
  difference: number;
  pValue: number;
  adjustedP: number;
  from: string;
  to: string;
  /** Other descriptions of exactly the same runs, folded into this pattern. */
  alsoDescribedAs: string[];
}

export interface PatternSearch {
  comparisons: Comparison[];
  patterns: Comparison[];
  tooLittleData?: string;
}

/** One factor's label for a run, or undefined when the log does not record it for that run. */
type Labeller = (run: Entry, index: number) => string | undefined;

interface FactorSpec {
  factor: string;
  label: Labeller;
  /** Only these values are tested (binary factors test one side); all values when absent. */
  tested?: string[];
  describe: (value: string, count: number) => string;
}

const HARD_TYPES = new Set(['intervals', 'tempo', 'race', 'hills']);

function factorSpecs(context: AnalysisContext, runs: Entry[], options: PatternOptions): FactorSpec[] {
  const longKm = percentile(runs.map((run) => run.distanceKm), 75);
  const paces = runs.filter((run) => run.paceMinPerKm !== undefined).map((run) => run.paceMinPerKm!);
  const fastPace = paces.length > 0 ? percentile(paces, 50) * (1 - options.fastPacePct / 100) : 0;
  const climbs = runs.filter((run) => run.elevationGainM !== undefined && run.distanceKm > 0).map((run) => run.elevationGainM! / run.distanceKm);
  const hillyMPerKm = climbs.length > 0 ? Math.max(10, percentile(climbs, 75)) : Infinity;
  const isLong = (run: Entry) => run.distanceKm > longKm;
  // Runs come in date order: the day before is looked up once per day, not once per run.
  let lastDate: string | undefined;
  let lastDayBefore: DayLoad | undefined;
  const dayBefore = (run: Entry) => {
    if (run.date !== lastDate) {
      lastDate = run.date;
      lastDayBefore = context.day(addDaysTo(run.date, -1));
    }
    return lastDayBefore;
  };
  const hardDays = new Set(context.runs.filter((run) => run.type !== undefined && HARD_TYPES.has(run.type)).map((run) => run.date));
  const long = `over ${context.distance(longKm)}`;
  return [
    { factor: 'terrain', label: (run) => run.terrain, describe: (value, n) => `${n} ${value} runs` },
    { factor: 'type', label: (run) => run.type, describe: (value, n) => `${n} ${value} sessions` },
    { factor: 'distance', label: (run) => (isLong(run) ? 'long' : 'other'), tested: ['long'], describe: (_value, n) => `${n} runs ${long}` },
    {
      factor: 'terrain+distance', label: (run) => (run.terrain === undefined ? undefined : isLong(run) ? `${run.terrain}+long` : 'other'),
      describe: (value, n) => `${n} ${value.replace('+long', '')} runs ${long}`,
    },
    { factor: 'pace', label: (run) => (run.paceMinPerKm === undefined ? undefined : run.paceMinPerKm < fastPace ? 'fast' : 'other'), tested: ['fast'], describe: (_value, n) => `${n} runs faster than ${formatPace(fastPace)}/km` },
    {
      factor: 'elevation', label: (run) => (run.elevationGainM === undefined || run.distanceKm <= 0 ? undefined : run.elevationGainM / run.distanceKm > hillyMPerKm ? 'hilly' : 'flat'),
      tested: ['hilly'], describe: (_value, n) => `${n} hilly runs (over ${Math.round(hillyMPerKm)} m of climb per km)`,
    },
    { factor: 'timeOfDay', label: (run) => (run.time === undefined ? undefined : run.time < '10:00' ? 'morning' : 'later'), tested: ['morning'], describe: (_value, n) => `${n} morning runs (before 10:00)` },
    { factor: 'shoes', label: (run) => run.shoes, describe: (value, n) => `${n} runs in ${value}` },
    { factor: 'cadence', label: (run) => (run.cadenceSpm === undefined ? undefined : cadenceBand(run.cadenceSpm)), describe: (value, n) => `${n} runs at ${value} steps per minute` },
    { factor: 'restBefore', label: (run) => { const day = dayBefore(run); return day === undefined ? undefined : day.isRest ? 'after a rest day' : 'back-to-back'; }, tested: ['back-to-back'], describe: (_value, n) => `${n} runs on the day after another run` },
    {
      factor: 'previousDayLoad', label: (run) => { const day = dayBefore(run); return day === undefined ? undefined : day.longestRunKm > longKm || hardDays.has(day.date) ? 'after a long or hard day' : 'other'; },
      tested: ['after a long or hard day'], describe: (_value, n) => `${n} runs the day after a long or hard run`,
    },
  ];
}

function cadenceBand(spm: number): string {
  if (spm < 160) return 'under 160';
  if (spm < 170) return '160–169';
  if (spm < 180) return '170–179';
  return '180 or more';
}

/** The scored runs that carry one label: how many, their pain, their ranks among all labelled runs. */
interface LabelGroup {
  count: number;
  painSum: number;
  rankSum: number;
  first: number;
  last: number;
  /** Identifies which runs these are, so factors picking out the same runs are found without comparing every run. */
  fingerprint: string;
}

interface GroupTally extends LabelGroup {
  /** How many of the group's runs have each pain score (by code). */
  codeCounts: Float64Array;
  hashA: number;
  hashB: number;
}

/**
 * Every label's group in one pass over the runs, ranked by counting pain scores (a handful of
 * values, given as codes into `scores`) rather than sorting them. Testing each value against
 * the rest then costs time in proportion to its own runs, so a log with thousands of shoe
 * names stays linear (comparing each value with every run took 23 s for 20,000 runs in 4,000
 * pairs of shoes), and no array the length of the log is made per factor (at a million runs
 * those were gigabytes).
 */
function groupByLabel(runs: Entry[], label: Labeller, codes: Int32Array, scores: Float64Array): { groups: Map<string, LabelGroup>; labelled: number; painSum: number; tieTerm: number } {
  const groups = new Map<string, GroupTally>();
  const counts = new Float64Array(scores.length);
  let labelled = 0;
  let painSum = 0;
  for (let index = 0; index < runs.length; index++) {
    const value = label(runs[index]!, index);
    if (value === undefined) continue;
    const code = codes[index]!;
    let group = groups.get(value);
    if (!group) groups.set(value, (group = { count: 0, painSum: 0, rankSum: 0, first: index, last: index, fingerprint: '', codeCounts: new Float64Array(scores.length), hashA: 0, hashB: 0 }));
    group.count += 1;
    group.painSum += scores[code]!;
    group.codeCounts[code]! += 1;
    group.last = index;
    group.hashA = (group.hashA + Math.imul(index + 1, 0x9e3779b1)) | 0;
    group.hashB = (group.hashB ^ Math.imul(index + 1, 0x85ebca6b)) | 0;
    counts[code]! += 1;
    labelled += 1;
    painSum += scores[code]!;
  }
  const { midRanks, tieTerm } = ranksFromCounts(counts);
  for (const group of groups.values()) {
    for (let code = 0; code < scores.length; code++) group.rankSum += group.codeCounts[code]! * midRanks[code]!;
    group.fingerprint = `${group.count}:${group.first}:${group.last}:${group.hashA}:${group.hashB}`;
  }
  return { groups, labelled, painSum, tieTerm };
}

export function findPatterns(context: AnalysisContext, options: PatternOptions): PatternSearch {
  const comparisons: Comparison[] = [];
  /** Which runs each comparison's "with" side is, to fold factors that pick out the same runs. */
  const runsOf = new Map<Comparison, RunSelection>();
  const measured = PAIN_MEASURES.filter((measure) => context.runs.filter((run) => run[measure] !== undefined).length >= options.minRunsForPatterns);
  if (measured.length === 0) return { comparisons, patterns: [], tooLittleData: `needs pain scores on ${options.minRunsForPatterns} or more runs` };
  for (const measure of measured) {
    const runs = context.runs.filter((run) => run[measure] !== undefined);
    const { scores, codes } = scoreCodes(runs.map((run) => run[measure]!));
    for (const spec of factorSpecs(context, runs, options)) {
      const { groups, labelled, painSum, tieTerm } = groupByLabel(runs, spec.label, codes, scores);
      const values = spec.tested ?? [...groups.keys()].filter((value) => value !== 'other');
      for (const value of values.sort()) {
        // "With this value" against the rest of the runs this factor labels.
        const group = groups.get(value);
        const runsWith = group?.count ?? 0;
        const runsWithout = labelled - runsWith;
        if (!group || runsWith < options.minRuns || runsWithout < options.minRuns) continue;
        const meanPainWith = group.painSum / runsWith;
        const meanPainWithout = (painSum - group.painSum) / runsWithout;
        const comparison: Comparison = {
          factor: spec.factor, value, description: spec.describe(value, runsWith), painMeasure: measure,
          runsWith, runsWithout, meanPainWith, meanPainWithout,
          difference: meanPainWith - meanPainWithout, pValue: mannWhitneyPFromRanks(group.rankSum, runsWith, runsWithout, tieTerm), adjustedP: 1,
          from: runs[group.first]!.date, to: runs[group.last]!.date, alsoDescribedAs: [],
        };
        comparisons.push(comparison);
        // The labels are made again only if two findings may be the same runs: held for every
        // comparison, they were a string per run per factor (1.3 GB at 1.5 million runs).
        runsOf.set(comparison, { labels: () => runs.map((run, index) => spec.label(run, index)), value, fingerprint: `${measure}:${group.fingerprint}` });
      }
    }
  }
  const adjusted = benjaminiHochberg(comparisons.map((comparison) => comparison.pValue));
  comparisons.forEach((comparison, index) => (comparison.adjustedP = adjusted[index]!));
  const significant = comparisons
    .filter((comparison) => comparison.adjustedP <= options.fdr && comparison.difference >= options.minDifference)
    .sort((a, b) => b.difference - a.difference || a.adjustedP - b.adjustedP || PAIN_MEASURES.indexOf(a.painMeasure) - PAIN_MEASURES.indexOf(b.painMeasure));
  return { comparisons, patterns: foldDuplicates(significant, runsOf) };
}

/** The runs of one pain measure whose label is `value`. */
interface RunSelection {
  labels: () => (string | undefined)[];
  value: string;
  /** Equal for selections of the same runs of the same measure (and, rarely, for others: then sameRuns decides). */
  fingerprint: string;
}

/** Both selections index the same scored runs (same pain measure). */
function sameRuns(a: RunSelection, b: RunSelection): boolean {
  if (a.fingerprint !== b.fingerprint) return false;
  const labelsB = b.labels();
  return a.labels().every((label, index) => (label === a.value) === (labelsB[index] === b.value));
}

/**
 * One finding per thing the runner can change: a factor value is reported once (for the
 * first pain measure that shows it), a surface × long pair only when neither part shows as
 * large a difference, and factors that pick out exactly the same runs (trail runs that are
 * also all the long runs) are folded into one finding that names both.
 */
function foldDuplicates(significant: Comparison[], runsOf: Map<Comparison, RunSelection>): Comparison[] {
  const kept: Comparison[] = [];
  /** Kept findings by the fingerprint of their runs: only those can be the same runs. */
  const keptByRuns = new Map<string, Comparison[]>();
  const seenFactor = new Set<string>();
  for (const comparison of significant) {
    const factorKey = `${comparison.factor}=${comparison.value}`;
    if (seenFactor.has(factorKey)) continue;
    seenFactor.add(factorKey);
    // "Long trail runs" adds nothing when trail runs, or long runs, already show as much.
    if (comparison.factor === 'terrain+distance') {
      const terrain = comparison.value.replace('+long', '');
      const explained = kept.some((other) => (other.factor === 'terrain' && other.value === terrain) || (other.factor === 'distance' && other.value === 'long'));
      if (explained) continue;
    }
    const selection = runsOf.get(comparison)!;
    const candidates = keptByRuns.get(selection.fingerprint) ?? [];
    const same = candidates.find((other) => sameRuns(runsOf.get(other)!, selection));
    if (same) same.alsoDescribedAs.push(comparison.description.replace(/^\d+ /, ''));
    else {
      kept.push(comparison);
      keptByRuns.set(selection.fingerprint, [...candidates, comparison]);
    }
  }
  return kept;
}
