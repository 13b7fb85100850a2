import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { startBrowserHost } from './support/browser-host';
import { EngagementPages } from './pages/engagements';

test('dates and file pickers in the UI language, and a favicon', async ({
  page,
  host,
  request,
}) => {
  const engagements = new EngagementPages(page);
  await page.goto(host.url);

  // The tab shows the app's icon.
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const served = await request.get(new URL(icon!, `${host.origin}/`).toString());
  expect(served.status()).toBe(200);
  expect(await served.text()).toContain('<svg');

  // A date is typed and shown day first in Dutch, and follows the UI to English.
  await engagements.createEngagement({ clientName: 'Bakkerij De Graaf' });
  const start = page.getByLabel('Startdatum');
  await start.fill('5-3-2026');
  await start.blur();
  await expect(start).toHaveValue('05-03-2026');
  await page
    .getByRole('combobox', { name: 'Taal', exact: true })
    .selectOption({ label: 'English' });
  await expect(page.getByLabel('Start date')).toHaveValue('05/03/2026');
  await page
    .getByRole('combobox', { name: 'Language', exact: true })
    .selectOption({ label: 'Nederlands' });

  // The file picker is the app's own button, in Dutch: no "Choose File" from the browser.
  await page.goto(`${host.origin}/#/data`);
  await expect(page.getByText('Opdrachtbestand kiezen…')).toBeVisible();
  await expect(page.getByText(/Choose File|No file chosen/)).toHaveCount(0);
});

/** The page's requests for a language's texts (locales/<lang>.ts, a module of its own), in order. */
function textsRequested(page: Page): string[] {
  const languages: string[] = [];
  page.on('request', (request) => {
    const language = /\/assets\/(nl|en)-[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (language) languages.push(language);
  });
  return languages;
}

for (const [language, other, emptyTitle, languageBox, otherLabel, otherEmptyTitle] of [
  ['nl', 'en', 'Nog geen opdrachten', 'Taal', 'English', 'No engagements yet'],
  ['en', 'nl', 'No engagements yet', 'Language', 'Nederlands', 'Nog geen opdrachten'],
] as const) {
  test(`the first screen in ${language}; a switch to ${other} needs no further texts`, async ({
    page,
    host,
    request,
  }) => {
    // The page names both languages' texts (it cannot know which one the settings name), so the
    // browser has them before the entry runs, whichever is chosen; it runs the chosen one's.
    const headers = { 'x-klantspiegel-token': host.token, Origin: host.origin };
    const chosen = await request.post(`${host.origin}/api/invoke/settings.setUiLanguage`, {
      headers,
      data: { language },
    });
    expect(await chosen.json()).toMatchObject({ ok: true });
    const requested = textsRequested(page);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: emptyTitle })).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect([...requested].sort()).toEqual(['en', 'nl']);

    await page
      .getByRole('combobox', { name: languageBox, exact: true })
      .selectOption({ label: otherLabel });
    await expect(page.getByRole('heading', { name: otherEmptyTitle })).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe(other);
    expect([...requested].sort()).toEqual(['en', 'nl']);
  });
}

test('the host answers calls sent the moment it offers its address, while its workspace opens', async ({
  request,
}) => {
  const host = await startBrowserHost();
  try {
    const headers = { 'x-klantspiegel-token': host.token, Origin: host.origin };
    const call = (name: string) =>
      request
        .post(`${host.origin}/api/invoke/${name}`, { headers, data: {} })
        .then((response) => response.json());
    // The first screen's calls (their own handlers) and one of the full table, all at once.
    const [settings, kiosk, list, info] = await Promise.all([
      call('settings.get'),
      call('kiosk.status'),
      call('engagements.list'),
      call('app.info'),
    ]);
    expect(settings).toMatchObject({ ok: true, value: { uiLanguage: null } });
    expect(kiosk).toMatchObject({ ok: true, value: { active: false } });
    expect(list).toMatchObject({ ok: true });
    expect(info).toMatchObject({ ok: true, value: { dataDir: host.dataDir } });
  } finally {
    await host.stop();
  }
});

test("the page asks for the app's code while its entry loads, before the first screen's calls", async ({
  page,
  host,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Nog geen opdrachten' })).toBeVisible();
  // Named in the page (modulepreload), the app's chunk is fetched as the page is read; the
  // entry sends the first calls only once it runs, and imports the app after them.
  const appChunk = asked.findIndex((path) => /^\/assets\/show-app-[\w-]+\.js$/.test(path));
  const firstCall = asked.findIndex((path) => path.startsWith('/api/invoke/'));
  expect(appChunk).toBeGreaterThan(0);
  expect(firstCall).toBeGreaterThan(appChunk);
  expect(asked.filter((path) => /^\/assets\/show-app-[\w-]+\.js$/.test(path))).toHaveLength(1);
  // So are the app's style sheet and the texts of both languages (the page cannot know which
  // one the settings name): nothing the first screen needs is asked for once the calls are out.
  const beforeCalls = asked.slice(0, firstCall);
  for (const file of [
    /^\/assets\/show-app-[\w-]+\.css$/,
    /^\/assets\/nl-[\w-]+\.js$/,
    /^\/assets\/en-[\w-]+\.js$/,
  ]) {
    expect(beforeCalls.filter((path) => file.test(path))).toHaveLength(1);
    expect(asked.filter((path) => file.test(path))).toHaveLength(1);
  }
});
