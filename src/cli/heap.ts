// How far the JavaScript heap may grow before V8 collects it again.
//
// After each full collection V8 lets the heap grow to a multiple of what survived it: up to 2×
// for heaps limited below 2 GB, but up to 4× on a machine whose default limit is larger (any
// machine with 16 GB or more). A command that holds one log reads it whole and keeps its
// entries while it analyses them, so a log of 1.5 million runs (~400 MB of entries and
// findings) reached 1.15 GB this way, though never more than ~430 MB of it was in use.
// hipcheck asks for 1.5× (measured at 600,000 runs: 406 → 365 MB peak for about 5% more CPU;
// at 2× the 1.5-million-run log came within 3% of 1 GB once the red-flag reading grew). `batch` keeps its own limits per worker
// (src/batch/pool.ts) and is left alone. Measured in bench/README.md ("Huge single log").
import { setFlagsFromString } from 'node:v8';

/** The heap grows to at most 1.5× what survived the last full collection. */
const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  // A flag V8 reads each time it sets the next collection's limit, so it takes effect at once.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
