// Lint config: typescript-eslint's recommended rules, plus the project's own habits.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers of src/ (docs/ARCHITECTURE.md): each folder may import only the folders listed
// for it, so imports point downwards and no two folders depend on each other.
const LAYERS = {
  util: [],
  model: ['util'],
  rulebook: ['model', 'util'],
  ingest: ['model', 'util'],
  logbook: ['ingest', 'model', 'util'],
  analysis: ['model', 'util', 'rulebook'],
  checks: ['analysis', 'model', 'rulebook', 'util'],
  advice: ['checks', 'analysis', 'model', 'rulebook', 'util'],
  interview: ['logbook', 'advice', 'checks', 'analysis', 'ingest', 'model', 'rulebook', 'util'],
  report: ['interview', 'advice', 'checks', 'analysis', 'model', 'rulebook', 'util'],
  plan: ['report', 'advice', 'checks', 'analysis', 'model', 'rulebook', 'util'],
  pipeline: ['advice', 'checks', 'analysis', 'ingest', 'rulebook', 'model', 'util'],
  batch: ['pipeline', 'report', 'advice', 'checks', 'analysis', 'ingest', 'rulebook', 'model', 'util'],
  cli: ['batch', 'pipeline', 'plan', 'report', 'interview', 'logbook', 'advice', 'checks', 'analysis', 'ingest', 'rulebook', 'model', 'util'],
};
const layerRules = Object.entries(LAYERS).flatMap(([layer, allowed]) => {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  if (forbidden.length === 0) return [];
  return [{
    files: [`src/${layer}/**`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: forbidden.flatMap((other) => [`../${other}/*`, `../../${other}/*`]), message: `src/${layer} may import only ${allowed.join(', ') || 'nothing else in src'} (layers: docs/ARCHITECTURE.md).` }],
      }],
    },
  }];
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'bench/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // process.exit() truncates piped output; only bin/ may set the exit code.
      'no-restricted-properties': ['error', { object: 'process', property: 'exit', message: 'Return an exit code from main() instead.' }],
    },
  },
  ...layerRules,
  // The shim is the one place that owns the process.
  { files: ['bin/**'], rules: { 'no-restricted-properties': 'off' } },
);
