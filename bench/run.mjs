// npm run bench: batch over a 1,000-athlete cohort against the parse-only floor, and the
// start-up of analyze on a small log against `node -e 0`. Prints wall time, runs/s, MB/s,
// peak RSS and the ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCohort, generateLongLog } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = join(root, 'bench/data/cohort');
const hook = join(root, 'bench/rss-hook.mjs');

if (!existsSync(data)) {
  process.stdout.write('Generating the cohort (once)… ');
  const runs = generateCohort(data);
  process.stdout.write(`${runs} runs\n`);
}
const files = readdirSync(data);
const megabytes = files.reduce((sum, name) => sum + statSync(join(data, name)).size, 0) / 1e6;

/** Runs one process; its stdout is kept only when asked for (batch output is thrown away). */
function measure(args, { keepStdout = false } = {}) {
  const started = process.hrtime.bigint();
  const stdio = ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'];
  const result = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: root, encoding: 'utf8', stdio, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/BENCH_MAXRSS_KB (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  return { seconds, rssMb: rss, stdout: result.stdout };
}

// Wall times on a shared machine drift by up to ±15% between runs, so the floor and the parallel
// batch are measured in alternating rounds and each row reports its median round; the ratio
// is the median of each round's batch/floor.
const ROUNDS = 3;
const cores = availableParallelism();
const batchArgs = (jobs, format = 'csv') => ['bin/hipcheck.js', 'batch', data, '--format', format, '--quiet', '--jobs', String(jobs)];
const floors = [];
const parallel = [];
for (let round = 0; round < ROUNDS; round++) {
  floors.push(measure(['bench/parse-floor.mjs', data], { keepStdout: true }));
  parallel.push(measure(batchArgs(cores)));
}
const single = measure(batchArgs(1));
// Whole reports (json, ndjson, html, --details) cross threads and wait in a spool: the heaviest memory case.
const withReports = measure(batchArgs(cores, 'json'));
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medianRun = (runs) => runs.find((run) => run.seconds === middle(runs.map((r) => r.seconds)));
const floor = medianRun(floors);
const roundRatios = parallel.map((run, round) => run.seconds / floors[round].seconds);
const { rows } = JSON.parse(floor.stdout);
const results = [
  ['parse only (floor, 1 thread)', floor, 1],
  ['batch --jobs 1 --format csv', single, single.seconds / floor.seconds],
  [`batch --jobs ${cores} --format csv`, medianRun(parallel), middle(roundRatios)],
  [`batch --jobs ${cores} --format json`, withReports, withReports.seconds / floor.seconds],
];

const lines = [`Cohort: ${files.length} logs, ${rows} runs, ${megabytes.toFixed(1)} MB (${cores} cores, Node ${process.version}); median of ${ROUNDS} rounds`, ''];
lines.push('| what | wall s | runs/s | MB/s | peak RSS MB | × floor |', '|---|---:|---:|---:|---:|---:|');
for (const [label, r, ratio] of results) {
  lines.push(`| ${label} | ${r.seconds.toFixed(2)} | ${Math.round(rows / r.seconds).toLocaleString('en')} | ${(megabytes / r.seconds).toFixed(1)} | ${r.rssMb.toFixed(0)} | ${ratio.toFixed(2)} |`);
}
const list = (values, digits) => values.map((value) => value.toFixed(digits)).join(', ');
lines.push('', `Rounds: floor ${list(floors.map((r) => r.seconds), 1)} s; batch --jobs ${cores} ${list(parallel.map((r) => r.seconds), 1)} s, ${list(parallel.map((r) => r.rssMb), 0)} MB; × floor ${list(roundRatios, 2)}.`);

// Start-up: analyze on a 100-run log against node -e 0, median of 15 runs each.
const small = join(root, 'bench/data/small-100.csv');
writeFileSync(small, readFileSync(join(data, 'athlete-0001.csv'), 'utf8').split('\n').slice(0, 101).join('\n') + '\n');
const median = (args) => {
  const times = Array.from({ length: 15 }, () => measure(args).seconds).sort((a, b) => a - b);
  return times[7];
};
const nodeOnly = median(['-e', '0']);
const analyzeSmall = median(['bin/hipcheck.js', 'analyze', small, '--format', 'json']);
lines.push('', '| start-up | median ms | × node -e 0 |', '|---|---:|---:|');
lines.push(`| node -e 0 | ${(nodeOnly * 1000).toFixed(0)} | 1.00 |`);
lines.push(`| hipcheck analyze (100 runs) | ${(analyzeSmall * 1000).toFixed(0)} | ${(analyzeSmall / nodeOnly).toFixed(2)} |`);

// One very long log (200,000 runs, 10.6 MB): analyze in every text format and validate must
// stay linear in the log's size (a quadratic report once took 47 s here). One run each.
const longLog = join(root, 'bench/data/long-200k.csv');
if (!existsSync(longLog)) generateLongLog(longLog, 200_000);
lines.push('', '| one 200,000-run log | wall s | peak RSS MB |', '|---|---:|---:|');
for (const args of [['analyze', '--format', 'text'], ['analyze', '--format', 'markdown'], ['analyze', '--format', 'json'], ['validate']]) {
  const run = measure(['bin/hipcheck.js', ...args, longLog]);
  lines.push(`| ${args.join(' ')} | ${run.seconds.toFixed(1)} | ${run.rssMb.toFixed(0)} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);
