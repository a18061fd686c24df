import { neutraliseFormula } from './formula.js';

/** One CSV field, quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV field a spreadsheet shows as text even when it starts like a formula (see formula.ts). */
export function spreadsheetSafeField(value: string, delimiter = ','): string {
  return csvField(neutraliseFormula(value), delimiter);
}
