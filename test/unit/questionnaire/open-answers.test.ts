import { describe, expect, it } from 'vitest';
import type { OpenAnswerItem } from '@shared/questionnaire/open-answers';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

const QUESTION =
  'Wat zou onze organisatie als eerste moeten verbeteren om klanten beter te helpen?';

/** A survey export with the open question as a free-text column, headed by its question text. */
function exportFile(rows: [group: string, answer: string][]) {
  const lines = [`Id;Afdeling;KK1;${QUESTION}`];
  rows.forEach(([group, answer], index) => lines.push(`R${index + 1};${group};4;${answer}`));
  return { fileName: 'export.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

/**
 * Productie (6) and Verkoop (5) reach the default threshold of 5; Directie (2) and, when asked,
 * Inkoop (3) do not — together they do.
 */
async function engagementWithOpenAnswers(withPurchasing: boolean) {
  const workspace = tempWorkspace();
  const { call } = testDispatcher(workspace);
  const engagement = await call('engagements.create', {
    clientName: 'Metaal BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop', kind: 'department' },
      { name: 'Directie', kind: 'management' },
      { name: 'Inkoop', kind: 'department' },
    ],
  });
  const instrumentId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  await call('questionnaire.attach', { engagementId: engagement.id, instrumentId });
  const rows: [string, string][] = [
    ...Array.from({ length: 6 }, (_, r): [string, string] => ['Productie', `Levertijd ${r + 1}`]),
    ...Array.from({ length: 5 }, (_, r): [string, string] => ['Verkoop', `Offertes ${r + 1}`]),
    ['Directie', 'Strategie helder maken'],
    ['Directie', 'Minder vergaderen'],
    ...(withPurchasing
      ? Array.from({ length: 3 }, (_, r): [string, string] => ['Inkoop', `Leveranciers ${r + 1}`])
      : []),
  ];
  const file = exportFile(rows);
  const analysis = await call('import.analyse', {
    engagementId: engagement.id,
    instrumentId,
    file,
  });
  // The free-text column is recognised as the open question by its text.
  expect(analysis.mapping.columns.find((column) => column.header === QUESTION)?.target).toEqual({
    kind: 'item',
    itemCode: 'OPEN_IMPROVE',
  });
  expect(analysis.preview.canImport).toBe(true);
  await call('import.commit', {
    engagementId: engagement.id,
    instrumentId,
    file,
    mapping: analysis.mapping,
  });
  const group = (name: string) => engagement.groups.find((g) => g.name === name)!.id;
  return { workspace, call, engagement, group };
}

const texts = (answers: readonly OpenAnswerItem[]) => answers.map((answer) => answer.text);

describe('open answers', () => {
  it('are listed per question and group; small groups only pooled when together large enough', async () => {
    const { call, engagement, group } = await engagementWithOpenAnswers(true);
    const view = await call('openAnswers.list', { engagementId: engagement.id });
    const improve = view.questions.find((question) => question.itemCode === 'OPEN_IMPROVE')!;
    expect(improve.text.nl).toBe(QUESTION);
    expect(improve.blocks.map((block) => block.groupId)).toEqual([
      group('Productie'),
      group('Verkoop'),
      null,
    ]);
    expect(texts(improve.blocks[0]!.answers)).toHaveLength(6);
    expect(texts(improve.blocks[1]!.answers)).toEqual([1, 2, 3, 4, 5].map((n) => `Offertes ${n}`));
    // Directie (2) and Inkoop (3) together reach 5: listed as "other groups", named by neither.
    expect(texts(improve.blocks[2]!.answers)).toEqual([
      'Strategie helder maken',
      'Minder vergaderen',
      'Leveranciers 1',
      'Leveranciers 2',
      'Leveranciers 3',
    ]);
    expect(improve.withheld).toBe(false);
    // The other open question was not in the file: no answers, nothing withheld.
    expect(view.questions.find((question) => question.itemCode === 'OPEN_EXAMPLE')).toMatchObject({
      blocks: [],
      withheld: false,
    });
  });

  it('of a single small group are not listed and not found by the search', async () => {
    const { call, engagement, group } = await engagementWithOpenAnswers(false);
    const view = await call('openAnswers.list', { engagementId: engagement.id });
    const improve = view.questions.find((question) => question.itemCode === 'OPEN_IMPROVE')!;
    expect(improve.blocks.map((block) => block.groupId)).toEqual([
      group('Productie'),
      group('Verkoop'),
    ]);
    expect(improve.withheld).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/Strategie|vergaderen/);
    const search = (query: string) =>
      call('interviews.search', { query, engagementId: engagement.id });
    expect((await search('strategie')).hits).toEqual([]);
    expect((await search('vergaderen')).hits).toEqual([]);
  });

  it('are found by the interview search under their group, or as other groups together', async () => {
    const { call, engagement } = await engagementWithOpenAnswers(true);
    const search = async (query: string) =>
      (
        await call('interviews.search', {
          query,
          engagementId: engagement.id,
        })
      ).hits;
    const [offer] = await search('offertes');
    expect(offer).toMatchObject({
      source: 'openAnswer',
      interviewId: null,
      interviewLabel: 'Verkoop',
      sectionKey: 'OPEN_IMPROVE',
      sectionLabel: QUESTION,
    });
    expect((await search('offertes')).length).toBe(5);
    const pooled = await search('strategie');
    expect(pooled).toHaveLength(1);
    expect(pooled[0]!.interviewLabel).toBe('Overige groepen samen');
  });

  it('are tagged with the codebook’s themes and chosen as quotes for the report', async () => {
    const { workspace, call, engagement } = await engagementWithOpenAnswers(true);
    const theme = workspace.interviews.themes
      .save(engagement.id, {
        name: 'Levertijd',
        colour: '#0072B2',
        parentId: null,
        description: '',
        dimensions: [],
      })
      .find((candidate) => candidate.name === 'Levertijd')!;
    const list = () => call('openAnswers.list', { engagementId: engagement.id });
    const answer = (await list()).questions[0]!.blocks[0]!.answers[0]!;
    expect(
      await call('openAnswers.setThemes', {
        engagementId: engagement.id,
        id: answer.id,
        themeIds: [theme.id],
      }),
    ).toMatchObject({ id: answer.id, themeIds: [theme.id] });
    await call('openAnswers.setQuoted', {
      engagementId: engagement.id,
      id: answer.id,
      quoted: true,
    });
    expect((await list()).questions[0]!.blocks[0]!.answers[0]).toMatchObject({
      id: answer.id,
      themeIds: [theme.id],
      quoted: true,
    });
    expect(workspace.openAnswers.quoted(engagement.id).map((quote) => quote.id)).toEqual([
      answer.id,
    ]);
  });
});
