import { readFileSync } from 'node:fs';
import type { Engagement } from '@shared/engagements/model';
import { test, expect } from './support/fixtures';
import { GapsPage } from './pages/gaps';
import { HostApi } from './pages/questionnaire-results';
import { MINI_SCAN } from './pages/questionnaire-capture';

test('the sample engagement shows the kitchen-versus-floor gap and keeps a small group out', async ({
  page,
  host,
}) => {
  const gaps = new GapsPage(page);
  await page.goto(host.url);
  await gaps.openOnSampleEngagement();

  // The largest gap: production rates collaboration or knowledge sharing far higher than sales.
  await expect(gaps.largestGaps()).toHaveCount(5);
  await expect(gaps.largestGaps().first()).toHaveText(
    /^Productie scoort '(Samenwerking productie en verkoop|Klantkennis delen)' \d,\d\d punt hoger dan Verkoop \/ Commercie \((\d,\d\d) tegen (\d,\d\d)\)\./,
  );
  await expect(gaps.largestGaps().first()).toContainText('Opvallend');
  // The difference shown is the difference of the two means shown next to it.
  const sentence = await gaps.largestGaps().first().innerText();
  const [, diff, high, low] = /(\d,\d\d) punt .*\((\d,\d\d) tegen (\d,\d\d)\)/.exec(sentence)!;
  const number = (text: string) => Number(text.replace(',', '.'));
  expect(number(high!) - number(low!)).toBeCloseTo(number(diff!), 10);

  // Management has fewer respondents than the anonymity threshold: not comparable, and it says why.
  await expect(gaps.groupCheckbox('Management')).toBeDisabled();
  await expect(gaps.group('Management')).toContainText(
    'Niet getoond: minder dan 5 respondenten (anonimiteitsdrempel).',
  );
  await expect(gaps.group('Productie')).toContainText('14 respondenten');
  const heatmapRows = await gaps.chartRowHeaders('Groepen × dimensies');
  expect(heatmapRows).toEqual([
    'Productie',
    'Verkoop / Commercie',
    'Klanten',
    'Gemiddelde van de groepen',
  ]);
  await expect(page.getByRole('main').getByText('Management', { exact: true })).toHaveCount(1);

  // Staff and customers answered different versions: compared on the statements they share.
  await expect(page.getByTestId('gaps-basis')).toContainText(
    '31 stellingen die aan elkaar gekoppeld',
  );

  // All differences, largest first, with effect sizes and the notable flag.
  await gaps.openView('Alle verschillen');
  const first = gaps.gapTableRows().first();
  await expect(first.getByRole('rowheader')).toHaveText(
    /Samenwerking productie en verkoop|Klantkennis delen/,
  );
  await expect(first).toContainText('Productie vs. Verkoop / Commercie');
  await expect(first).toContainText('Opvallend');
  await expect(page.getByTestId('gaps-thresholds')).toContainText('1,33 punt');

  // Customers see acting on feedback less positively than production does: a blind spot.
  await gaps.openView('Blinde vlekken');
  await expect(gaps.chart('Verschil met Klanten per dimensie')).toBeVisible();
  await expect(page.getByTestId('blind-spot-table').getByText('Blinde vlek').first()).toBeVisible();

  // The shared picture of needs and the customers' Importance–Performance grid.
  await gaps.openView('Klantbehoeften');
  await expect(page.getByTestId('needs-ranking').getByRole('columnheader')).toHaveText([
    'Klantbehoefte',
    'Productie',
    'Verkoop / Commercie',
    'Klanten',
    'Rangverschil',
  ]);
  await expect(page.getByTestId('needs-correlations')).toBeVisible();
  const ipa = gaps.chart('Belang en prestatie volgens Klanten');
  await expect(ipa.getByText('Hier concentreren')).toBeVisible();
  await expect(ipa.getByText('Zo doorgaan')).toBeVisible();
  await expect(ipa.getByText('Lage prioriteit')).toBeVisible();
  await expect(ipa.getByText('Mogelijk te veel van het goede')).toBeVisible();
  // The cut-offs are stated, in the words the report prints under the same grid.
  await expect(page.getByTestId('ipa-cut-offs')).toHaveText(
    /^Scheidslijnen op het gemiddelde van de behoeften: belang \d,\d\d, prestatie \d,\d\d\.$/,
  );
});

test('choosing groups changes the comparison; one group is not enough', async ({ page, host }) => {
  const gaps = new GapsPage(page);
  await page.goto(host.url);
  await gaps.openOnSampleEngagement();
  await expect(gaps.largestGaps()).toHaveCount(5);

  // Without the customers, the staff groups are compared on every statement of their own version.
  await gaps.groupCheckbox('Klanten').uncheck();
  await expect(page.getByTestId('gaps-basis')).toHaveCount(0);
  await expect(gaps.largestGaps().first()).toContainText('hoger dan Verkoop / Commercie');
  await gaps.openView('Blinde vlekken');
  await expect(
    page.getByText('Vink ook de klantgroep aan om blinde vlekken en verborgen sterktes te zien.'),
  ).toBeVisible();

  await gaps.groupCheckbox('Verkoop / Commercie').uncheck();
  await expect(page.getByText('Kies minstens twee groepen om te vergelijken.')).toBeVisible();

  // Back to production against the customers only.
  await gaps.groupCheckbox('Klanten').check();
  await gaps.openView('Blinde vlekken');
  await expect(gaps.chart('Verschil met Klanten per dimensie')).toBeVisible();
});

