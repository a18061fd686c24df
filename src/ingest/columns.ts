// Maps the header names runners and apps write to hipcheck's canonical fields.
// Matching ignores case, spaces and punctuation: "Distance (mi)" → "distancemi".

export const FIELDS = [
  'date', 'distance', 'duration', 'pace', 'terrain', 'type', 'pain', 'pain_after', 'pain_next_day',
  'pain_start', 'pain_end', 'elevation_gain', 'cadence', 'effort', 'shoes', 'notes', 'unit', 'red_flag', 'cleared',
] as const;
export type Field = (typeof FIELDS)[number];

/** A unit a header names for its column, e.g. `distance_mi` or `Elevation (ft)`. */
export type HeaderUnit = 'km' | 'mi' | 'm' | 'ft';

export interface ColumnMeaning {
  field: Field;
  unit?: HeaderUnit;
}

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const ALIASES: Record<Field, string[]> = {
  date: ['date', 'day', 'datetime', 'rundate'],
  distance: ['distance', 'dist', 'km', 'kms', 'kilometres', 'kilometers', 'miles', 'mi', 'distancekm', 'distancemi', 'distancemiles', 'distkm', 'distmi'],
  duration: ['time', 'duration', 'movingtime', 'durationmin', 'timemin', 'movingtimemin', 'minutes'],
  pace: ['pace', 'avgpace', 'averagepace', 'pacekm', 'pacemi', 'paceminkm', 'paceminmi'],
  terrain: ['terrain', 'surface'],
  type: ['type', 'workout', 'session', 'sessiontype', 'runtype', 'workouttype'],
  pain: ['pain', 'pain010', 'hippain', 'hippain010', 'painduring', 'painduring010', 'painduringrun'],
  pain_after: ['painafter', 'painafter010', 'painafterrun', 'hippainafter'],
  pain_next_day: ['painnextday', 'nextdaypain', 'pain24h', 'morningpain', 'painnextmorning', 'nextmorningpain', 'pain24hlater'],
  pain_start: ['painstart', 'painatstart', 'painatthestart', 'startpain'],
  pain_end: ['painend', 'painatend', 'painatfinish', 'painfinish', 'endpain'],
  elevation_gain: ['elevation', 'elevationgain', 'ascent', 'climb', 'totalascent', 'elevationgainm', 'elevationm', 'ascentm', 'elevationgainft', 'elevationft', 'ascentft'],
  cadence: ['cadence', 'stepsmin', 'spm', 'cadencespm', 'avgcadence', 'stepsperminute'],
  effort: ['effort', 'rpe', 'perceivedexertion', 'perceivedeffort'],
  shoes: ['shoes', 'shoe', 'gear'],
  // Free text about the run or the hip: every name runners give it is read as notes.
  notes: ['notes', 'note', 'comment', 'comments', 'remark', 'remarks', 'description', 'desc', 'symptoms', 'symptom', 'howitfelt', 'howifelt', 'feel', 'feeling', 'feelings', 'hipnotes', 'hipnote', 'painnotes', 'journal', 'diary', 'observations', 'memo', 'details', 'runnotes', 'notestoself'],
  unit: ['unit', 'units'],
  red_flag: ['redflag', 'redflags', 'flag', 'warningsign', 'warningsigns'],
  cleared: ['cleared', 'clearedby', 'clearance', 'medicalclearance', 'clearedtorun'],
};

function unitOf(alias: string, field: Field): HeaderUnit | undefined {
  if (field === 'distance' || field === 'pace') {
    if (/(km|kms|kilometres|kilometers)$/.test(alias)) return 'km';
    if (/(mi|miles)$/.test(alias)) return 'mi';
  }
  if (field === 'elevation_gain') {
    if (alias.endsWith('ft')) return 'ft';
    if (alias.endsWith('m')) return 'm';
  }
  return undefined;
}

const BY_ALIAS = new Map<string, ColumnMeaning>();
for (const field of FIELDS) {
  for (const alias of ALIASES[field]) {
    const unit = unitOf(alias, field);
    BY_ALIAS.set(alias, unit ? { field, unit } : { field });
  }
}

export function columnMeaning(header: string): ColumnMeaning | undefined {
  return BY_ALIAS.get(normaliseHeader(header));
}

/** Every accepted header name, for the "no date column" message. */
export function acceptedHeaders(field: Field): string[] {
  return ALIASES[field];
}
