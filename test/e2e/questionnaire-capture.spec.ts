import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import {
  CapturePages,
  DUTCH_EXCEL_CSV,
  MINI_SCAN,
  PAPER_FORM,
} from './pages/questionnaire-capture';

test('type two paper forms with the keyboard; an off-scale digit is refused; all is there after a reload', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId } = await capture.engagementWithInstrument(PAPER_FORM);
  await capture.open(engagementId, 'entry');
  await expect(page.getByRole('heading', { name: 'Papieren formulieren invoeren' })).toBeVisible();

  // An empty grid offers the first form: code R001, the first group, cursor on the first question.
  await expect(capture.cells(0)).toHaveText(['R001', 'Productie', '', '', '', '', '', '', '', '']);
  await capture.cells(0).nth(3).click();
  await expect(
    page.getByRole('complementary', { name: 'Over de geselecteerde kolom' }),
  ).toContainText('We weten waarom klanten voor ons kiezen.');

  // Form 1: 4, 5, then a 7 that the 1–5 scale refuses, 3, 2, "don't know", 1, an open answer.
  await capture.keys('4', 'Tab', '5', 'Tab', '7');
  await expect(capture.refusal()).toContainText('“7” is niet aangenomen');
  await expect(capture.refusal()).toContainText('loopt van 1 tot en met 5');
  await expect(capture.cells(0).nth(5)).toHaveText('');
  await capture.keys('3', 'Enter', '2', 'Enter', '-', '1', 'Enter');
  await page.keyboard.type('Meer overleg met verkoop');
  // Enter after the last cell keeps the text and starts the next form.
  await capture.keys('Enter');
  await capture.expectRowSaved(0);
  await expect(capture.cells(0)).toHaveText([
    'R001',
    'Productie',
    '',
    '4',
    '5',
    '3',
    '2',
    '',
    '1',
    'Meer overleg met verkoop',
  ]);

  // Form 2 starts with the last group; this one is from sales: back to the group, type its number.
  await expect(capture.cells(1).nth(0)).toHaveText('R002');
  await capture.keys('Shift+Tab', 'Shift+Tab', '2', 'Tab');
  await page.keyboard.type('Accountmanager');
  await capture.keys('Tab', '2', 'Tab', '2', 'Tab', '4', 'Escape');
  await capture.expectRowSaved(1);
  await expect(capture.instrumentSelect()).toContainText('2 respondenten');

  await page.reload();
  await expect(capture.gridRows()).toHaveCount(2);
  await expect(capture.cells(0)).toHaveText([
    'R001',
    'Productie',
    '',
    '4',
    '5',
    '3',
    '2',
    '',
    '1',
    'Meer overleg met verkoop',
  ]);
  await expect(capture.cells(1)).toHaveText([
    'R002',
    'Verkoop / Commercie',
    'Accountmanager',
    '2',
    '2',
    '4',
    '',
    '',
    '',
    '',
  ]);

  // A form typed twice by mistake is deleted after confirmation.
  await capture.cells(1).nth(4).click();
  await capture.keys('Control+Delete');
  const confirm = page.getByRole('dialog', { name: 'Respondent R002 verwijderen?' });
  await confirm.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(capture.gridRows()).toHaveCount(1);
  await expect(capture.instrumentSelect()).toContainText('1 respondent');

  // The responses leave the app as CSV, one row per respondent.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('R001');
  expect(csv).toContain('Meer overleg met verkoop');
  // Semicolons until the consultant picks another separator next to the button.
  await expect(page.getByLabel('Scheidingsteken CSV')).toHaveValue(';');
  expect(csv.split('\r\n')[0]).toContain(';');
});

