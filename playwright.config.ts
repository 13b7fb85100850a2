import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browsers here: drive Debian's Chromium.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  // Gives the tests the same import aliases as the app (tsconfig.base.json).
  tsconfig: './tsconfig.test.json',
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    viewport: { width: 1280, height: 860 },
    locale: 'nl-NL',
    trace: 'off',
  },
});
