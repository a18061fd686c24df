// Numbers every layer rounds the same way.

/** Rounds half away from zero to `decimals` places (for display and JSON, never for rules). */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
