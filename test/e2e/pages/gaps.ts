import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the Gaps ("Kloof") tab of an engagement. */
export class GapsPage {
  constructor(private readonly page: Page) {}

  /** Creates the synthetic sample engagement from the empty list and opens its Gaps tab. */
  async openOnSampleEngagement() {
    await this.page
      .getByRole('button', { name: /Voorbeeldopdracht maken|Create sample engagement/ })
      .click();
    await this.open();
  }

  async open() {
    await this.page.getByRole('link', { name: /^(Kloof|Gaps)$/ }).click();
    await expect(
      this.page.getByRole('heading', { name: /Percepties naast elkaar|Perceptions side by side/ }),
    ).toBeVisible();
  }

  async openView(name: string | RegExp) {
    await this.page
      .getByRole('navigation', { name: /Onderdelen van de kloofanalyse|Parts of the gap analysis/ })
      .getByRole('link', { name })
      .click();
  }

  /** The sentences of "the five largest differences", in order. */
  largestGaps(): Locator {
    return this.page.getByTestId('largest-gaps').locator('.gaps-largest__sentence');
  }

  /** A group in the group picker, with its checkbox and its note (size or why it is missing). */
  group(name: string): Locator {
    return this.page
      .getByTestId('gaps-group')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  groupCheckbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  /** A chart by its title (the figure's accessible name). */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  /** Switches a chart to its table and returns the table's row headers. */
  async chartRowHeaders(title: string | RegExp): Promise<string[]> {
    const figure = this.chart(title);
    await figure.getByRole('button', { name: 'Toon als tabel' }).click();
    const headers = figure.getByRole('table').getByRole('rowheader');
    await expect(headers.first()).toBeVisible();
    return headers.allInnerTexts();
  }

  gapTableRows(): Locator {
    return this.page.getByTestId('gap-table').locator('tbody tr');
  }
}