test('two different questionnaires in one engagement are kept apart', async ({
  page,
  host,
  request,
}) => {
  const api = new HostApi(request, host);
  const sample = await api.call<Engagement>('engagements.createSample', { language: 'nl' });
  const miniScan = await api.call<{ id: number }>('instruments.importFile', {
    fileName: 'mini-scan.instrument.json',
    bytes: { $bytes: readFileSync(MINI_SCAN).toString('base64') },
  });
  const { instrument } = await api.call<{ instrument: { items: { code: string }[] } }>(
    'instruments.get',
    { id: miniScan.id },
  );
  // The mini-scan reuses the scan's statement codes (KK1, SW1, …): codes alone must not link them.
  expect(instrument.items.map((item) => item.code)).toContain('KK1');

  const answerAll = async (
    engagement: Engagement,
    groupName: string,
    count: number,
    base: number,
  ) => {
    await api.call('questionnaire.attach', {
      engagementId: engagement.id,
      instrumentId: miniScan.id,
    });
    const groupId = engagement.groups.find((group) => group.name === groupName)!.id;
    for (let index = 0; index < count; index += 1) {
      await api.call('respondents.save', {
        engagementId: engagement.id,
        instrumentId: miniScan.id,
        code: `${groupName.slice(0, 1)}-mini-${index + 1}`,
        groupId,
        answers: Object.fromEntries(
          instrument.items.map((item, itemIndex) => [item.code, base + ((index + itemIndex) % 2)]),
        ),
      });
    }
  };
  await answerAll(sample, 'Productie', 6, 4);
  await answerAll(sample, 'Verkoop / Commercie', 5, 1);
  // Another client answered the same mini-scan: its respondents are not this engagement's.
  const other = await api.call<Engagement>('engagements.create', {
    clientName: 'Ander bedrijf',
    language: 'nl',
    groups: [{ name: 'Productie', kind: 'department' }],
  });
  await answerAll(other, 'Productie', 7, 3);

  // The questionnaire picker counts this engagement's respondents only.
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/engagements/${sample.id}/questionnaire`);
  await expect(
    page.getByRole('combobox', { name: 'Instrument', exact: true }).locator('option'),
  ).toHaveText([
    'Klantgerichtheidsscan (v1) — 30 respondenten',
    'Klantgerichtheidsscan – klantversie (v1) — 15 respondenten',
    'Mini-scan klantgerichtheid (v1) — 11 respondenten',
  ]);

  // The Kloof tab compares within one family at a time and says which.
  const gaps = new GapsPage(page);
  await gaps.open();
  const family = page.getByTestId('gaps-family');
  // Each family counts the respondents it may show: the scan's 45 without management's four.
  await expect(family.locator('option')).toHaveText([
    /^Klantgerichtheidsscan — 41 respondenten$/,
    /^Mini-scan klantgerichtheid — 11 respondenten$/,
  ]);
  await expect(page.getByTestId('gaps-family-note')).toContainText(
    'Vergeleken binnen Klantgerichtheidsscan',
  );
  // The scan's groups keep their own respondents: the mini-scan answers are not mixed in.
  await expect(gaps.group('Productie')).toContainText('14 respondenten');
  await expect(page.getByTestId('gaps-basis')).toContainText('31 stellingen');

  await family.selectOption({ index: 1 });
  await expect(page.getByTestId('gaps-family-note')).toContainText(
    'Vergeleken binnen Mini-scan klantgerichtheid',
  );
  await expect(page.getByTestId('gaps-family-note')).toContainText(
    'Andere vragenlijsten van deze opdracht tellen hier niet mee.',
  );
  await expect(gaps.group('Productie')).toContainText('6 respondenten');
  await expect(gaps.group('Verkoop / Commercie')).toContainText('5 respondenten');
  // Staff only on one version: no linked basis, and no customers to compare with.
  await expect(page.getByTestId('gaps-basis')).toHaveCount(0);
  await expect(gaps.groupCheckbox('Klanten')).toBeDisabled();
  const heatmapRows = await gaps.chartRowHeaders('Groepen × dimensies');
  expect(heatmapRows).toEqual(['Productie', 'Verkoop / Commercie', 'Gemiddelde van de groepen']);
  const columns = await gaps
    .chart('Groepen × dimensies')
    .getByRole('table')
    .getByRole('columnheader')
    .allInnerTexts();
  expect(columns).toContain('Klantkennis');
  expect(columns).not.toContain('Klantkennis delen');
  await expect(gaps.largestGaps().first()).toContainText('hoger dan Verkoop / Commercie');
});
