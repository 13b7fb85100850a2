import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the Report ("Rapport") tab: sections, texts, preview and generating the .docx. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  /** Creates the synthetic sample engagement from the empty list and opens its Report tab. */
  async openOnSampleEngagement() {
    await this.page
      .getByRole('button', { name: /Voorbeeldopdracht maken|Create sample engagement/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await this.page.getByRole('link', { name: /^(Rapport|Report)$/ }).click();
    await expect(this.preview()).toBeVisible();
  }

  preview(): Locator {
    return this.page.getByTestId('report-preview');
  }

  /** The section titles the preview shows, in order. */
  previewSections(): Locator {
    return this.preview().locator('.report-page__h1');
  }

  async switchOff(section: string) {
    await this.page.getByRole('checkbox', { name: `${section} opnemen` }).uncheck();
  }

  async editNarrative(section: string, text: string) {
    await this.page.getByRole('button', { name: `${section} bewerken` }).click();
    const field = this.page.getByLabel(`Tekst van ${section}`);
    await field.fill(text);
    await field.blur();
  }

  async waitUntilSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  }

  /** Clicks "Genereer .docx" and returns the downloaded file. */
  async generate(): Promise<{ name: string; bytes: Buffer }> {
    const started = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Genereer .docx' }).click();
    const download = await started;
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
