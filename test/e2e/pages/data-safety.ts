import { expect, type Page } from '@playwright/test';

/** Page object for "Gegevens & back-ups" and the engagement hub's "Archief" tab (Dutch UI). */
export class DataSafetyPages {
  constructor(private readonly page: Page) {}

  async openDataScreen() {
    await this.page.getByRole('link', { name: 'Gegevens & back-ups' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Gegevens & back-ups' }),
    ).toBeVisible();
  }

  backupRows() {
    return this.page.getByTestId('backup-row');
  }

  async makeBackup() {
    await this.page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Back-up gemaakt op' }),
    ).toBeVisible();
  }

  async openArchiveTab() {
    await this.page.getByRole('link', { name: 'Archief', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Archief exporteren' })).toBeVisible();
  }

  /** Exports with a passphrase and saves the download to `path`. */
  async exportArchive(passphrase: string, path: string) {
    await this.page.getByRole('button', { name: 'Archief exporteren…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Archief exporteren' });
    await expect(dialog.getByLabel('Beveiligen met een wachtwoordzin')).toBeChecked();
    await dialog.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Exporteren' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.klantspiegel$/);
    await download.saveAs(path);
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Archief opgeslagen als' }),
    ).toBeVisible();
  }

  /**
   * "Archive and remove" with a passphrase and the offered (default) choice of removing the
   * engagement from the backups too; the download is not kept.
   */
  async archiveAndRemove(passphrase: string) {
    await this.page.getByRole('button', { name: 'Archiveren en verwijderen…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Archiveren en verwijderen' });
    await expect(dialog.getByLabel('Beveiligen met een wachtwoordzin')).toBeChecked();
    await dialog.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
    await expect(
      dialog.getByRole('radio', { name: /Verwijder de opdracht ook uit de back-ups/ }),
    ).toBeChecked();
    await dialog.getByRole('checkbox', { name: /Ik begrijp/ }).check();
    await Promise.all([
      this.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Archiveren en verwijderen' }).click(),
    ]);
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Gegevens & back-ups' }),
    ).toBeVisible();
  }

  async pickArchive(path: string) {
    await this.page.getByLabel('Archief importeren…').setInputFiles(path);
  }

  passphraseDialog() {
    return this.page.getByRole('dialog', { name: /^Wachtwoordzin voor/ });
  }

  async enterPassphrase(passphrase: string) {
    const dialog = this.passphraseDialog();
    await dialog.getByLabel('Wachtwoordzin').fill(passphrase);
    await dialog.getByRole('button', { name: 'Importeren' }).click();
  }
}
