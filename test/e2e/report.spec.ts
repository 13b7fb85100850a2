import { unzipSync } from 'fflate';
import { test, expect } from './support/fixtures';
import { ReportPage } from './pages/report';

/** The text of word/document.xml, without its markup. */
function documentText(docx: Buffer): string {
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(docx))['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

test('build the sample engagement’s report: switch a section off, edit a text, download the .docx', async ({
  page,
  host,
}) => {
  const report = new ReportPage(page);
  await page.goto(host.url);
  await report.openOnSampleEngagement();

  // The preview has the document's structure, with the generated drafts.
  await expect(report.previewSections().first()).toHaveText('Samenvatting');
  await expect(report.previewSections()).toContainText(['Bijlage']);
  // Answer first: the summary opens with the mirror, its sentence and its chart.
  await expect(report.preview()).toContainText('Klanten geven Voorbeeld: Metaalwerk De Kroon B.V.');
  await expect(report.preview().getByRole('img').first()).toHaveAttribute(
    'alt',
    /^Puntdiagram: Klanten zien de organisatie op \d van de 6 dimensies lager/,
  );

  await report.switchOff('Bijlage');
  await report.editNarrative('Samenvatting', 'Onze samenvatting voor de directie.', [
    'Productie en verkoop zien de klant anders.',
  ]);
  await report.waitUntilSaved();
  // Beside the editor, the section as it will stand on the page: the list is a real list.
  await expect(report.sectionPage().getByRole('listitem').first()).toHaveText(
    'Productie en verkoop zien de klant anders.',
  );
  await page.getByRole('button', { name: 'Samenvatting bewerken', expanded: true }).click();
  await expect(report.previewSections()).not.toContainText(['Bijlage']);
  await expect(report.preview()).toContainText('Onze samenvatting voor de directie.');

  // The choices are saved with the engagement.
  await page.reload();
  await expect(report.preview()).toContainText('Onze samenvatting voor de directie.');
  await expect(page.getByRole('checkbox', { name: 'Bijlage opnemen' })).not.toBeChecked();

  const file = await report.generate();
  expect(file.name).toMatch(
    /^Rapport Voorbeeld Metaalwerk De Kroon B\.V\. \d{4}-\d{2}-\d{2}\.docx$/,
  );
  expect(file.bytes.subarray(0, 2).toString()).toBe('PK');
  const text = documentText(file.bytes);
  expect(text).toContain('Onze samenvatting voor de directie.');
  expect(text).toContain('Productie en verkoop zien de klant anders.');
  expect(text).not.toContain('Toelichting op methode en anonimiteit');
  await expect(page.getByRole('status').filter({ hasText: /is gemaakt/ })).toBeVisible();
});

test('recommendations: evidence from the data, empty fields flagged before generating, and the workshop deck', async ({
  page,
  host,
}) => {
  const report = new ReportPage(page);
  await page.goto(host.url);
  await report.openOnSampleEngagement();
  await page.getByRole('button', { name: 'Aanbevelingen en actieplan bewerken' }).click();
  const first = page.getByRole('region', { name: 'Aanbeveling 1' });
  await expect(first.getByLabel('Onderbouwing')).toHaveValue(/punt hoger dan/);
  await expect(first.getByLabel('Eigenaar')).toHaveAttribute('aria-invalid', 'true');
  await first.getByLabel('Eigenaar').fill('Directeur operatie');
  await first.getByLabel('Deadline').fill('1 maart 2027');
  await first.getByLabel('Deadline').blur();
  await report.waitUntilSaved();
  await expect(first.getByLabel('Eigenaar')).toHaveAttribute('aria-invalid', 'false');
  await expect(report.sectionPage()).toContainText('Directeur operatie');

  // Generating lists what is still missing and offers to complete it first.
  await page.getByRole('button', { name: 'Genereer .docx' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('nog niet compleet');
  await expect(dialog).not.toContainText('1. ');
  await dialog.getByRole('button', { name: 'Eerst aanvullen' }).click();
  await expect(dialog).toBeHidden();

  const deck = await report.generate('Genereer workshop (.pptx)');
  expect(deck.name).toMatch(
    /^Workshop Voorbeeld Metaalwerk De Kroon B\.V\. \d{4}-\d{2}-\d{2}\.pptx$/,
  );
  const slides = Object.keys(unzipSync(new Uint8Array(deck.bytes))).filter((name) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(name),
  );
  expect(slides.length).toBeGreaterThanOrEqual(6);
});

test('house style: the firm name and a Word template that is not one', async ({ page, host }) => {
  const report = new ReportPage(page);
  await page.goto(host.url);
  await report.openOnSampleEngagement();
  await page.getByRole('link', { name: 'Huisstijl' }).click();
  await page.getByLabel('Naam van het bureau').fill('Bureau Spiegel');
  await page.getByLabel('Naam van het bureau').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

  await page.getByLabel('Sjabloon kiezen…').setInputFiles({
    name: 'notities.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Geen Word-bestand'),
  });
  await expect(page.getByRole('alert')).toContainText(
    '“notities.txt” is geen Word-document of -sjabloon (.docx of .dotx).',
  );

  await page.getByRole('link', { name: 'Rapport samenstellen' }).click();
  await expect(report.preview()).toContainText('Bureau Spiegel');
});
