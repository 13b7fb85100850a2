import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: the pictures in README and docs/, made with the same browser and host as
// the end-to-end tests. Kept out of `npm test` because it rewrites tracked files.
export default defineConfig({
  ...base,
  testDir: 'test/screenshots',
  workers: 1,
});
