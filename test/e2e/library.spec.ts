import { readFile } from 'node:fs/promises';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './pages/library';
import { HostApi } from './pages/questionnaire-results';

test('copy the built-in scan, change and add statements, fix a problem, save and find it in the list', async ({
  page,
  host,
}) => {
  const library = new LibraryPage(page);
  await page.goto(host.url);
  await library.open();

  // Built-in instruments are marked and can only be copied, not edited or deleted.
  const builtin = library.instrumentRow('klantgerichtheidsscan');
  await expect(builtin.locator('.badge')).toHaveText(['Ingebouwd']);
  await expect(builtin.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
  await expect(builtin.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
  const originalCounts = await builtin.locator('td').nth(2).innerText();

  await builtin.getByRole('button', { name: 'Kopiëren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Klantgerichtheidsscan kopiëren' });
  await expect(dialog.getByLabel('Id van de kopie')).toHaveValue('klantgerichtheidsscan-kopie');
  await expect(dialog.getByLabel('Naam (Engels)')).toHaveValue('Copy of Customer-centricity scan');
  await dialog.getByLabel('Naam (Nederlands)').fill('Scan Drukkerij Jansen');
  await dialog.getByLabel('Naam (Engels)').fill('Jansen Printers scan');
  await dialog.getByRole('button', { name: 'Kopie maken' }).click();

  // The copy opens in the editor.
  await expect(page.getByRole('heading', { name: 'Scan Drukkerij Jansen bewerken' })).toBeVisible();
  const kk1 = page.getByLabel('Tekst van item KK1 (Nederlands)');
  await kk1.fill('We weten precies waarom klanten voor ons kiezen.');
  await expect(page.getByText('Niet-opgeslagen wijzigingen').first()).toBeVisible();

  // A new statement in "Klantkennis", reverse-coded; its field takes focus.
  await page
    .getByRole('button', { name: 'Stelling toevoegen aan Klantkennis', exact: true })
    .click();
  const newCode = page.getByLabel('Code van stelling 6 van Klantkennis', { exact: true });
  await expect(newCode).toBeFocused();
  await expect(newCode).toHaveValue('KK6');
  await page
    .getByLabel('Tekst van item KK6 (Nederlands)')
    .fill('Wat klanten ons vertellen, vergeten we snel weer.');
  await page
    .getByLabel('Tekst van item KK6 (Engels)')
    .fill('What customers tell us, we soon forget.');
  await page.getByLabel('Item KK6 omgekeerd scoren').check();

  // An empty statement cannot be saved: the problem is named with its place in the file.
  await page.getByLabel('Tekst van item KK2 (Nederlands)').fill('');
  await page.getByLabel('Tekst van item KK2 (Engels)').fill('');
  await library.saveInstrument();
  await expect(library.problems()).toHaveCount(1);
  await expect(library.problems()).toContainText('dimensions.0.items.1.text');
  await expect(library.problems()).toContainText(
    'De tekst is zowel in het Nederlands als in het Engels leeg.',
  );
  await expect(page.getByLabel('Tekst van item KK2 (Nederlands)')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page
    .getByLabel('Tekst van item KK2 (Nederlands)')
    .fill('Ik ken de doelen van mijn klanten.');
  await expect(library.problems()).toHaveCount(0);
  await library.saveInstrument();
  await library.expectStatus('Opgeslagen (versie 1).');
  await expect(page.getByText('Niet-opgeslagen wijzigingen')).toHaveCount(0);

  // The list shows the copy with one statement more than the original; the changes were stored.
  await page.getByRole('link', { name: '← Instrumenten' }).click();
  const copy = library.instrumentRow('klantgerichtheidsscan-kopie');
  await expect(copy.getByRole('rowheader')).toContainText('Scan Drukkerij Jansen');
  const more = originalCounts.replace(
    /(\d+) vragen/,
    (_, count: string) => `${Number(count) + 1} vragen`,
  );
  await expect(copy.locator('td').nth(2)).toHaveText(more);
  await copy.getByRole('link', { name: 'Bewerken' }).click();
  await expect(kk1).toHaveValue('We weten precies waarom klanten voor ons kiezen.');
  await expect(page.getByLabel('Tekst van item KK2 (Engels)')).toHaveValue(
    'Ik ken de doelen van mijn klanten.',
  );
  await expect(page.getByLabel('Item KK6 omgekeerd scoren')).toBeChecked();
});

test('an instrument with responses is locked: saving makes a new version and the old one keeps its scores', async ({
  page,
  host,
  request,
}) => {
  const api = new HostApi(request, host);
  const scan = await api.instrumentId('klantgerichtheidsscan');
  const copy = await api.call<{ id: number }>('instruments.copy', {
    id: scan,
    key: 'eigen-scan',
    name: { nl: 'Eigen scan', en: 'Own scan' },
  });
  const engagement = await api.call<{ id: number; groups: { id: number }[] }>(
    'engagements.create',
    {
      clientName: 'Bakkerij Van Dam',
      language: 'nl',
      groups: [{ name: 'Bakkerij', kind: 'department' }],
    },
  );
  await api.call('respondents.save', {
    engagementId: engagement.id,
    instrumentId: copy.id,
    code: 'R1',
    groupId: engagement.groups[0]!.id,
    answers: { KK1: 4 },
  });

  const library = new LibraryPage(page);
  await page.goto(host.url);
  await library.open();
  await expect(library.instrumentRow('eigen-scan').locator('.badge')).toHaveText(['Vergrendeld']);
  await expect(
    library.instrumentRow('eigen-scan').getByRole('button', { name: 'Verwijderen' }),
  ).toHaveCount(0);
  await library.instrumentRow('eigen-scan').getByRole('link', { name: 'Bewerken' }).click();

  await expect(page.getByTestId('locked-notice')).toContainText(
    'Deze versie (v1) heeft al 1 respondent.',
  );
  await page
    .getByLabel('Tekst van item KK1 (Engels)')
    .fill('We know exactly why customers choose us.');
  await library.saveInstrument();
  await library.expectStatus(
    'Opgeslagen als versie 2; bestaande scores blijven versie 1 gebruiken.',
  );

  await page.getByRole('link', { name: '← Instrumenten' }).click();
  await expect(library.instrumentRow('eigen-scan', 1).locator('td').nth(3)).toHaveText('1');
  await expect(library.instrumentRow('eigen-scan', 2).locator('td').nth(3)).toHaveText('0');
  await expect(
    library.instrumentRow('eigen-scan', 2).getByRole('button', { name: 'Verwijderen' }),
  ).toBeVisible();
});

test('importing an instrument file with mistakes lists every problem with its JSON path', async ({
  page,
  host,
}) => {
  const library = new LibraryPage(page);
  await page.goto(host.url);
  await library.open();
  const instrument = {
    id: 'werkplaats-scan',
    name: 'Werkplaatsscan',
    scale: { min: 1, max: 5 },
    dimensions: [
      {
        code: 'A',
        name: 'Klantbeeld',
        items: [
          { code: 'A1', text: 'We kennen onze klanten.', reverse: false },
          { code: 'A1', text: 'We weten wat klanten willen.', reverse: 'nee' },
        ],
      },
      { code: 'B', name: 'Leeg', items: [] },
    ],
  };
  await library.pickFile('Instrument importeren (JSON)', {
    name: 'werkplaats.json',
    mimeType: 'application/json',
    content: JSON.stringify(instrument),
  });
  // The shape is checked first: the wrong "reverse" value is reported with its path.
  await expect(library.problems()).toHaveCount(1);
  await expect(library.problems().first()).toContainText('dimensions.0.items.1.reverse');

  instrument.dimensions[0]!.items[1]!.reverse = false;
  await library.pickFile('Instrument importeren (JSON)', {
    name: 'werkplaats.json',
    mimeType: 'application/json',
    content: JSON.stringify(instrument),
  });
  await expect(library.problems()).toHaveCount(2);
  await expect(library.problems().nth(0)).toContainText('dimensions.0.items.1.code');
  await expect(library.problems().nth(0)).toContainText('A1');
  await expect(library.problems().nth(1)).toContainText('dimensions.1');

  instrument.dimensions = [instrument.dimensions[0]!];
  instrument.dimensions[0]!.items[1]!.code = 'A2';
  await library.pickFile('Instrument importeren (JSON)', {
    name: 'werkplaats.json',
    mimeType: 'application/json',
    content: JSON.stringify(instrument),
  });
  await library.expectStatus('Geïmporteerd: Werkplaatsscan (versie 1).');
  await expect(library.instrumentRow('werkplaats-scan').locator('td').nth(2)).toHaveText(
    '1 dimensies, 2 vragen',
  );
});

test('edit a tip, save it, and restore the shipped tips', async ({ page, host }) => {
  const library = new LibraryPage(page);
  await page.goto(host.url);
  await library.open('Tips');
  await expect(page.getByTestId('tips-status')).toHaveText('Meegeleverde tips');
  await expect(page.getByLabel('Dimensie')).toHaveValue('KK');

  const title = page.getByLabel('Titel van Tip 1 (laag) (Nederlands)');
  const shipped = await title.inputValue();
  expect(shipped).not.toBe('');
  await title.fill('Bel deze maand tien klanten');
  await page.getByRole('button', { name: 'Tips opslaan' }).click();
  await library.expectStatus('De tips zijn opgeslagen.');
  await expect(page.getByTestId('tips-status')).toHaveText('Door u aangepast');

  await page.reload();
  await expect(title).toHaveValue('Bel deze maand tien klanten');

  // A new tip needs a title and a text before it can be saved.
  await page.getByRole('button', { name: 'Tip toevoegen (hoog)' }).click();
  const newTitle = page.getByLabel(/^Titel van Tip \d+ \(hoog\) \(Nederlands\)$/).last();
  await expect(newTitle).toBeFocused();
  await page.getByRole('button', { name: 'Tips opslaan' }).click();
  await expect(library.problems()).toHaveCount(2);
  await page
    .getByRole('button', { name: /^Tip \d+ \(hoog\) verwijderen$/ })
    .last()
    .click();
  await expect(library.problems()).toHaveCount(0);

  await page.getByRole('button', { name: 'Meegeleverde tips herstellen' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Meegeleverde tips herstellen' })
    .click();
  await library.expectStatus('De meegeleverde tips zijn hersteld.');
  await expect(title).toHaveValue(shipped);
  await expect(page.getByTestId('tips-status')).toHaveText('Meegeleverde tips');
});

test('import a norm CSV: a mistake is named by row and column; the fixed file imports, exports and deletes', async ({
  page,
  host,
}) => {
  const library = new LibraryPage(page);
  await page.goto(host.url);
  await library.open('Normsets');
  await expect(library.normRow(/Illustratieve norm/).locator('.badge')).toHaveText([
    'Illustratief — geen landelijke cijfers',
    'Ingebouwd',
  ]);
  await expect(
    library.normRow(/Illustratieve norm/).getByRole('button', { name: 'Verwijderen' }),
  ).toHaveCount(0);

  // Dutch Excel: semicolons and decimal commas; row 3 has a word where the mean should be.
  const header = 'dimension;mean;sd;n;p10;p25;p50;p75;p90';
  const kk = 'KK;3,6;0,6;200;2,8;3,2;3,6;4,0;4,4';
  const broken = `${header}\r\n${kk}\r\nKD;drie;0,7;200;2,3;2,8;3,2;3,7;4,1\r\n`;
  await library.pickFile('Normset importeren (JSON of CSV)', {
    name: 'sector-metaal.csv',
    mimeType: 'text/csv',
    content: broken,
  });
  await expect(library.problems()).toHaveText(['Rij 3, kolom "mean": "drie" is geen getal.']);
  await expect(page.getByTestId('norm-row')).toHaveCount(1);

  const fixed = broken.replace('KD;drie', 'KD;3,2');
  await library.pickFile('Normset importeren (JSON of CSV)', {
    name: 'sector-metaal.csv',
    mimeType: 'text/csv',
    content: fixed,
  });
  await library.expectStatus('Normset geïmporteerd uit sector-metaal.csv.');
  const imported = library.normRow('sector-metaal');
  await expect(imported.locator('.badge')).toHaveText(['Geïmporteerd']);
  await expect(imported.locator('td').nth(1)).toHaveText('KK, KD');

  // The separator is the consultant's choice (Dutch Excel: semicolons), remembered.
  const separator = page.getByLabel('Scheidingsteken CSV');
  await expect(separator).toHaveValue(';');
  await separator.selectOption({ label: 'Komma (,) – Engelse Excel' });
  const started = page.waitForEvent('download');
  await imported.getByRole('button', { name: 'CSV exporteren' }).click();
  const download = await started;
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n').slice(0, 3)).toEqual([
    'dimension,mean,sd,n,p10,p25,p50,p75,p90',
    'KK,3.6,0.6,200,2.8,3.2,3.6,4,4.4',
    'KD,3.2,0.7,200,2.3,2.8,3.2,3.7,4.1',
  ]);
  await page.reload();
  await expect(page.getByLabel('Scheidingsteken CSV')).toHaveValue(',');

  await imported.getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByTestId('norm-row')).toHaveCount(1);
});
