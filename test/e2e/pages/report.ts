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

  /** Replaces a section's text: a paragraph, then bullets typed with the toolbar's list button. */
  async editNarrative(section: string, paragraph: string, bullets: string[] = []) {
    await this.page.getByRole('button', { name: `${section} bewerken` }).click();
    const field = this.page.getByRole('textbox', { name: `Tekst van ${section}` });
    await field.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(paragraph);
    if (bullets.length > 0) {
      await this.page.keyboard.press('Enter');
      await this.page.getByRole('button', { name: 'Opsomming' }).click();
      for (const [index, bullet] of bullets.entries()) {
        if (index > 0) await this.page.keyboard.press('Enter');
        await this.page.keyboard.type(bullet);
      }
    }
    await field.blur();
  }

  /** The page preview beside the editor. */
  sectionPage(): Locator {
    return this.page.getByRole('region', { name: 'Het onderdeel op de pagina' });
  }

  async waitUntilSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  }

  /**
   * Clicks "Genereer .docx" (or the workshop deck), confirms generating with incomplete
   * recommendations when asked, and returns the downloaded file.
   */
  async generate(
    button = 'Genereer .docx',
    { incomplete = true } = {},
  ): Promise<{ name: string; bytes: Buffer }> {
    const started = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    if (incomplete) {
      await expect(this.page.getByRole('alertdialog')).toContainText('nog niet compleet');
      await this.page.getByRole('button', { name: /^Toch genereren/ }).click();
    }
    const download = await started;
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
