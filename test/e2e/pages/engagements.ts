import { expect, type Page } from '@playwright/test';

/** Page object for the engagement list, the create form and the hub. */
export class EngagementPages {
  constructor(private readonly page: Page) {}

  async createEngagement(fields: { clientName: string; sector?: string; consultants?: string }) {
    await this.page
      .getByRole('link', { name: /Nieuwe opdracht|New engagement/ })
      .first()
      .click();
    // The form, not the list it replaces (whose sort menu offers "Klantnaam" too).
    await expect(
      this.page.getByRole('heading', { level: 1, name: /Nieuwe opdracht|New engagement/ }),
    ).toBeVisible();
    await this.page.getByLabel(/Klantnaam|Client name/).fill(fields.clientName);
    if (fields.sector) await this.page.getByLabel('Sector').fill(fields.sector);
    if (fields.consultants) await this.page.getByLabel(/Consultant/).fill(fields.consultants);
  }

  groupNameInputs() {
    return this.page
      .getByTestId('group-row')
      .locator('input[aria-label^="Naam"], input[aria-label^="Name"]');
  }

  /** Waits until the group name inputs hold exactly these values, in order. */
  async expectGroupNames(names: string[]) {
    await expect
      .poll(() =>
        this.groupNameInputs().evaluateAll((inputs) =>
          inputs.map((input) => (input as HTMLInputElement).value),
        ),
      )
      .toEqual(names);
  }

  async submitCreate() {
    await this.page.getByRole('button', { name: /Opdracht aanmaken|Create engagement/ }).click();
  }

  async expectHub(clientName: string) {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(clientName);
  }

  async waitUntilSaved() {
    await expect(
      this.page.getByRole('status').filter({ hasText: /Opgeslagen|Saved/ }),
    ).toBeVisible();
  }
}
