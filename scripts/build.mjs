// Bundles src/cli/main.ts into dist/ so start-up reads one file instead of hundreds.
// Code splitting keeps heavy, rarely used modules (the interview's prompts) in their own
// chunk that is loaded only by the command that needs it.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
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
});
