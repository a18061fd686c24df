// Lint config: typescript-eslint's recommended rules, plus the project's own habits.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  // The shim is the one place that owns the process.
  { files: ['bin/**'], rules: { 'no-restricted-properties': 'off' } },
);
