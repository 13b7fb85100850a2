import { test, expect } from './support/fixtures';
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
