import { test, expect } from './support/fixtures';
import { GapsPage } from './pages/gaps';

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
    /^Productie scoort '(Samenwerking productie en verkoop|Klantkennis delen)' \d,\d punt hoger dan Verkoop \/ Commercie\./,
  );
  await expect(gaps.largestGaps().first().locator('..')).toContainText('Opvallend');

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
  await expect(page.getByTestId('gaps-basis')).toContainText('31 stellingen');

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
  await expect(ipa.getByText('Concentreer je hierop')).toBeVisible();
  await expect(ipa.getByText('Goed zo, vasthouden')).toBeVisible();
  await expect(ipa.getByText('Lage prioriteit')).toBeVisible();
  await expect(ipa.getByText('Mogelijk te veel van het goede')).toBeVisible();
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
