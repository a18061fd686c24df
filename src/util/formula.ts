/**
 * A cell a spreadsheet would run as a formula (= + - @ tab or CR first) gets a leading
 * apostrophe, as OWASP advises for CSV injection. Plain numbers such as -12.5 are data, not
 * formulas, and stay as they are.
 */
export function neutraliseFormula(cell: string): string {
  if (/^-?\d+(\.\d+)?%?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
