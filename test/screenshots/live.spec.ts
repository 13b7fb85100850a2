import { devices, test as base, expect } from '@playwright/test';
import type { LiveStatus } from '@shared/ipc/live';
import { newDataDir, startBrowserHost, type RunningHost } from '@test/e2e/support/browser-host';
import { ScriptedPhone } from '@test/support/live-phone';
import { CapturePages } from '@test/e2e/pages/questionnaire-capture';

// README pictures of a live session: the projector (QR code, counts, reveal) and a phone page.
// Run by `npm run screenshots`, never by `npm test`. On 127.0.0.1 only (--live-loopback).
const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring
  host: async ({}, use) => {
    const host = await startBrowserHost(newDataDir(), ['--live-loopback']);
    await use(host);
    await host.stop();
  },
});

test('README screenshots of a live session', async ({ page, host, request, browser }) => {
  const capture = new CapturePages(page, host, request);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page.getByText('Synthetische voorbeeldgegevens')).toBeVisible();
  const engagementId = Number(/engagements\/(\d+)/.exec(page.url())?.[1]);
  await page.goto(`${host.origin}/#/engagements/${engagementId}/questionnaire/live`);
  await page.getByLabel('Netwerk', { exact: true }).selectOption('127.0.0.1');
  await page.getByRole('button', { name: 'Sessie starten' }).click();
  const projector = page.getByTestId('projector');
  await expect(projector).toBeVisible();

  const status = (await capture.api('live.status', {})).value as LiveStatus;
  if (!status.active) throw new Error('no session');
  const { session } = status;
  const answers = Object.fromEntries(
    ['KK1', 'KK2', 'KK3', 'KK4', 'KK5'].map((code, index) => [code, 2 + (index % 3)]),
  );
  for (const [index, group] of session.groups.slice(0, 3).entries()) {
    for (let count = 0; count < 4 - index; count++) {
      const phone = new ScriptedPhone(session.url);
      await phone.open();
      expect((await phone.submit({ groupId: group.groupId, answers })).status).toBe(200);
    }
  }
  await expect(projector.getByText('9 antwoorden')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-live-projector.png' });

  await projector.getByRole('button', { name: 'Resultaat tonen' }).click();
  await expect(projector.getByRole('heading', { name: 'Dimensies naast elkaar' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-live-reveal.png' });

  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'nl-NL' });
  const phone = await context.newPage();
  await phone.goto(session.url);
  await phone.getByRole('button', { name: 'Beginnen' }).click();
  await phone.getByRole('radio', { name: session.groups[0]!.name }).check();
  await phone.getByRole('button', { name: 'Volgende' }).click();
  await expect(phone.getByRole('heading', { name: /Deel 1 van/ })).toBeVisible();
  await phone.getByRole('radio', { name: /^4 / }).first().check();
  await phone.screenshot({ path: 'docs/screenshot-live-phone.png' });
  await context.close();
});
