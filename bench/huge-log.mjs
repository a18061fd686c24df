// One huge log: analyze (text, markdown, json) and validate of a generated CSV log of
// 1,500,000 runs (79 MB; generateLongLog in generate.mjs), each a separate process with its
// output thrown away. The target: each under a minute and under 1 GB of peak memory.
// `node bench/huge-log.mjs` after `npm run build`, or `npm run bench -- --huge`. Slow (minutes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLongLog } from './generate.mjs';

export const HUGE_RUNS = 1_500_000;

/** Markdown table rows for the huge log, one process per command. */
export function measureHugeLog(root) {
  const log = join(root, 'bench/data/long-1500k.csv');
  if (!existsSync(log)) {
    mkdirSync(join(root, 'bench/data'), { recursive: true });
    generateLongLog(log, HUGE_RUNS);
  }
  const hook = join(root, 'bench/rss-hook.mjs');
  const lines = ['| one 1,500,000-run log (79 MB) | wall s | CPU s (user + sys) | peak RSS MB |', '|---|---:|---:|---:|'];
  for (const args of [['analyze', '--format', 'text'], ['analyze', '--format', 'markdown'], ['analyze', '--format', 'json'], ['validate']]) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', hook, 'bin/hipcheck.js', ...args, log], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
    const rssMb = Number(/BENCH_MAXRSS_KB (\d+)/.exec(result.stderr)?.[1]) / 1024;
    const cpuMicroseconds = Number(/BENCH_CPU_US (\d+)/.exec(result.stderr)?.[1]);
    lines.push(`| ${args.join(' ')} | ${seconds.toFixed(1)} | ${(cpuMicroseconds / 1e6).toFixed(1)} | ${rssMb.toFixed(0)} |`);
  }
  lines.push('', `Load average when done: ${loadavg().map((load) => load.toFixed(1)).join(', ')} (${process.version}).`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${measureHugeLog(fileURLToPath(new URL('..', import.meta.url))).join('\n')}\n`);
}
