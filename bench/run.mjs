// npm run bench: batch over a 1,000-athlete cohort against the parse-only floor and against
// the pandas script a coach would write (../shared/peers/pandas_squad.py), into a slow pipe,
// re-run from the cache with 10 logs changed, and the start-up of analyze on a small log
// against `node -e 0`. Prints wall time, runs/s, MB/s, peak RSS and the ratios. With --huge,
// also one log of 1,500,000 runs (bench/huge-log.mjs).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCohort, generateLongLog } from './generate.mjs';
import { measureHugeLog } from './huge-log.mjs';

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
function measure(args, { keepStdout = false, env = {} } = {}) {
  const started = process.hrtime.bigint();
  const stdio = ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'];
  const result = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: root, encoding: 'utf8', stdio, maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/BENCH_MAXRSS_KB (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  const cpu = Number(/BENCH_CPU_US (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  return progress(args.slice(0, 3).join(' '), { seconds, cpuSeconds: cpu, rssMb: rss, stdout: result.stdout });
}

/** Each figure on stderr as it comes, so a long run that fails later still shows what it measured. */
function progress(label, run) {
  process.stderr.write(`${label}: ${run.seconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, ${run.rssMb.toFixed(0)} MB\n`);
  return run;
}

// Wall times on a shared machine drift by up to ±15% between runs, so the floor and the parallel
// batch are measured in alternating rounds and each row reports its median round; the ratio
// is the median of each round's batch/floor.
const ROUNDS = 3;
const cores = availableParallelism();
// jobs undefined: batch chooses (one thread per core that other programs leave idle).
const batchArgs = (jobs, format = 'csv', folder = data) => ['bin/hipcheck.js', 'batch', folder, '--format', format, '--quiet', '--no-cache', ...(jobs === undefined ? [] : ['--jobs', String(jobs)])];

// The pandas script a coach would write, run as it is with Debian's python3 (python3-pandas,
// python3-yaml); skipped with a message when they are missing.
const pandasScript = join(root, '../shared/peers/pandas_squad.py');
const python = ['/usr/bin/python3', 'python3'].find((candidate) => spawnSync(candidate, ['-c', 'import pandas, yaml'], { stdio: 'ignore' }).status === 0);
const pandasAvailable = existsSync(pandasScript) && python !== undefined && existsSync('/usr/bin/time');
if (!pandasAvailable) process.stdout.write('Skipping the pandas baseline: needs ../shared/peers/pandas_squad.py, python3 with pandas and yaml (apt-get install python3-pandas python3-yaml) and /usr/bin/time.\n');
function measurePandas() {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH_MAXRSS_KB %M\nBENCH_CPU_S %U %S', python, pandasScript, data], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`pandas script failed (${result.status}): ${result.stderr.slice(-500)}`);
  const [user, system] = (/BENCH_CPU_S ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? []).slice(1).map(Number);
  return progress('pandas', { seconds, cpuSeconds: user + system, rssMb: Number(/BENCH_MAXRSS_KB (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024 });
}

const floors = [];
const parallel = [];
const pandas = [];
/** The one-minute load average as each default batch started: what its thread count followed. */
const loads = [];
for (let round = 0; round < ROUNDS; round++) {
  floors.push(measure(['bench/parse-floor.mjs', data], { keepStdout: true }));
  loads.push(loadavg()[0]);
  parallel.push(measure(batchArgs(undefined)));
  if (pandasAvailable) pandas.push(measurePandas());
}
const single = measure(batchArgs(1));
const everyCore = measure(batchArgs(cores));
// Before the fast YAML path: the floor with the yaml library reading the YAML logs (one run,
// ~4.5 min on this machine: only with --yaml-library).
const yamlLibraryFloor = process.argv.includes('--yaml-library') ? measure(['bench/parse-floor.mjs', data, '--yaml-library', 'yaml'], { keepStdout: true }) : undefined;
// Whole reports (json, ndjson, html, --details) cross threads and wait in a spool: the heaviest memory case.
const withReports = measure(batchArgs(cores, 'json'));

// Into a slow pipe: a reader that sleeps before it reads. Memory must not depend on where the
// output goes (the output waits for the pipe to drain instead of piling up).
function measureSlowPipe(args) {
  const command = `${JSON.stringify(process.execPath)} --import ${JSON.stringify(hook)} ${args.map((arg) => JSON.stringify(arg)).join(' ')} | (sleep 5; cat > /dev/null)`;
  const started = process.hrtime.bigint();
  const result = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return progress('slow pipe', { seconds, cpuSeconds: Number(/BENCH_CPU_US (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1e6, rssMb: Number(/BENCH_MAXRSS_KB (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024 });
}
const slowPipe = measureSlowPipe(batchArgs(cores, 'json'));

// Re-runs from the cache: a cold run fills it, then 10 of the logs change and it runs again.
const cacheCohort = join(root, 'bench/data/cohort-cache');
const cacheHome = join(root, 'bench/data/cache-home');
rmSync(cacheCohort, { recursive: true, force: true });
rmSync(cacheHome, { recursive: true, force: true });
cpSync(data, cacheCohort, { recursive: true });
const cachedArgs = ['bin/hipcheck.js', 'batch', cacheCohort, '--format', 'csv', '--quiet', '--jobs', String(cores)];
const cacheCold = measure(cachedArgs, { env: { XDG_CACHE_HOME: cacheHome } });
const changed = readdirSync(cacheCohort).filter((name) => name.endsWith('.csv')).slice(0, 10);
// A changed log: its last run logged again (its bytes, so its cache key, change).
for (const name of changed) appendFileSync(join(cacheCohort, name), readFileSync(join(cacheCohort, name), 'utf8').trimEnd().split('\n').at(-1) + '\n');
const cacheWarm = measure(cachedArgs, { env: { XDG_CACHE_HOME: cacheHome } });
rmSync(cacheCohort, { recursive: true, force: true });
rmSync(cacheHome, { recursive: true, force: true });
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medianRun = (runs) => runs.find((run) => run.seconds === middle(runs.map((r) => r.seconds)));
const floor = medianRun(floors);
const roundRatios = parallel.map((run, round) => run.seconds / floors[round].seconds);
const { rows } = JSON.parse(floor.stdout);
const results = [
  ['parse only (floor, 1 thread)', floor, 1],
  ...(yamlLibraryFloor ? [['parse only, YAML with the yaml library (1 run)', yamlLibraryFloor, yamlLibraryFloor.seconds / floor.seconds]] : []),
  ['batch --format csv (default --jobs)', medianRun(parallel), middle(roundRatios)],
  ['batch --jobs 1 --format csv', single, single.seconds / floor.seconds],
  [`batch --jobs ${cores} --format csv`, everyCore, everyCore.seconds / floor.seconds],
  [`batch --jobs ${cores} --format json`, withReports, withReports.seconds / floor.seconds],
];

const lines = [`Cohort: ${files.length} logs, ${rows} runs, ${megabytes.toFixed(1)} MB (${cores} cores, Node ${process.version}); median of ${ROUNDS} rounds`, ''];
lines.push('| what | wall s | CPU s | runs/s | MB/s | peak RSS MB | × floor |', '|---|---:|---:|---:|---:|---:|---:|');
for (const [label, r, ratio] of results) {
  lines.push(`| ${label} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(1)} | ${Math.round(rows / r.seconds).toLocaleString('en')} | ${(megabytes / r.seconds).toFixed(1)} | ${r.rssMb.toFixed(0)} | ${ratio.toFixed(2)} |`);
}
const list = (values, digits) => values.map((value) => value.toFixed(digits)).join(', ');
lines.push(`| batch --jobs ${cores} --format json into a slow pipe | ${slowPipe.seconds.toFixed(2)} | ${slowPipe.cpuSeconds.toFixed(1)} | | | ${slowPipe.rssMb.toFixed(0)} | |`);
lines.push('', `Rounds: floor ${list(floors.map((r) => r.seconds), 1)} s; batch (default --jobs, load average ${list(loads, 1)} as each started) ${list(parallel.map((r) => r.seconds), 1)} s, ${list(parallel.map((r) => r.cpuSeconds), 1)} s CPU, ${list(parallel.map((r) => r.rssMb), 0)} MB; × floor ${list(roundRatios, 2)}.`);
if (pandasAvailable) {
  const pandasRatios = parallel.map((run, round) => run.seconds / pandas[round].seconds);
  const pandasMedian = medianRun(pandas);
  lines.push('', '| against the pandas script | wall s | CPU s | peak RSS MB |', '|---|---:|---:|---:|');
  lines.push(`| pandas_squad.py (${python}) | ${pandasMedian.seconds.toFixed(2)} | ${pandasMedian.cpuSeconds.toFixed(1)} | ${pandasMedian.rssMb.toFixed(0)} |`);
  lines.push(`| hipcheck batch (default --jobs) | ${medianRun(parallel).seconds.toFixed(2)} | ${medianRun(parallel).cpuSeconds.toFixed(1)} | ${medianRun(parallel).rssMb.toFixed(0)} |`);
  lines.push('', `hipcheck ÷ pandas per round: ${list(pandasRatios, 2)} (median ${middle(pandasRatios).toFixed(2)}); pandas rounds ${list(pandas.map((r) => r.seconds), 1)} s, ${list(pandas.map((r) => r.cpuSeconds), 1)} s CPU.`);
}
lines.push('', '| cache | wall s | CPU s | peak RSS MB | × cold |', '|---|---:|---:|---:|---:|');
lines.push(`| cold (empty cache) | ${cacheCold.seconds.toFixed(2)} | ${cacheCold.cpuSeconds.toFixed(1)} | ${cacheCold.rssMb.toFixed(0)} | 1.00 |`);
lines.push(`| re-run, ${changed.length} of ${files.length} logs changed | ${cacheWarm.seconds.toFixed(2)} | ${cacheWarm.cpuSeconds.toFixed(1)} | ${cacheWarm.rssMb.toFixed(0)} | ${(cacheWarm.seconds / cacheCold.seconds).toFixed(3)} |`);

// Start-up: analyze on a 100-run log against node -e 0, 15 alternating runs each, medians of
// wall and CPU time (CPU moves far less with the machine's load).
const small = join(root, 'bench/data/small-100.csv');
writeFileSync(small, readFileSync(join(data, 'athlete-0001.csv'), 'utf8').split('\n').slice(0, 101).join('\n') + '\n');
const nodeRuns = [];
const analyzeRuns = [];
for (let run = 0; run < 15; run++) {
  nodeRuns.push(measure(['-e', '0']));
  analyzeRuns.push(measure(['bin/hipcheck.js', 'analyze', small, '--format', 'json']));
}
const startUp = (runs) => ({ wall: middle(runs.map((r) => r.seconds)) * 1000, cpu: middle(runs.map((r) => r.cpuSeconds)) * 1000 });
const nodeOnly = startUp(nodeRuns);
const analyzeSmall = startUp(analyzeRuns);
lines.push('', '| start-up (15 alternating runs, medians) | wall ms | CPU ms | × node -e 0 (wall) | × node -e 0 (CPU) |', '|---|---:|---:|---:|---:|');
lines.push(`| node -e 0 | ${nodeOnly.wall.toFixed(0)} | ${nodeOnly.cpu.toFixed(0)} | 1.00 | 1.00 |`);
lines.push(`| hipcheck analyze (100 runs) | ${analyzeSmall.wall.toFixed(0)} | ${analyzeSmall.cpu.toFixed(0)} | ${(analyzeSmall.wall / nodeOnly.wall).toFixed(2)} | ${(analyzeSmall.cpu / nodeOnly.cpu).toFixed(2)} |`);

// One very long log (200,000 runs, 10.6 MB): analyze in every text format and validate must
// stay linear in the log's size (a quadratic report once took 47 s here). One run each. And one
// 300,000-run YAML log (41.5 MB, the cohort's flow style): analyze within 30 s and 1 GB.
const longLog = join(root, 'bench/data/long-200k.csv');
if (!existsSync(longLog)) generateLongLog(longLog, 200_000);
const longYamlLog = join(root, 'bench/data/long-300k.yaml');
if (!existsSync(longYamlLog)) generateLongLog(longYamlLog, 300_000);
lines.push('', '| one very long log | wall s | CPU s | peak RSS MB |', '|---|---:|---:|---:|');
for (const [log, args] of [[longLog, ['analyze', '--format', 'text']], [longLog, ['analyze', '--format', 'markdown']], [longLog, ['analyze', '--format', 'json']], [longLog, ['validate']], [longYamlLog, ['analyze', '--format', 'text']]]) {
  const run = measure(['bin/hipcheck.js', ...args, log]);
  lines.push(`| ${log === longLog ? '200,000-run CSV' : '300,000-run YAML'}: ${args.join(' ')} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ${run.rssMb.toFixed(0)} |`);
}
// `npm run bench -- --huge`: also a 1,500,000-run log (several minutes; bench/huge-log.mjs).
if (process.argv.includes('--huge')) lines.push('', ...measureHugeLog(root));
process.stdout.write(`${lines.join('\n')}\n`);
