import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { test, expect } from './support/fixtures';
import { InterviewPages } from './pages/interviews';
import { CapturePages, DUTCH_EXCEL_CSV, PAPER_FORM } from './pages/questionnaire-capture';

function docxText(path: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.entries(files)
    .filter(([name]) => /^word\/(document|header\d+)\.xml$/.test(name))
    .map(([, data]) => new TextDecoder().decode(data))
    .join('\n');
}

test('progress at a glance: the list shows responses, interviews and last activity; the overview per group rate and margin', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const sample = (await capture.api('engagements.createSample', { language: 'nl' })).value as {
    id: number;
  };
  const progress = (await capture.api('engagements.progress', { engagementId: sample.id }))
    .value as { total: { respondents: number }; interviews: { held: number; planned: number } };
  await page.goto(host.url);
  const row = page.getByTestId('engagement-row');
  await expect(page.getByRole('columnheader', { name: 'Antwoorden' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Interviews' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Laatste activiteit' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Groepen' })).toHaveCount(0);
  await expect(row.getByTestId('engagement-responses')).toHaveText(
    String(progress.total.respondents),
  );
  const interviews = progress.interviews.held + progress.interviews.planned;
  await expect(row.getByTestId('engagement-interviews')).toHaveText(
    `${progress.interviews.held} / ${interviews}`,
  );

  await row.getByRole('link').click();
  const card = page.getByRole('region', { name: 'Voortgang' });
  await expect(card).toBeVisible();
  const groups = card.getByTestId('progress-group');
  await expect(groups).toHaveCount(4);
  // Every sample group has its invited count: a response rate and a margin of error.
  await expect(groups.first()).toContainText('%');
  await expect(groups.first()).toContainText('±');
  await expect(card.getByTestId('progress-interviews')).toContainText(
    `${progress.interviews.held} gehouden, ${progress.interviews.planned} gepland`,
  );
  await expect(card.getByTestId('progress-report')).toContainText(/Nog niet begonnen|In bewerking/);

  // Changing a group's invited count changes its rate on the same screen.
  const invited = page.getByLabel('Uitgenodigd 1', { exact: true });
  await invited.fill('400');
  await invited.blur();
  await expect(groups.first()).toContainText('400');
});

test('batches: an import is listed with file name, date and rows; removing it takes exactly its answers after a confirmation and a backup', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId, instrumentId } = await capture.engagementWithInstrument(
    'test/fixtures/samples/mini-scan.instrument.json',
  );
  const file = {
    fileName: 'dutch-excel-forms-export.csv',
    bytes: { $bytes: readFileSync(DUTCH_EXCEL_CSV).toString('base64') },
  };
  const analysis = (await capture.api('import.analyse', { engagementId, instrumentId, file }))
    .value as { mapping: unknown };
  const imported = (
    await capture.api('import.commit', {
      engagementId,
      instrumentId,
      file,
      mapping: analysis.mapping,
    })
  ).value as { imported: number };
  const engagement = (await capture.api('engagements.get', { id: engagementId })).value as {
    groups: { id: number }[];
  };
  await capture.api('respondents.save', {
    engagementId,
    instrumentId,
    code: 'R900',
    groupId: engagement.groups[0]!.id,
    answers: { KK1: 4 },
  });

  await capture.open(engagementId, 'batches');
  const rows = page.getByTestId('batch-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('dutch-excel-forms-export.csv');
  await expect(rows).toContainText('Import');
  await expect(rows.getByRole('cell').nth(3)).toHaveText(String(imported.imported));

  await rows.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: /dutch-excel-forms-export\.csv/ });
  await expect(dialog).toContainText('Klantspiegel maakt eerst een back-up');
  await dialog.getByRole('button', { name: `${imported.imported} antwoorden verwijderen` }).click();
  await expect(page.getByRole('status')).toContainText(
    `${imported.imported} antwoorden verwijderd`,
  );
  await expect(rows).toHaveCount(0);

  const left = (await capture.api('respondents.list', { engagementId, instrumentId })).value as {
    code: string;
  }[];
  expect(left.map((respondent) => respondent.code)).toEqual(['R900']);
  const backups = (await capture.api('backups.list', {})).value as {
    backups: { reason: string }[];
  };
  expect(backups.backups.map((backup) => backup.reason)).toContain('pre-removal');
});

test('paper: a pre-numbered questionnaire and a printable interview guide download as Word files', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId } = await capture.engagementWithInstrument(PAPER_FORM);
  await capture.open(engagementId, 'paper');
  await page.getByLabel('Aantal formulieren voor Productie').fill('2');
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: '2 formulieren downloaden (.docx)' }).click();
  const download = await started;
  expect(download.suggestedFilename()).toBe('Vragenlijst Papieren formulier v1 (nl).docx');
  const text = docxText(await download.path());
  expect(text).toContain('Formulier P001');
  expect(text).toContain('Formulier P002');
  expect(text).toContain('We weten waarom klanten voor ons kiezen.');

  const interviews = new InterviewPages(page);
  await interviews.openTab();
  await interviews.openSubview('Gespreksleidraden');
  const guide = page.getByTestId('guide-item').filter({ hasText: 'Klantinterview' });
  const guideDownload = page.waitForEvent('download');
  await guide.getByRole('button', { name: 'Afdrukken EN (.docx)' }).click();
  const guideFile = await guideDownload;
  expect(guideFile.suggestedFilename()).toMatch(
    /^Interview guide Customer interview.*\(en\)\.docx$/,
  );
  expect(docxText(await guideFile.path())).toContain('Notes');
});
