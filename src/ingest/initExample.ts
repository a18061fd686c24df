// The example entry `hipcheck init` writes into a new log. It is not a run: every reader leaves
// it out of the analysis and says at its line that it is still there, so a runner who forgot to
// delete it never gets a verdict on a run they did not do.

/** The note on the example row of a CSV log. */
export const CSV_EXAMPLE_NOTE = 'example row: delete this line once you have logged a run';
/** The note on the example entry of a YAML log (an entry spans several lines). */
export const YAML_EXAMPLE_NOTE = 'example entry: delete this entry once you have logged a run';

/** Every note init has written on its example, older wordings included. */
const EXAMPLE_NOTES: ReadonlySet<string> = new Set([CSV_EXAMPLE_NOTE, YAML_EXAMPLE_NOTE]);

export function isInitExample(notes: string | undefined): boolean {
  return notes !== undefined && EXAMPLE_NOTES.has(notes.trim());
}

export const INIT_EXAMPLE_PROBLEM = 'still the example entry from `hipcheck init`: delete it (left out of the analysis)';
