import { test, expect } from './support/fixtures';
import { expectAccessible } from './support/accessibility';

/**
 * Every screen of the app, with the sample engagement's data in it, scanned with axe-core in
 * Dutch and English: no serious or critical violation may remain. Screens are grouped so the
 * groups run side by side.
 */
const GROUPS: Record<string, string[]> = {
  'the engagement list, the library and data & backups': [
    '#/',
    '#/engagements/new',
    '#/data',
    '#/library',
    '#/library/guides',
    '#/library/guides/shipped:klantinterview',
    '#/library/tips',
    '#/library/norms',
    '#/library/house-style',
  ],
  'the engagement overview, response capture and export': [
    '{engagement}',
    '{engagement}/questionnaire/entry',
    '{engagement}/questionnaire/import',
    '{engagement}/questionnaire/batches',
    '{engagement}/questionnaire/paper',
    '{engagement}/archive',
  ],
  'the kiosk and live session set-up, results and open answers': [
    '{engagement}/questionnaire/kiosk',
    '{engagement}/questionnaire/live',
    '{engagement}/questionnaire/results',
    '{engagement}/questionnaire/open',
  ],
  'the interviews': [
    '{engagement}/interviews',
    '{interview}',
    '{engagement}/interviews/quotes',
    '{engagement}/interviews/overview',
    '{engagement}/interviews/memos',
    '{engagement}/interviews/search',
  ],
  'the perception gaps and the report': [
    '{engagement}/gaps/overview',
    '{engagement}/gaps/details',
    '{engagement}/gaps/customers',
    '{engagement}/gaps/needs',
    '{engagement}/report',
  ],
};

for (const [group, screens] of Object.entries(GROUPS)) {
  test(`axe-core finds no serious or critical violation on ${group}`, async ({ page, host }) => {
    test.setTimeout(180_000);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
    await expect(page).toHaveURL(/#\/engagements\/\d+/);
    const engagement = `#/engagements/${/#\/engagements\/(\d+)/.exec(page.url())![1]}`;
    await page.goto(`${host.origin}/${engagement}/interviews`);
    const interview = await page
      .getByTestId('interview-row')
      .first()
      .getByRole('link')
      .getAttribute('href');

    // Dutch for every screen; English for the app's frame and library (the markup is the same).
    const languages = group.startsWith('the engagement list')
      ? ['Nederlands', 'English']
      : ['Nederlands'];
    for (const language of languages) {
      await page.getByRole('combobox', { name: /Taal|Language/ }).selectOption({ label: language });
      for (const screen of screens) {
        const address = screen
          .replace('{engagement}', engagement)
          .replace('{interview}', interview!);
        await page.goto(`${host.origin}/${address}`);
        await expect(page.locator('main')).not.toContainText(/Laden…|Loading…/);
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `${address} (${language})`);
      }
    }
  });
}

test('axe-core finds no serious or critical violation in a dialog and a chart shown as a table', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page).toHaveURL(/#\/engagements\/\d+/);
  const engagement = /#\/engagements\/(\d+)/.exec(page.url())![1];
  await page.getByRole('button', { name: 'Opdracht verwijderen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'the delete dialog');
  await page.keyboard.press('Escape');
  await page.goto(`${host.origin}/#/engagements/${engagement}/questionnaire/results`);
  await page.getByRole('button', { name: 'Toon als tabel' }).first().click();
  await expectAccessible(page, 'results with a chart as a table');
});

test('axe-core finds no serious or critical violation in the instrument editor, with its problems shown', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/library`);
  await page
    .getByTestId('instrument-row')
    .filter({ hasText: 'klantgerichtheidsscan' })
    .first()
    .getByRole('button', { name: 'Kopiëren' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kopie maken' }).click();
  await expect(page.getByRole('heading', { name: /Kopie van .* bewerken/ })).toBeVisible();
  await expectAccessible(page, 'the instrument editor');
  const general = page.getByRole('region', { name: 'Algemeen' });
  await general.getByLabel('Naam (Nederlands)').fill('');
  await general.getByLabel('Naam (Engels)').fill('');
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByTestId('problem-list')).toBeVisible();
  await expectAccessible(page, 'the instrument editor with problems');
});
