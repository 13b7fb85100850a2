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
