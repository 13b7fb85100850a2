import { defineConfig } from 'vitest/config';
import { pathAliases } from './aliases.config.ts';

export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Repositories are tested on real SQLite files; two cores, so keep the pool small.
    maxWorkers: 2,
    // The machine is shared and has two cores: slow is not broken, a hang still ends.
    testTimeout: 90_000,
  },
});
