import { test, expect } from './support/fixtures';
import { expectAccessible } from './support/accessibility';
import type { RunningHost } from './support/browser-host';
import type { APIRequestContext } from '@playwright/test';
import { ROW_ESTIMATE_PX } from '@renderer/features/engagements/engagement-list-model';

const MANY = 300;

/** Creates engagements through the host's API (as the list's own tests need many). */
async function createEngagements(
  request: APIRequestContext,
  host: RunningHost,
  names: string[],
  fields: Record<string, string> = {},
) {
  const headers = { 'x-klantspiegel-token': host.token, Origin: host.origin };
  // One at a time: "last changed" (the list's default order) follows the order of creation.
  for (const clientName of names) {
    const response = await request.post(`${host.origin}/api/invoke/engagements.create`, {
      headers,
      data: { clientName, sector: 'Maakindustrie', language: 'nl', ...fields },
    });
    expect((await response.json()) as { ok: boolean }).toMatchObject({ ok: true });
  }
}

test('a long list opens with its count, draws only the rows in view, and finds every engagement', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(90_000);
  // The oldest one ends up last in the default order (last changed first).
  const names = [
    'Zeilmakerij Noord',
    ...Array.from({ length: MANY - 1 }, (_, i) => `Klant ${String(i + 1).padStart(3, '0')} B.V.`),
  ];
  await createEngagements(request, host, names);
  await page.goto(host.url);

  const table = page.getByRole('table', { name: 'Opdrachten' });
  await expect(page.getByTestId('engagement-count')).toHaveText(`${MANY} opdrachten`);
  await expect(table).toHaveAttribute('aria-rowcount', String(MANY + 1));
  const rows = page.getByTestId('engagement-row');
  await expect(rows.first()).toContainText(`Klant ${MANY - 1} B.V.`);
  // Only the rows in view (and a margin) are in the page; the margin below the window's edge
  // follows the first screen, so scrolling and Tab find the next rows drawn.
  expect(await rows.count()).toBeLessThan(60);
  await expect
    .poll(() =>
      rows.evaluateAll(
        (drawn) =>
          drawn.filter((row) => row.getBoundingClientRect().top >= window.innerHeight).length,
      ),
    )
    .toBeGreaterThanOrEqual(5);
  await expectAccessible(page, 'long engagement list');

  // Scrolled to the end, the last engagement is drawn at its place in the list.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = rows.filter({ hasText: 'Zeilmakerij Noord' });
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', String(MANY + 1));
  await last.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zeilmakerij Noord');

  // Search narrows the list and says how many it found.
  await page.goBack();
  await page.getByRole('searchbox').fill('zeilmakerij');
  await expect(page.getByTestId('engagement-count')).toHaveText('1 opdracht gevonden');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox').fill('');
  await expect(page.getByTestId('engagement-count')).toHaveText(`${MANY} opdrachten`);

  // Sorting applies to the whole list, not to the rows drawn.
  await page.getByLabel('Sorteren op').selectOption('client');
  await expect(rows.first()).toContainText('Klant 001 B.V.');
});

test('the keyboard moves through the whole list, drawing the rows it reaches', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(90_000);
  const names = Array.from({ length: 120 }, (_, i) => `Klant ${String(i + 1).padStart(3, '0')}`);
  await createEngagements(request, host, names);
  await page.goto(host.url);
  await page.getByLabel('Sorteren op').selectOption('client');
  const links = page.getByTestId('engagement-row').getByRole('link');
  await expect(links.first()).toHaveText('Klant 001');

  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Klant 002' })).toBeFocused();
  await page.keyboard.press('End');
  const lastLink = page.getByRole('link', { name: 'Klant 120' });
  await expect(lastLink).toBeFocused();
  await expect(lastLink).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(page.getByRole('link', { name: 'Klant 001' })).toBeFocused();
  // Tab goes row by row past the rows first drawn: the next row is always in the page.
  for (let step = 0; step < 40; step++) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Klant 041' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Klant 041');
});

test('at 1280 px every row is as high as the list estimates, in Dutch and in English (no redraw once measured)', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // The longest dates of both languages ("Sept" in English, "sep" in Dutch), a two-word sector,
  // and alongside them the rows as the start bench has them (no end date).
  await createEngagements(request, host, ['Klant 1 B.V.', 'Klant 2 B.V.'], {
    sector: 'Zakelijke dienstverlening',
    startDate: '2026-01-01',
  });
  await createEngagements(request, host, ['Scheepswerf Oostergo B.V.'], {
    sector: 'Zakelijke dienstverlening',
    startDate: '2026-09-30',
    endDate: '2027-09-30',
  });
  await page.goto(host.url);
  const rows = page.getByTestId('engagement-row');
  const heights = () =>
    rows.evaluateAll((drawn) => drawn.map((row) => row.getBoundingClientRect().height));

  await expect(rows.first()).toContainText('30 sep 2026 – 30 sep 2027');
  await expect(rows).toHaveCount(3);
  expect(await heights()).toEqual([ROW_ESTIMATE_PX, ROW_ESTIMATE_PX, ROW_ESTIMATE_PX]);

  await page
    .getByRole('combobox', { name: 'Taal', exact: true })
    .selectOption({ label: 'English' });
  await expect(rows.first()).toContainText('30 Sept 2026 – 30 Sept 2027');
  expect(await heights()).toEqual([ROW_ESTIMATE_PX, ROW_ESTIMATE_PX, ROW_ESTIMATE_PX]);
});
