import { test as base } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './browser-host';

/** Every test gets its own browser host on its own, empty data folder. */
export const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring
  host: async ({}, use) => {
    const host = await startBrowserHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
