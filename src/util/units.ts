// Units and how distances and paces are written, shared by every layer.

export const KM_PER_MILE = 1.609344;

/** A distance in km shown in the runner's units with one decimal: "12.3 km", "7.6 mi". */
/** A distance in km, in the unit asked for. */
export function distanceIn(km: number, units: 'km' | 'mi'): number {
  return units === 'mi' ? km / KM_PER_MILE : km;
}

export function distanceText(km: number, units: 'km' | 'mi'): string {
  return `${distanceIn(km, units).toFixed(1)} ${units}`;
}

/** A pace in minutes per unit as m:ss. */
export function formatPace(minPerUnit: number): string {
  const totalSeconds = Math.round(minPerUnit * 60);
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/** Distance unit words as runners write them: in a `unit` column, a cell, `units:` in YAML, a roster or a config. */
export function parseDistanceUnit(raw: string): 'km' | 'mi' | undefined {
  const word = raw.trim().toLowerCase().replace(/\.$/, '');
  if (['km', 'kms', 'k', 'kilometre', 'kilometres', 'kilometer', 'kilometers'].includes(word)) return 'km';
  if (['mi', 'mile', 'miles'].includes(word)) return 'mi';
  return undefined;
}

/** What a `units` setting accepts, for messages. */
export const DISTANCE_UNIT_WORDS = 'km or mi (also kilometres, miles)';