test('import a Dutch Excel CSV (semicolons, Windows-1252, answer labels) and find the respondents in the grid', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId } = await capture.engagementWithInstrument(MINI_SCAN);
  await capture.open(engagementId, 'import');

  await page.getByLabel('Bestand kiezen').setInputFiles(DUTCH_EXCEL_CSV);
  const facts = page.getByRole('definition');
  await expect(facts.filter({ hasText: 'Windows-1252' })).toBeVisible();
  await expect(facts.filter({ hasText: 'puntkomma (;)' })).toBeVisible();
  await expect(page.getByText('Rijen met gegevens')).toBeVisible();

  // Columns: code, group and the twelve questions found; the name column is locked out.
  const target = (column: string, header: string) =>
    page.getByLabel(`Kolom ${column} (${header}) importeren als`);
  await expect(target('A', 'Id')).toHaveValue('respondentCode');
  await expect(target('D', 'Naam')).toBeDisabled();
  await expect(page.getByRole('row', { name: /Naam/ })).toContainText(
    'Persoonsgegevens: nooit geïmporteerd',
  );
  await expect(target('E', 'Afdeling')).toHaveValue('group');
  await expect(target('F', 'We weten waarom klanten voor ons kiezen.')).toHaveValue('item:KK1');

  // Answer labels and departments are mapped to values and groups.
  await expect(page.getByLabel('Waarde van “Helemaal mee oneens”')).toHaveValue('1');
  await expect(page.getByLabel('Waarde van “Helemaal mee eens”')).toHaveValue('5');
  await expect(page.getByLabel('Groep voor “Verkoop”')).toHaveValue(/\d+/);
  await expect(page.getByLabel('Groep voor “Verkoop”').locator('option:checked')).toHaveText(
    'Verkoop / Commercie',
  );
  const figure = (name: string) =>
    page.locator('.import-figures__item').filter({ has: page.getByText(name, { exact: true }) });
  await expect(figure('Te importeren respondenten').getByRole('definition')).toHaveText('24');
  await expect(page.getByText('Geen problemen gevonden.')).toBeVisible();

  // A wrong mapping is re-checked at once, and every problem names its row and column.
  await target('B', 'Begintijd').selectOption('item:KK4');
  await expect(
    page.getByText('Rij 2, kolom B: Onbekend antwoord “12-11-2026 09:00”.'),
  ).toBeVisible();
  await expect(page.getByText('Kolom I: Kolom B is al gekoppeld aan KK4.')).toBeVisible();
  await target('B', 'Begintijd').selectOption('ignore');
  await expect(page.getByText('Geen problemen gevonden.')).toBeVisible();

  await page.getByRole('button', { name: '24 respondenten importeren' }).click();
  await expect(page.getByText('24 respondenten geïmporteerd.')).toBeVisible();
  await expect(capture.instrumentSelect()).toContainText('24 respondenten');

  await page.getByRole('link', { name: 'Bekijken in het invoerraster' }).click();
  await expect(capture.gridRows()).toHaveCount(24);
  await expect(capture.cells(0)).toHaveText([
    '1',
    'Productie',
    '',
    '4',
    '4',
    '1',
    '4',
    '5',
    '4',
    '1',
    '5',
    '2',
    '2',
    '4',
    '2',
  ]);
  await expect(capture.cells(1).nth(1)).toHaveText('Verkoop / Commercie');
  // No name from the file reached the app.
  await expect(page.getByText('René de Vries')).toHaveCount(0);
});

test('kiosk mode: a participant fills in the questionnaire; reload stays in kiosk; only the PIN ends it', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId } = await capture.engagementWithInstrument(MINI_SCAN);
  await capture.open(engagementId, 'kiosk');
  await expect(
    page.getByText('Deelnemers kiezen uit: Productie, Verkoop / Commercie, Management'),
  ).toBeVisible();

  await capture.startKiosk('2468', '2486');
  await expect(page.getByText('De twee pincodes zijn niet gelijk.')).toBeVisible();
  await capture.startKiosk('2468');

  // The kiosk shows the questionnaire and nothing else of the app or the engagement.
  await expect(page.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await expect(page.getByText('Mini-scan klantgerichtheid')).toBeVisible();
  await expect(page.getByText('Metaalwerken Zuid')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Opdrachten/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByRole('radio', { name: 'Klanten' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Verkoop / Commercie' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  await expect(page.getByRole('heading', { name: 'Deel 1 van 3' })).toBeVisible();
  await capture.answer('1. We weten waarom klanten voor ons kiezen.', '4');
  await capture.answer(/We vragen klanten regelmatig/, '5');
  await capture.answer(/giswerk/, '2');
  // The fourth question is skipped: one reminder, then the participant may go on.
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Je hebt 1 vraag op deze pagina niet beantwoord.')).toBeVisible();
  await page.getByRole('button', { name: 'Toch verder' }).click();

  await expect(page.getByRole('heading', { name: 'Deel 2 van 3' })).toBeVisible();
  for (const question of [
    /eens over wat de klant wil/,
    /serieus genomen/,
    /over elkaar gepraat/,
    /klantfeedback samen/,
  ]) {
    await capture.answer(question, '3');
  }
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Deel 3 van 3' })).toBeVisible();
  for (const question of [
    /samenwerking ervaren/,
    /iets veranderd/,
    /oplevert/,
    /vooral als lastig/,
  ]) {
    await capture.answer(question, '4');
  }
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Hartelijk dank!' })).toBeVisible();

  // A reload (or a participant pressing F5) comes back in kiosk mode, ready for the next one.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  // Behind the screen, main refuses everything except the kiosk's own calls.
  expect(await capture.api('engagements.list', {})).toMatchObject({
    ok: false,
    error: { key: 'errors.forbidden' },
  });

  const dialog = await capture.exitKiosk('1111');
  await expect(dialog.getByRole('alert')).toHaveText(
    'Onjuiste pincode. Nog 4 pogingen voordat het beëindigen even wordt geblokkeerd.',
  );
  await dialog.getByLabel('Pincode van de begeleider').fill('2468');
  await dialog.getByRole('button', { name: 'Beëindigen' }).click();

  // Back in the app, the kiosk response counts.
  await expect(page.getByRole('heading', { name: 'Kioskmodus' })).toBeVisible();
  await expect(page.getByText('Tot nu toe 1 antwoord via de kiosk')).toBeVisible();
  await expect(capture.instrumentSelect()).toContainText('1 respondent');
  await page.getByRole('link', { name: 'Invoeren' }).click();
  await expect(capture.cells(0)).toHaveText([
    'K001',
    'Verkoop / Commercie',
    '',
    '4',
    '5',
    '2',
    '',
    '3',
    '3',
    '3',
    '3',
    '4',
    '4',
    '4',
    '4',
  ]);
});
