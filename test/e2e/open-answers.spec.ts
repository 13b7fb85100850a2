import type { Engagement } from '@shared/engagements/model';
import type { Theme } from '@shared/interviews/model';
import type { OpenAnswersView } from '@shared/ipc/questionnaire';
import { test, expect } from './support/fixtures';
import { HostApi } from './pages/questionnaire-results';
import { InterviewPages } from './pages/interviews';

test('open answers: listed per question and group, never under a small group, tagged, quoted and found by the search', async ({
  page,
  host,
  request,
}) => {
  const api = new HostApi(request, host);
  const sample = await api.call<Engagement>('engagements.createSample', { language: 'nl' });
  const listed = await api.call<OpenAnswersView>('openAnswers.list', { engagementId: sample.id });
  const themes = await api.call<Theme[]>('interviews.themes.list', { engagementId: sample.id });
  // An answer of Productie that nobody coded yet, and a theme it does not have.
  const production = sample.groups.find((group) => group.name === 'Productie')!.id;
  const answer = listed.questions
    .flatMap((question) => question.blocks)
    .filter((block) => block.groupId === production)
    .flatMap((block) => block.answers)
    .find((candidate) => candidate.themeIds.length === 0 && !candidate.quoted)!;
  const theme = themes.find((candidate) => candidate.parentId === null)!;

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/engagements/${sample.id}/questionnaire`);
  await page.getByRole('link', { name: 'Open antwoorden', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Antwoorden op de open vragen' })).toBeVisible();

  // Every open question of both versions, each with its answers under the groups' names; the
  // sample's Management (4 respondents, below the threshold of 5) is never named.
  await expect(page.getByTestId('open-question')).toHaveCount(4);
  await expect(page.getByTestId('open-question').first()).toContainText('OPEN_IMPROVE');
  const groupHeadings = await page.getByTestId('open-answers-group').allInnerTexts();
  expect(groupHeadings.length).toBeGreaterThan(0);
  expect(new Set(groupHeadings)).toEqual(new Set(['Productie', 'Verkoop / Commercie', 'Klanten']));

  // Code the answer with a theme of the codebook and choose it as a quote for the report.
  const row = page.getByTestId('open-answer').filter({ hasText: answer.text }).first();
  await row.locator('summary', { hasText: "Thema's…" }).click();
  await row.getByRole('checkbox', { name: theme.name }).check();
  await row.getByRole('checkbox', { name: 'Citaat in het rapport' }).check();
  await expect
    .poll(async () => {
      const again = await api.call<OpenAnswersView>('openAnswers.list', {
        engagementId: sample.id,
      });
      const stored = again.questions
        .flatMap((question) => question.blocks.flatMap((block) => block.answers))
        .find((candidate) => candidate.id === answer.id);
      return { themeIds: stored?.themeIds, quoted: stored?.quoted };
    })
    .toEqual({ themeIds: [theme.id], quoted: true });
  await page.reload();
  const reloaded = page.getByTestId('open-answer').filter({ hasText: answer.text }).first();
  await expect(reloaded.getByRole('checkbox', { name: 'Citaat in het rapport' })).toBeChecked();

  // The filter narrows the list to answers with the words typed.
  const word = answer.text.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
  await page.getByLabel('Filter op woorden').fill(word);
  for (const text of await page.getByTestId('open-answer').locator('blockquote').allInnerTexts()) {
    expect(text.toLowerCase()).toContain(word.toLowerCase());
  }

  // The interview search finds the answer, under its group.
  const interviews = new InterviewPages(page);
  await interviews.openTab();
  await interviews.openSubview('Zoeken');
  await interviews.search(word);
  const hit = page
    .getByTestId('search-hit')
    .filter({ hasText: 'Open antwoord' })
    .filter({ hasText: 'Productie' })
    .first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toBeVisible();
});
