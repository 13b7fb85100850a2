import { defineConfig } from 'vitest/config';
import { pathAliases } from './aliases.config.ts';

export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Repositories are tested on real SQLite files; two cores, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
