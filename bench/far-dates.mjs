// node bench/far-dates.mjs [hipcheck.js]: analyze on a 100-run log, alone and with one far-off
// entry added (1900-01-01, the oldest day the reader accepts; and 0001-01-01 and 9999-12-31,
// which it refuses as row errors), median of 7 runs each with peak RSS. Time and memory must
// not grow with the calendar span of a log.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = process.argv[2] ?? join(root, 'bin/hipcheck.js');
const hook = join(root, 'bench/rss-hook.mjs');
const dir = join(root, 'bench/data/far-dates');
mkdirSync(dir, { recursive: true });

// 100 runs, one every other day up to 2025-06-29, with a pain score each.
const rows = Array.from({ length: 100 }, (_, i) => {
  const day = new Date(Date.UTC(2025, 5, 29) - (99 - i) * 2 * 86_400_000).toISOString().slice(0, 10);
  return `${day},${(5 + (i % 7)).toFixed(1)},${30 + (i % 7) * 6}:00,${i % 4}`;
});
const logs = {
  'plain (100 runs)': [],
  '+ 1900-01-01 (accepted)': ['1900-01-01,5.0,30:00,1'],
  '+ 0001-01-01 (row error)': ['0001-01-01,5.0,30:00,1'],
  '+ 9999-12-31 (row error)': ['9999-12-31,5.0,30:00,1'],
};
const lines = ['| log | median ms | peak RSS MB |', '|---|---:|---:|'];
for (const [label, extra] of Object.entries(logs)) {
  const file = join(dir, `${label.replace(/[^a-z0-9]+/gi, '-')}.csv`);
  writeFileSync(file, `date,distance,duration,pain\n${[...extra, ...rows].join('\n')}\n`);
  const runs = Array.from({ length: 7 }, () => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', hook, bin, 'analyze', file, '--format', 'json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8', env: { ...process.env, HIPCHECK_TODAY: '2025-06-30' }, timeout: 600_000,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const rss = Number(/BENCH_MAXRSS_KB (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
    return { ms, rss };
  }).sort((a, b) => a.ms - b.ms);
  const middle = runs[3];
  lines.push(`| ${label} | ${middle.ms.toFixed(0)} | ${middle.rss.toFixed(0)} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);
