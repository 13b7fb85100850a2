import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test as base, expect } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { EngagementPages } from './pages/engagements';
import { InterviewPages } from './pages/interviews';

const FRUSTRATIONS = 'Wat frustreert u in het werken met deze leverancier?';
/** Typing speed of the test: 20 characters a second. */
const KEY_DELAY_MS = 50;
const CHARS_PER_SECOND = 1000 / KEY_DELAY_MS;

// This test kills and restarts the browser host itself, so it manages its own hosts.
const test = base.extend<{ hosts: RunningHost[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring
  hosts: async ({}, use) => {
    const hosts: RunningHost[] = [];
    await use(hosts);
    for (const host of hosts) await host.stop();
  },
});

test('interview notes survive a killed host; quotes, themes, matrix and search work', async ({
  page,
  hosts,
}) => {
  test.setTimeout(120_000);
  const dataDir = newDataDir();
  const first = await startBrowserHost(dataDir);
  hosts.push(first);
  const engagements = new EngagementPages(page);
  const interviews = new InterviewPages(page);

  await page.goto(first.url);
  await engagements.createEngagement({ clientName: 'Staalbouw Oost' });
  await engagements.submitCreate();
  await engagements.expectHub('Staalbouw Oost');
  await interviews.openTab();
  await interviews.newInterview({
    kind: 'Klantinterview',
    group: 'Klanten',
    role: 'Inkoper',
    organisation: 'productiebedrijf',
  });

  // The guide's questions are the note sections, each with its own editor.
  await expect(page.getByRole('heading', { name: FRUSTRATIONS })).toBeVisible();
  const notes = interviews.notes(FRUSTRATIONS);
  await notes.click();
  await notes.pressSequentially('De levertijd schuift ', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Control+b');
  await notes.pressSequentially('steeds', { delay: KEY_DELAY_MS });
  await page.keyboard.press('Control+b');
  await interviews.waitUntilSaved();

  // Keep typing and kill the host while the keys are still coming.
  const tail =
    ' en in het café hoorden we het pas van de chauffeur, niet van de accountmanager zelf.';
  const typing = notes.pressSequentially(tail, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(2_500);
  const typedBeforeKill = await notes.innerText();
  await first.stop('SIGKILL');
  await typing;
  await expect(page.getByRole('alert').first()).toBeVisible();

  const second = await startBrowserHost(dataDir);
  hosts.push(second);
  await page.goto(second.url);
  await page
    .getByTestId('engagement-row')
    .getByRole('link', { name: /Staalbouw Oost/ })
    .click();
  await interviews.openTab();
  await interviews.openInterview('Inkoper, productiebedrijf');
  const restored = (await interviews.notes(FRUSTRATIONS).innerText()).trim();
  // What was saved is what was typed, minus at most the last second of typing.
  expect(typedBeforeKill.startsWith(restored)).toBe(true);
  expect(restored.length).toBeGreaterThanOrEqual(typedBeforeKill.trim().length - CHARS_PER_SECOND);
  expect(restored).toContain('De levertijd schuift steeds en in het café');
  await expect(interviews.notes(FRUSTRATIONS).locator('strong')).toHaveText('steeds');

  // Mark the first sentence as a quote.
  const restoredNotes = interviews.notes(FRUSTRATIONS);
  await restoredNotes.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+End');
  await interviews
    .noteSection(FRUSTRATIONS)
    .getByRole('button', { name: 'Markeer als citaat' })
    .click();
  const quoteText = restored;
  await expect(interviews.quoteCard(quoteText)).toContainText('— Inkoper, productiebedrijf');

  // The distraction-free writing view shows just the questions and notes.
  await page.getByRole('button', { name: 'Schrijfweergave' }).click();
  const writing = page.getByRole('dialog', { name: /Schrijfweergave/ });
  await expect(writing).toBeVisible();
  await expect(
    writing.getByRole('textbox', { name: `Aantekeningen: ${FRUSTRATIONS}` }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gegevens van het interview' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(writing).toBeHidden();

  // Notes typed in another program are imported into the free notes.
  await page.getByLabel('Importeren in').selectOption({ label: 'Vrije aantekeningen' });
  await page.getByTestId('notes-import-input').setInputFiles({
    name: 'notities.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Afspraken uit Word: belt voortaan zelf bij vertraging.'),
  });
  await expect(interviews.notes('Vrije aantekeningen')).toContainText('Afspraken uit Word');
  await interviews.waitUntilSaved();

  // A codebook with a sub-theme, applied to the quote.
  await interviews.openSubview("Citaten & thema's");
  await interviews.addTheme('Leverbetrouwbaarheid');
  await interviews.addTheme('Beloftes', 'Leverbetrouwbaarheid');
  await interviews.applyTheme(quoteText, 'Beloftes');
  await expect(interviews.quoteCard(quoteText)).toContainText('Leverbetrouwbaarheid > Beloftes');

  // The matrix counts the quote for the customers; the cell opens it.
  await interviews.openSubview('Overzicht');
  const matrix = page.getByTestId('theme-matrix');
  await expect(matrix.getByRole('columnheader', { name: 'Klanten' })).toBeVisible();
  await matrix
    .getByRole('button', { name: '1 passages over Leverbetrouwbaarheid uit Klanten' })
    .click();
  await expect(page.getByTestId('cell-quotes')).toContainText(quoteText);

  // Search finds word forms and ignores accents, with the hits highlighted.
  await interviews.openSubview('Zoeken');
  await interviews.search('levertijden cafe');
  const hit = page.getByTestId('search-hit').first();
  await expect(hit).toContainText(FRUSTRATIONS);
  await expect(hit.locator('mark')).toHaveText(['levertijd', 'café']);
  await interviews.search('afspraak');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit').locator('mark')).toHaveText('Afspraken');
  await page.getByTestId('search-hit').getByRole('button', { name: 'Interview openen' }).click();
  await expect(interviews.notes('Vrije aantekeningen')).toContainText('Afspraken uit Word');
});

test('the sample engagement shows interviews, the codebook and the kitchen-versus-floor matrix', async ({
  page,
  hosts,
}) => {
  const host = await startBrowserHost();
  hosts.push(host);
  const interviews = new InterviewPages(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await interviews.openTab();
  await expect(page.getByTestId('interview-row')).toHaveCount(9);
  await interviews.openSubview('Overzicht');
  const row = page
    .getByTestId('theme-matrix')
    .getByRole('row', { name: /^Samenwerking productie en verkoop/ });
  await expect(row.getByRole('button')).toHaveCount(4);
  // Guides serve every engagement, so they live in the Library.
  await page.getByRole('link', { name: 'Bibliotheek' }).click();
  await page.getByRole('link', { name: 'Interviewleidraden' }).click();
  await expect(page.getByTestId('guide-item')).toHaveCount(4);
  await page
    .getByTestId('guide-item')
    .filter({ hasText: 'Intern interview' })
    .getByRole('button', { name: 'Kopiëren en bewerken' })
    .click();
  await expect(page.getByLabel('Naam (Nederlands)')).toHaveValue('Kopie van Intern interview');
  await page.getByLabel('Naam (Nederlands)').fill('Mijn interne leidraad');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await page.getByRole('link', { name: /Alle leidraden/ }).click();
  const ownGuide = page.getByTestId('guide-item').filter({ hasText: 'Mijn interne leidraad' });
  await expect(ownGuide).toBeVisible();
  // An own guide can be deleted after a confirmation; the shipped ones stay.
  await ownGuide.getByRole('link', { name: 'Mijn interne leidraad' }).click();
  await page.getByRole('button', { name: 'Leidraad verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(ownGuide).toHaveCount(0);
  await expect(page.getByTestId('guide-item')).toHaveCount(4);
});

test('code a passage in the notes: highlighted with a stripe, counted in the matrix, in the .qdpx export; Back returns to the list', async ({
  page,
  hosts,
}) => {
  const host = await startBrowserHost();
  hosts.push(host);
  const engagements = new EngagementPages(page);
  const interviews = new InterviewPages(page);
  await page.goto(host.url);
  await engagements.createEngagement({ clientName: 'Bakkerij De Graaf' });
  await engagements.submitCreate();
  await interviews.openTab();
  await interviews.newInterview({
    kind: 'Klantinterview',
    group: 'Klanten',
    role: 'Inkoper',
    organisation: 'horeca',
  });
  // Each interview has its own address; Back leads to the list again.
  await expect(page).toHaveURL(/#\/engagements\/\d+\/interviews\/notes\/\d+$/);

  const notes = interviews.notes(FRUSTRATIONS);
  await notes.click();
  await notes.pressSequentially('De levering komt altijd te laat binnen.');
  await interviews.waitUntilSaved();
  // Select "altijd te laat" and code it with a theme made on the spot (there are none yet).
  await page.keyboard.press('Home');
  for (let word = 0; word < 3; word++) await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let word = 0; word < 3; word++) await page.keyboard.press('Control+Shift+ArrowRight');
  await interviews.codeSelection(FRUSTRATIONS, 'Levertijden', { newTheme: true });

  const marked = notes.locator('[data-passage]');
  await expect(marked).toHaveText('altijd te laat');
  await expect(marked).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(interviews.noteSection(FRUSTRATIONS).getByTestId('passage-stripe')).toHaveAttribute(
    'title',
    'Levertijden',
  );
  await expect(interviews.codedPassage('altijd te laat')).toContainText('Levertijden');
  await interviews.waitUntilSaved();

  // After a reload the passage is still marked where it was.
  await page.reload();
  await expect(interviews.notes(FRUSTRATIONS).locator('[data-passage]')).toHaveText(
    'altijd te laat',
  );

  // The matrix counts the coded passage for the customers.
  await interviews.openSubview('Overzicht');
  await expect(
    page
      .getByTestId('theme-matrix')
      .getByRole('button', { name: '1 passages over Levertijden uit Klanten' }),
  ).toBeVisible();
  await page.goBack();
  await expect(interviews.notes(FRUSTRATIONS)).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('interview-row')).toHaveCount(1);

  // The REFI-QDA project holds the interview text, the code and the coded selection.
  await interviews.openSubview("Citaten & thema's");
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Project exporteren (.qdpx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Bakkerij De Graaf.qdpx');
  const zip = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
  const project = strFromU8(zip['project.qde']!);
  const code = /<Code guid="([^"]+)" name="Levertijden"/.exec(project);
  expect(code).not.toBeNull();
  const selection =
    /<PlainTextSelection guid="[^"]+" startPosition="(\d+)" endPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/.exec(
      project,
    );
  expect(selection?.[3]).toBe(code![1]);
  const sourceText = strFromU8(
    Object.entries(zip).find(([name]) => /^sources\/.+\.txt$/.test(name))![1],
  );
  expect([...sourceText].slice(Number(selection![1]), Number(selection![2])).join('')).toBe(
    'altijd te laat',
  );

  // Read back in (by the browser host's parse worker): the interview arrives again with its coding.
  await page.getByLabel('Importeren (.qdpx of .qdc)…').setInputFiles((await file.path())!);
  await expect(
    page.getByRole('status').filter({ hasText: 'Geïmporteerd: 1 interviews' }),
  ).toContainText('1 passages, 0 nieuwe thema’s (1 bestonden al)');
});
