import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // The e2e suite starts the API and a browser; waits inside the tests are bounded on their own.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
