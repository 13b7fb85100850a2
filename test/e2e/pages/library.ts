import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the Library: instruments (list and editor), guides, tips and norm sets. */
export class LibraryPage {
  constructor(private readonly page: Page) {}

  async open(tab: 'Instrumenten' | 'Interviewleidraden' | 'Tips' | 'Normsets' = 'Instrumenten') {
    await this.page.getByRole('link', { name: 'Bibliotheek', exact: true }).click();
    await this.page
      .getByRole('navigation', { name: 'Onderdelen van de bibliotheek' })
      .getByRole('link', { name: tab })
      .click();
  }

  /** The row of an instrument version, by its id (key) and version. */
  instrumentRow(key: string, version = 1): Locator {
    return this.page
      .getByTestId('instrument-row')
      .filter({ has: this.page.locator('code', { hasText: new RegExp(`^${key}$`) }) })
      .filter({ has: this.page.getByRole('cell', { name: `v${version}`, exact: true }) });
  }

  async pickFile(label: string, file: { name: string; mimeType: string; content: string }) {
    await this.page.getByLabel(label).setInputFiles({
      name: file.name,
      mimeType: file.mimeType,
      buffer: Buffer.from(file.content, 'utf8'),
    });
  }

  problems(): Locator {
    return this.page.getByTestId('problem-list').getByRole('listitem');
  }

  /** The editor's Save button (there is one at the top and one at the bottom). */
  async saveInstrument() {
    await this.page.getByRole('button', { name: 'Opslaan', exact: true }).first().click();
  }

  async expectStatus(text: string | RegExp) {
    await expect(this.page.getByRole('status').filter({ hasText: text })).toBeVisible();
  }

  normRow(name: string | RegExp): Locator {
    return this.page.getByTestId('norm-row').filter({ hasText: name });
  }
}
