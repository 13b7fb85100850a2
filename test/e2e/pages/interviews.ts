import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the engagement hub's interviews tab (Dutch UI). */
export class InterviewPages {
  constructor(private readonly page: Page) {}

  async openTab() {
    await this.page.getByRole('link', { name: 'Interviews', exact: true }).click();
    await expect(this.subview('Interviews')).toHaveAttribute('aria-current', 'page');
  }

  subview(name: 'Interviews' | "Citaten & thema's" | 'Overzicht' | "Memo's" | 'Zoeken') {
    return this.page
      .getByRole('navigation', { name: 'Onderdelen van de interviews' })
      .getByRole('link', { name, exact: true });
  }

  async openSubview(name: Parameters<InterviewPages['subview']>[0]) {
    await this.subview(name).click();
  }

  async newInterview(fields: { kind: string; group: string; role: string; organisation: string }) {
    await this.page.getByRole('button', { name: 'Nieuw interview' }).click();
    await this.page.getByLabel('Soort gesprek').selectOption({ label: fields.kind });
    await this.page.getByLabel('Groep / perspectief').selectOption({ label: fields.group });
    await this.page.getByLabel('Rol van de geïnterviewde').fill(fields.role);
    await this.page.getByLabel('Organisatie (type)').fill(fields.organisation);
    await this.page.getByRole('button', { name: 'Interview aanmaken' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Gegevens van het interview' }),
    ).toBeVisible();
  }

  async openInterview(title: string) {
    await this.page.getByTestId('interview-row').getByRole('link', { name: title }).click();
  }

  notes(section: string): Locator {
    return this.page.getByRole('textbox', { name: `Aantekeningen: ${section}` });
  }

  /** The note section (question, editor, quotes) that holds the given editor. */
  noteSection(section: string): Locator {
    return this.page.getByTestId('note-section').filter({ has: this.notes(section) });
  }

  async waitUntilSaved() {
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Opgeslagen' }).first(),
    ).toBeVisible();
  }

  async addTheme(name: string, parent?: string) {
    await this.page.getByRole('button', { name: 'Thema toevoegen' }).click();
    const form = this.page.getByRole('form', { name: 'Thema toevoegen' });
    await form.getByLabel('Naam', { exact: true }).fill(name);
    if (parent) await form.getByLabel('Onderdeel van').selectOption({ label: parent });
    await form.getByRole('button', { name: 'Thema opslaan' }).click();
    await expect(this.page.getByTestId('codebook-theme').filter({ hasText: name })).toBeVisible();
  }

  quoteCard(text: string): Locator {
    return this.page.getByTestId('quote-card').filter({ hasText: text });
  }

  async applyTheme(quoteText: string, theme: string) {
    const card = this.quoteCard(quoteText);
    await card.locator('summary', { hasText: "Thema's…" }).click();
    await card.getByRole('checkbox', { name: theme }).check();
  }

  /** Codes the selected words of a note with a theme, making the theme when it is new. */
  async codeSelection(section: string, theme: string, { newTheme = false } = {}) {
    const owner = this.noteSection(section);
    await owner.getByRole('button', { name: 'Coderen…' }).click();
    if (newTheme) {
      await owner.getByLabel('Nieuw thema').fill(theme);
      await owner.getByRole('button', { name: 'Toevoegen' }).click();
    } else {
      await owner.getByRole('checkbox', { name: theme }).check();
    }
  }

  codedPassage(text: string): Locator {
    return this.page.getByTestId('coded-passage').filter({ hasText: text });
  }

  async search(query: string) {
    await this.page.getByLabel('Zoek in aantekeningen en citaten').fill(query);
  }
}
