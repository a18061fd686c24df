export const EXIT = {
  OK: 0,
  /** Findings at or above the --fail-on level, or (validate) problems found. */
  FINDINGS: 1,
  /** Usage or input error: nothing useful could be produced. */
  INPUT_ERROR: 2,
  INTERRUPTED: 130,
} as const;
