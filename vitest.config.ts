import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the built CLI; on a loaded 2-core machine a start can take seconds.
    testTimeout: 30_000,
  },
});
