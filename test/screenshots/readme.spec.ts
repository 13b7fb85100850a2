import { test, expect } from '@test/e2e/support/fixtures';

// The README shows the app with the sample engagement. Run by `npm run screenshots`, never by
// `npm test`: it rewrites tracked pictures in docs/.
test('README screenshot of the sample engagement', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page.getByText('Synthetische voorbeeldgegevens')).toBeVisible();
  await page
    .getByRole('link', { name: /Opdrachten/ })
    .first()
    .click();
  await expect(page.getByTestId('engagement-row')).toHaveCount(1);
  await page.screenshot({ path: 'docs/screenshot-engagements.png' });
  await page.getByTestId('engagement-row').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Groepen' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-engagement.png', fullPage: true });
});

test('README screenshot of the entry grid at 1280 × 720', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page).toHaveURL(/#\/engagements\/\d+/);
  const id = /#\/engagements\/(\d+)/.exec(page.url())![1];
  await page.goto(`${host.origin}/#/engagements/${id}/questionnaire/entry`);
  const grid = page.getByRole('grid');
  await expect(grid.locator('tbody tr[data-row-key]').first()).toBeVisible();
  // The grid fills the window once scrolled to: the view a consultant types in.
  await page
    .locator('.entry-grid')
    .evaluate((element) =>
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 8),
    );
  await grid.getByRole('gridcell').nth(5).click();
  await page.screenshot({ path: 'docs/screenshot-grid.png' });
});

test('README screenshot of coded interview notes', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page).toHaveURL(/#\/engagements\/\d+/);
  const id = /#\/engagements\/(\d+)/.exec(page.url())![1];
  await page.goto(`${host.origin}/#/engagements/${id}/interviews`);
  await page.getByTestId('interview-row').getByRole('link', { name: 'Werkvoorbereider' }).click();
  const passage = page.locator('[data-passage]').first();
  await expect(passage).toBeVisible();
  await passage.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await expect(page.getByTestId('passage-stripe').first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-coding.png' });
});
