import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../support/browser-host';

export const MINI_SCAN = 'test/fixtures/samples/mini-scan.instrument.json';
export const PAPER_FORM = 'test/fixtures/capture/paper-form.instrument.json';
export const DUTCH_EXCEL_CSV = 'test/fixtures/samples/dutch-excel-forms-export.csv';

export const DUTCH_GROUPS = [
  { name: 'Productie', kind: 'department' },
  { name: 'Verkoop / Commercie', kind: 'department' },
  { name: 'Management', kind: 'management' },
  { name: 'Klanten', kind: 'customer' },
] as const;

/**
 * Page object for the capture side of the Questionnaire tab (grid entry, import, kiosk) and the
 * kiosk screen. Set-up goes through the browser host's API like the renderer does.
 */
export class CapturePages {
  constructor(
    private readonly page: Page,
    private readonly host: RunningHost,
    private readonly request: APIRequestContext,
  ) {}

  /** Calls a main-process handler over the browser host, as the renderer does. */
  async api(
    name: string,
    arg: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { key: string } }> {
    const response = await this.request.post(`${this.host.origin}/api/invoke/${name}`, {
      headers: { 'x-klantspiegel-token': this.host.token, Origin: this.host.origin },
      data: arg,
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { key: string } };
  }

  private async value<T>(name: string, arg: unknown): Promise<T> {
    const result = await this.api(name, arg);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }

  /** A Dutch engagement with the default groups and one instrument (imported from a file). */
  async engagementWithInstrument(instrumentFile: string, clientName = 'Metaalwerken Zuid') {
    const engagement = await this.value<{ id: number }>('engagements.create', {
      clientName,
      language: 'nl',
      groups: DUTCH_GROUPS,
    });
    const instrument = await this.value<{ id: number }>('instruments.importFile', {
      fileName: instrumentFile.split('/').pop(),
      bytes: { $bytes: readFileSync(instrumentFile).toString('base64') },
    });
    await this.value('questionnaire.attach', {
      engagementId: engagement.id,
      instrumentId: instrument.id,
    });
    return { engagementId: engagement.id, instrumentId: instrument.id };
  }

  async open(
    engagementId: number,
    view: 'entry' | 'import' | 'kiosk' | 'live' | 'batches' | 'paper',
  ) {
    await this.page.goto(this.host.url);
    await this.page.goto(`${this.host.origin}/#/engagements/${engagementId}/questionnaire/${view}`);
  }

  // ---- grid ----------------------------------------------------------------------------------

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Antwoorden per respondent' });
  }

  gridRows(): Locator {
    return this.grid().locator('tbody tr');
  }

  cells(row: number): Locator {
    return this.gridRows().nth(row).getByRole('gridcell');
  }

  /** Types keys one by one, as a consultant does with a paper form next to the keyboard. */
  async keys(...keys: string[]) {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async expectRowSaved(row: number) {
    await expect(this.gridRows().nth(row).getByText('Opgeslagen', { exact: true })).toBeAttached();
  }

  refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'niet aangenomen' });
  }

  instrumentSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Instrument', exact: true });
  }

  // ---- kiosk ---------------------------------------------------------------------------------

  async startKiosk(pin: string, repeat = pin) {
    await this.page.getByLabel('Pincode', { exact: true }).fill(pin);
    await this.page.getByLabel('Pincode herhalen').fill(repeat);
    await this.page.getByRole('button', { name: 'Kiosk starten' }).click();
  }

  question(text: string | RegExp): Locator {
    return this.page.getByRole('group', { name: text });
  }

  async answer(question: string | RegExp, value: string) {
    await this.question(question).getByRole('radio', { name: value, exact: true }).check();
  }

  async exitKiosk(pin: string) {
    await this.page.getByRole('button', { name: 'Beëindigen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Kioskmodus beëindigen' });
    await dialog.getByLabel('Pincode van de begeleider').fill(pin);
    await dialog.getByRole('button', { name: 'Beëindigen' }).click();
    return dialog;
  }
}
