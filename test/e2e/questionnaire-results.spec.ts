import { test, expect } from './support/fixtures';
import { HostApi, ResultsPage } from './pages/questionnaire-results';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('the sample engagement’s results: dimensions per group, anonymity, table view, exports and benchmark', async ({
  page,
  host,
}) => {
  const results = new ResultsPage(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await results.open();

  // Every dimension has a mean, SD, n and index, in Dutch number format; production and sales
  // each have their own column.
  const knowledgeSharing = await results.dimensionRow('Klantkennis delen');
  // Columns: mean, its 95% confidence interval, SD, n, % favourable, index, then the groups.
  expect(knowledgeSharing[0]).toMatch(/^\d,\d\d$/);
  expect(knowledgeSharing[1]).toMatch(/^\[\d,\d\d; \d,\d\d\]$/);
  expect(knowledgeSharing[2]).toMatch(/^\d,\d\d$/);
  expect(knowledgeSharing[4]).toMatch(/^\d{1,3}%$/);
  expect(knowledgeSharing[5]).toMatch(/^\d{1,3},\d$/);
  const table = results.dimensionTable();
  await expect(table.getByRole('columnheader', { name: /^Productie/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^Verkoop/ })).toBeVisible();

  // Management has four respondents: below the threshold of five it is named, never shown.
  await expect(results.suppressedGroups().filter({ hasText: 'Management' })).toHaveText(
    'Management — te klein om apart te tonen (< 5)',
  );
  await expect(table.getByRole('columnheader', { name: /Management/ })).toHaveCount(0);
  await expect(page.getByLabel('Toon voor').locator('option')).not.toContainText(['Management']);
  const bars = results.chart('Gemiddelde per dimensie en groep');
  await expect(bars.locator('.chart-legend')).not.toContainText('Management');

  // Lowering the threshold to three (the minimum) shows management on its own.
  await results.setAnonymityThreshold(3);
  await expect(table.getByRole('columnheader', { name: /^Management/ })).toBeVisible();
  await expect(results.suppressedGroups().filter({ hasText: 'Management' })).toHaveCount(0);
  await results.setAnonymityThreshold(5);
  await expect(table.getByRole('columnheader', { name: /Management/ })).toHaveCount(0);

  // "Toon als tabel" swaps the chart for the same numbers as a table, and back.
  await expect(bars.locator('svg.recharts-surface').first()).toBeVisible();
  await bars.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(bars.getByRole('button', { name: 'Toon als tabel' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const barTable = bars.getByRole('table');
  await expect(barTable.getByRole('columnheader')).toHaveText([
    'Dimensie',
    'Totaal',
    'Productie',
    'Verkoop / Commercie',
  ]);
  await expect(barTable.getByRole('row').filter({ hasText: 'Klantkennis delen' })).toContainText(
    knowledgeSharing[0]!,
  );
  await expect(bars.locator('svg.recharts-surface')).toHaveCount(0);
  await bars.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(bars.getByRole('table')).toHaveCount(0);

  // Exports: a self-contained SVG with title and legend, and a PNG at twice the size.
  const svg = await results.download(bars, 'SVG downloaden');
  expect(svg.name).toMatch(/dimensions-bar\.svg$/);
  const markup = svg.bytes.toString('utf8');
  expect(markup).toContain('<title>Gemiddelde per dimensie en groep</title>');
  expect(markup).toContain('Verkoop / Commercie');
  expect(markup).toMatch(/fill:\s*rgb\(0, 114, 178\)/); // the first group's Okabe–Ito blue, inlined
  const png = await results.download(bars, 'PNG downloaden');
  expect(png.name).toMatch(/dimensions-bar\.png$/);
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(markup)?.[1]);
  expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);

  const radar = results.chart('Profiel van de groepen');
  await radar.getByRole('button', { name: 'Toon als tabel' }).click();
  await expect(radar.getByRole('columnheader')).toHaveText([
    'Dimensie',
    'Productie',
    'Verkoop / Commercie',
  ]);

  // Without a norm set there is no comparison; choosing the shipped one labels it illustrative.
  await results.chooseNormSet('Geen benchmark');
  await expect(page.getByTestId('no-norm-set')).toBeVisible();
  await expect(page.getByTestId('illustrative-label')).toHaveCount(0);
  await results.chooseNormSet(/^Illustratieve norm/);
  await expect(page.getByTestId('illustrative-label')).toHaveText(
    'Illustratief — geen landelijke cijfers',
  );
  const overallRow = page
    .getByTestId('benchmark-table')
    .getByRole('row')
    .filter({ hasText: 'Totaalindex' });
  await expect(overallRow.locator('td').nth(3)).toHaveText(/^[+−]\d,\d\d$/);
  await expect(overallRow.locator('td').nth(4)).toHaveText(/^\d{1,3}$/);

  // The firm benchmark waits for five closed engagements; tips cover the two weakest dimensions.
  await expect(page.getByTestId('firm-benchmark-pending')).toContainText(
    'minstens 5 nodig; nu zijn het er 0',
  );
  await expect(page.getByTestId('tip-dimension')).toHaveCount(2);
});

test('results show the exact figures of the entered responses; a group below the threshold is in no figure, not even the total', async ({
  page,
  host,
  request,
}) => {
  const api = new HostApi(request, host);
  const engagement = await api.call<{ id: number; groups: { id: number; name: string }[] }>(
    'engagements.create',
    {
      clientName: 'Drukkerij Jansen',
      language: 'nl',
      groups: [
        { name: 'Werkplaats', kind: 'department' },
        { name: 'Directie', kind: 'management' },
      ],
    },
  );
  const instrumentId = await api.instrumentId('klantgerichtheidsscan');
  await api.call('questionnaire.attach', { engagementId: engagement.id, instrumentId });
  const results = new ResultsPage(page);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Drukkerij Jansen' }).click();
  await results.open();
  await expect(page.getByText('Er zijn nog geen antwoorden voor dit instrument.')).toBeVisible();

  // Five people in the workshop and two directors answer the "knowing the customer" items. KK3
  // is reverse-coded, so its answer is mirrored to give every respondent one clear score.
  const [workshop, board] = engagement.groups;
  const answer = (value: number) => ({
    KK1: value,
    KK2: value,
    KK3: 6 - value,
    KK4: value,
    KK5: value,
  });
  const respondents = [
    ...[2, 3, 4, 4, 5].map((value) => ({ groupId: workshop!.id, value })),
    ...[1, 1].map((value) => ({ groupId: board!.id, value })),
  ];
  for (const [index, { groupId, value }] of respondents.entries()) {
    await api.call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: `R${index + 1}`,
      groupId,
      answers: answer(value),
    });
  }
  await page.reload();

  // The two directors are below the threshold and, alone, too few for a pooled block: the total
  // holds the workshop only, or it would give the directors' answers away by subtraction.
  // Workshop: mean (2+3+4+4+5)/5 = 3,60, SD 1,14, 95% CI 3,60 ± 2,776 × 1,14/√5 = [2,18; 5,02],
  // favourable (4 or 5) 3 of 5 = 60%, index (3,60−1)/4 = 65,0.
  expect(await results.dimensionRow('Klantkennis')).toEqual([
    '3,60',
    '[2,18; 5,02]',
    '1,14',
    '5',
    '60%',
    '65,0',
    '3,60\n[2,18; 5,02] · 60%',
  ]);
  expect((await results.dimensionRow('Klantkennis delen'))[0]).toBe('–');
  await expect(results.suppressedGroups()).toHaveText([
    'Directie — te klein om apart te tonen (< 5)',
  ]);
  await expect(page.getByTestId('respondent-count')).toHaveText('5');

  // The item table counts the shown answers after recoding: KK3's answers mirror back to 1…5.
  const kk3 = page.getByTestId('item-table').getByRole('row').filter({ hasText: 'KK3' });
  await expect(kk3.locator('td').nth(2)).toHaveText('5');
  await expect(kk3.locator('td').nth(3)).toHaveText('3,60');
  await expect(kk3.locator('td').nth(5)).toHaveText('60%');
  await expect(kk3.getByRole('img')).toHaveAttribute(
    'aria-label',
    '1 Helemaal mee oneens: 0 (0%); 2 Mee oneens: 1 (20%); 3 Neutraal: 1 (20%); 4 Mee eens: 2 (40%); 5 Helemaal mee eens: 1 (20%)',
  );
  await page.getByLabel('Toon voor').selectOption({ label: 'Werkplaats' });
  await expect(kk3.locator('td').nth(3)).toHaveText('3,60');
});
