import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Repositories are tested on real SQLite files; two cores, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
