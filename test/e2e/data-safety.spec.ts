import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { DataSafetyPages } from './pages/data-safety';

test('a backup made now is listed with its date and size, and restoring it brings that state back', async ({
  page,
  host,
}) => {
  const data = new DataSafetyPages(page);
  await page.goto(host.url);
  await data.openDataScreen();
  // The daily backup of the start may be listed too; the one made here is the manual one.
  const manual = data.backupRows().filter({ hasText: 'Handmatig' });
  await expect(manual).toHaveCount(0);
  await data.makeBackup();
  await expect(manual).toHaveCount(1);
  const newest = manual.first();
  await expect(newest.getByRole('cell').nth(2)).toHaveText(/^\d[\d.,]* (B|kB|MB)$/);
  await expect(newest.getByRole('cell').first()).toHaveText(/\d{4}/);

  // Something done after the backup …
  await page.getByRole('link', { name: 'Opdrachten', exact: true }).click();
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Voorbeeld');

  // … is gone once the backup is restored, after a confirmation.
  await data.openDataScreen();
  await newest.getByRole('button', { name: /^Back-up van .* terugzetten$/ }).click();
  const confirm = page.getByRole('dialog', { name: /terugzetten\?$/ });
  await expect(confirm).toContainText('Vóór terugzetten');
  await confirm.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is teruggezet' })).toBeVisible();
  await expect(data.backupRows().filter({ hasText: 'Vóór terugzetten' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Opdrachten', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen opdrachten' })).toBeVisible();
});

test('an engagement survives export with a passphrase, deletion and import', async ({
  page,
  host,
}, testInfo) => {
  const data = new DataSafetyPages(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Voorbeeld');
  const clientName = (await heading.innerText()).replace(/\s*Voorbeeld$/, '').trim();

  await data.openArchiveTab();
  const archive = join(testInfo.outputDir, 'opdracht.klantspiegel');
  await data.exportArchive('geheime wachtwoordzin', archive);

  await page.getByRole('button', { name: 'Opdracht verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen opdrachten' })).toBeVisible();

  await data.openDataScreen();
  await data.pickArchive(archive);
  await expect(data.passphraseDialog()).toBeVisible();
  await data.enterPassphrase('verkeerde wachtwoordzin');
  await expect(data.passphraseDialog().getByRole('alert')).toContainText(
    'De wachtwoordzin klopt niet.',
  );
  await data.enterPassphrase('geheime wachtwoordzin');
  await expect(data.passphraseDialog()).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'is geïmporteerd' })).toBeVisible();

  await page.getByRole('link', { name: 'Opdracht openen' }).click();
  await expect(heading).toContainText(clientName);
  await page.getByRole('link', { name: 'Opdrachten', exact: true }).click();
  await expect(page.getByTestId('engagement-row')).toHaveCount(1);
});
