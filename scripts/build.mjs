// Bundles src/cli/main.ts into dist/ so start-up reads one file instead of hundreds.
// It also compiles rules/*.yaml into one JSON file (dist/rules.json), which start-up reads
// instead of parsing YAML while no rule file is newer (src/rulebook/load.ts).
// Code splitting keeps heavy, rarely used modules (the interview's prompts) in their own
// chunk that is loaded only by the command that needs it.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });

// A build id that changes with the source: the batch cache (src/batch/cache.ts) never reuses
// an analysis made by other code.
const buildHash = createHash('sha256');
for (const file of readdirSync(new URL('../src/', import.meta.url), { recursive: true }).sort()) {
  const url = new URL(`../src/${file}`, import.meta.url);
  if (String(file).endsWith('.ts')) buildHash.update(String(file)).update(readFileSync(url));
}
buildHash.update(readFileSync(new URL('../package.json', import.meta.url)));
await build({
  entryPoints: { hipcheck: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __hipcheckCreateRequire } from 'node:module'; const require = __hipcheckCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  define: { HIPCHECK_BUILD_ID: JSON.stringify(buildHash.digest('hex').slice(0, 16)) },
});

const rulesDir = new URL('../rules/', import.meta.url);
const rules = Object.fromEntries(readdirSync(rulesDir).filter((name) => name.endsWith('.yaml')).sort()
  .map((name) => [name, parse(readFileSync(new URL(name, rulesDir), 'utf8'))]));
writeFileSync(new URL('../dist/rules.json', import.meta.url), `${JSON.stringify(rules)}\n`);
