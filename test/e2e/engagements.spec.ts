import { test, expect } from './support/fixtures';
import { EngagementPages } from './pages/engagements';

test('create an engagement with groups, edit it, reload and find every change saved', async ({
  page,
  host,
}) => {
  const pages = new EngagementPages(page);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Nog geen opdrachten' })).toBeVisible();

  await pages.createEngagement({
    clientName: 'Bakkerij Van Dam',
    sector: 'Voeding',
    consultants: 'An, Bo',
  });
  // The Dutch default groups are offered; rename one and add a fifth.
  await pages.expectGroupNames(['Productie', 'Verkoop / Commercie', 'Management', 'Klanten']);
  await pages.groupNameInputs().nth(0).fill('Bakkerij');
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  await pages.groupNameInputs().nth(4).fill('Logistiek');
  await pages.submitCreate();
  await pages.expectHub('Bakkerij Van Dam');

  // Edits in the hub are saved without a save button.
  await page.getByLabel('Sector').fill('Voedingsmiddelenindustrie');
  await page.getByLabel('Notities').fill('Eerste gesprek met de directie op 3 november.');
  await pages.waitUntilSaved();
  await pages.groupNameInputs().nth(1).fill('Verkoop');
  await pages.groupNameInputs().nth(1).blur();
  await expect(page.getByTestId('hub-groups').getByRole('status')).toHaveText('Opgeslagen');
  // How many were invited: the basis of response rates; a non-number is refused on the spot.
  await page.getByLabel('Uitgenodigd 1', { exact: true }).fill('twintig');
  await page.getByLabel('Uitgenodigd 1', { exact: true }).blur();
  await expect(page.getByTestId('hub-groups').getByRole('alert')).toHaveText(
    'Vul een heel getal in, of laat het leeg.',
  );
  await page.getByLabel('Uitgenodigd 1', { exact: true }).fill('24');
  await page.getByLabel('Uitgenodigd 1', { exact: true }).blur();
  await expect(page.getByTestId('hub-groups').getByRole('status')).toHaveText('Opgeslagen');

  await page.reload();
  await pages.expectHub('Bakkerij Van Dam');
  await expect(page.getByLabel('Sector')).toHaveValue('Voedingsmiddelenindustrie');
  await expect(page.getByLabel('Notities')).toHaveValue(
    'Eerste gesprek met de directie op 3 november.',
  );
  await expect(page.getByLabel('Consultant(s)')).toHaveValue('An, Bo');
  await pages.expectGroupNames(['Bakkerij', 'Verkoop', 'Management', 'Klanten', 'Logistiek']);
  await expect(page.getByLabel('Uitgenodigd 1', { exact: true })).toHaveValue('24');

  // The list finds it by search and by status.
  await page
    .getByRole('link', { name: /Opdrachten/ })
    .first()
    .click();
  await page.getByRole('searchbox').fill('van dam');
  await expect(page.getByTestId('engagement-row')).toHaveCount(1);
  await page.getByRole('searchbox').fill('bestaat niet');
  await expect(page.getByText('Geen opdrachten gevonden')).toBeVisible();
});

test('the create form refuses an empty client name and an end date before the start', async ({
  page,
  host,
}) => {
  const pages = new EngagementPages(page);
  await page.goto(host.url);
  await pages.createEngagement({ clientName: '' });
  await page.getByLabel('Startdatum').fill('2026-10-01');
  await page.getByLabel('Einddatum').fill('2026-09-01');
  await pages.submitCreate();
  await expect(page.getByText('Dit veld is verplicht.')).toBeVisible();
  await expect(page.getByText('De einddatum ligt vóór de startdatum.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe opdracht');
});

test('archive, filter by status and delete with confirmation', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page.getByText('Synthetische voorbeeldgegevens')).toBeVisible();
  await page.getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.locator('.badge--archived')).toBeVisible();

  await page
    .getByRole('link', { name: /Opdrachten/ })
    .first()
    .click();
  await page.getByLabel('Status').selectOption('active');
  await expect(page.getByText('Geen opdrachten gevonden')).toBeVisible();
  await page.getByLabel('Status').selectOption('archived');
  await page.getByTestId('engagement-row').getByRole('link').click();

  await page.getByRole('button', { name: 'Opdracht verwijderen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('definitief');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Opdracht verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen opdrachten' })).toBeVisible();
});

test('switching the language changes the whole UI and is remembered', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Opdrachten', exact: true })).toBeVisible();
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Engagements', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create sample engagement' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Engagements', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
