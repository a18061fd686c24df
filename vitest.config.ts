import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Rule tests must not depend on the machine's time zone; e2e tests set TZ themselves.
    env: { TZ: 'Pacific/Auckland', FORCE_COLOR: '0' },
    testTimeout: 20000,
    // Temporary folders made with tests/helpers/tempDir.ts are removed after each file.
    setupFiles: ['tests/helpers/cleanup.ts'],
  },
});
