import {
  expect,
  type APIRequestContext,
  type Download,
  type Locator,
  type Page,
} from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { RunningHost } from '../support/browser-host';

/** Page object for the Results view of the Questionnaire tab. */
export class ResultsPage {
  constructor(private readonly page: Page) {}

  /** From the engagement hub: Vragenlijst → Resultaten. */
  async open() {
    await this.page.getByRole('link', { name: 'Vragenlijst', exact: true }).click();
    await this.page.getByRole('link', { name: 'Resultaten', exact: true }).click();
    await expect(
      this.page.getByRole('heading', { level: 2, name: /^Resultaten — / }),
    ).toBeVisible();
  }

  dimensionTable() {
    return this.page.getByTestId('dimension-table');
  }

  /** The cells of one dimension's row, as the consultant reads them. */
  async dimensionRow(name: string): Promise<string[]> {
    const row = this.dimensionTable()
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader', { name, exact: true }),
      });
    await expect(row).toBeVisible();
    return row.locator('td').allInnerTexts();
  }

  suppressedGroups() {
    return this.page.getByTestId('suppressed-group');
  }

  /** A chart's frame, found by its title. */
  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  async download(
    chart: Locator,
    button: 'PNG downloaden' | 'SVG downloaden',
  ): Promise<{ name: string; bytes: Buffer }> {
    const started = this.page.waitForEvent('download');
    await chart.getByRole('button', { name: button }).click();
    const download: Download = await started;
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  async chooseNormSet(label: string | RegExp) {
    await this.openSettings();
    const select = this.page.getByLabel('Benchmark (normset)');
    const options = await select.locator('option').allInnerTexts();
    const wanted = options.find((option) =>
      typeof label === 'string' ? option === label : label.test(option),
    );
    if (!wanted) throw new Error(`No norm set option ${String(label)} among ${options.join(', ')}`);
    await select.selectOption({ label: wanted });
  }

  /** The scoring settings are folded away under their summary; this unfolds them. */
  async openSettings() {
    const settings = this.page.locator('details.questionnaire-settings');
    if ((await settings.getAttribute('open')) === null) {
      await settings.locator('summary').click();
    }
  }

  async setAnonymityThreshold(value: number) {
    await this.openSettings();
    const input = this.page.getByLabel('Anonimiteitsdrempel');
    await input.fill(String(value));
    await input.blur();
  }
}

/** Calls main's handlers directly, as the renderer does, to set up data without the UI. */
export class HostApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly host: RunningHost,
  ) {}

  async call<Result>(name: string, arg: unknown): Promise<Result> {
    const response = await this.request.post(`${this.host.origin}/api/invoke/${name}`, {
      headers: { 'x-klantspiegel-token': this.host.token, Origin: this.host.origin },
      data: arg as Record<string, unknown>,
    });
    const body = (await response.json()) as { ok: boolean; value?: Result; error?: unknown };
    if (!body.ok) throw new Error(`${name} failed: ${JSON.stringify(body.error)}`);
    return body.value as Result;
  }

  /** The database id of the newest version of an instrument key, e.g. "klantgerichtheidsscan". */
  async instrumentId(key: string): Promise<number> {
    const list = await this.call<{ id: number; key: string; version: number }[]>(
      'instruments.list',
      {},
    );
    const versions = list
      .filter((summary) => summary.key === key)
      .sort((a, b) => b.version - a.version);
    if (!versions[0]) throw new Error(`No instrument ${key}`);
    return versions[0].id;
  }
}
