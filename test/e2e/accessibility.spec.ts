import { test, expect } from './support/fixtures';
import { expectAccessible } from './support/accessibility';

/** Every screen of the app, with the sample engagement's data in it, in Dutch and English. */
const ENGAGEMENT_SCREENS = [
  '',
  '/questionnaire/entry',
  '/questionnaire/import',
  '/questionnaire/kiosk',
  '/questionnaire/results',
  '/interviews',
  '/interviews/quotes',
  '/interviews/overview',
  '/interviews/memos',
  '/interviews/search',
  '/gaps/overview',
  '/gaps/details',
  '/gaps/customers',
  '/gaps/needs',
  '/report',
  '/archive',
];

const APP_SCREENS = [
  '#/',
  '#/engagements/new',
  '#/data',
  '#/library',
  '#/library/guides',
  '#/library/guides/shipped:klantinterview',
  '#/library/tips',
  '#/library/norms',
  '#/library/house-style',
];

test('every screen passes an axe-core scan without serious or critical violations', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Voorbeeldopdracht maken' }).click();
  await expect(page).toHaveURL(/#\/engagements\/\d+/);
  const id = /#\/engagements\/(\d+)/.exec(page.url())![1];
  const firstInterview = async () => {
    await page.goto(`${host.origin}/#/engagements/${id}/interviews`);
    return page.getByTestId('interview-row').first().getByRole('link').getAttribute('href');
  };
  const interview = await firstInterview();
  const screens = [
    ...APP_SCREENS,
    ...ENGAGEMENT_SCREENS.map((path) => `#/engagements/${id}${path}`),
    interview!,
  ];

  for (const language of ['Nederlands', 'English']) {
    await page.getByRole('combobox', { name: /Taal|Language/ }).selectOption({ label: language });
    for (const screen of screens) {
      await page.goto(`${host.origin}/${screen}`);
      await expect(page.locator('main')).not.toContainText(/Laden…|Loading…/);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `${screen} (${language})`);
    }
  }

  // A dialog open over a screen, and the chart views as tables.
  await page.goto(`${host.origin}/#/engagements/${id}`);
  await page.getByRole('button', { name: /Opdracht verwijderen|Delete engagement/ }).click();
  await expectAccessible(page, 'delete dialog');
  await page.keyboard.press('Escape');
  await page.goto(`${host.origin}/#/engagements/${id}/questionnaire/results`);
  await page
    .getByRole('button', { name: /Toon als tabel|Show as table/ })
    .first()
    .click();
  await expectAccessible(page, 'results with a chart as a table');
});
