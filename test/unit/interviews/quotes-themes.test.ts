import { describe, expect, it } from 'vitest';
import { tempWorkspace } from '@test/support/temp-workspace';
import { themeGroupMatrix } from '@shared/interviews/themes';
import { testDispatcher } from '@test/support/dispatcher';
import { createEngagement } from './helpers';

async function setUp() {
  const workspace = tempWorkspace();
  const engagement = createEngagement(workspace);
  const { call, fail } = testDispatcher(workspace);
  const [production, , customers] = engagement.groups;
  const customer = await call('interviews.create', {
    engagementId: engagement.id,
    kind: 'client-reflection',
    groupId: customers!.id,
    organisation: 'productiebedrijf',
    intervieweeName: 'Ingrid Bos',
  });
  const planner = await call('interviews.create', {
    engagementId: engagement.id,
    kind: 'internal-interview',
    groupId: production!.id,
    intervieweeRole: 'Werkvoorbereider',
  });
  return { workspace, engagement, call, fail, customer, planner };
}

describe('quotes', () => {
  it('are attributed anonymously, with the name only where the interview allows it', async () => {
    const { call, customer, planner } = await setUp();
    const quote = await call('interviews.quotes.create', {
      interviewId: customer.id,
      sectionKey: 'free',
      text: '  Ik hoor het   pas als ik zelf bel. ',
    });
    expect(quote).toMatchObject({
      text: 'Ik hoor het pas als ik zelf bel.',
      attribution: 'Klant, productiebedrijf',
      themeIds: [],
    });
    const staff = await call('interviews.quotes.create', {
      interviewId: planner.id,
      sectionKey: 'free',
      text: 'Verkoop belooft te veel.',
    });
    expect(staff.attribution).toBe('Werkvoorbereider');

    await call('interviews.update', { id: customer.id, nameMayBeShown: true });
    const [named] = await call('interviews.quotes.list', { engagementId: customer.engagementId });
    expect(named!.attribution).toBe('Ingrid Bos (Klant, productiebedrijf)');
    await call('interviews.update', {
      id: customer.id,
      intervieweeRole: 'Inkoper',
      nameMayBeShown: false,
    });
    const [renamed] = await call('interviews.quotes.list', { engagementId: customer.engagementId });
    expect(renamed!.attribution).toBe('Inkoper, productiebedrijf');
  });

  it('take themes of their own engagement only, and can be edited and deleted', async () => {
    const { workspace, engagement, call, fail, customer } = await setUp();
    const other = createEngagement(workspace, 'Ander bedrijf');
    const [foreign] = await call('interviews.themes.save', {
      engagementId: other.id,
      theme: { name: 'Vreemd', colour: '#E69F00' },
    });
    const [levering] = await call('interviews.themes.save', {
      engagementId: engagement.id,
      theme: { name: 'Levering', colour: '#0072B2' },
    });
    const quote = await call('interviews.quotes.create', {
      interviewId: customer.id,
      sectionKey: 'free',
      text: 'Te laat',
      themeIds: [levering!.id],
    });
    expect(
      await fail('interviews.quotes.update', { id: quote.id, themeIds: [foreign!.id] }),
    ).toMatchObject({ key: 'errors.notFound', params: { what: 'theme' } });
    const edited = await call('interviews.quotes.update', { id: quote.id, text: 'Altijd te laat' });
    expect(edited).toMatchObject({ text: 'Altijd te laat', themeIds: [levering!.id] });
    await call('interviews.quotes.delete', { id: quote.id });
    expect(await call('interviews.quotes.list', { engagementId: engagement.id })).toEqual([]);
  });
});

describe('the codebook', () => {
  it('keeps two levels at most and unique names', async () => {
    const { engagement, call, fail } = await setUp();
    const save = (theme: Record<string, unknown>) =>
      call('interviews.themes.save', {
        engagementId: engagement.id,
        theme: { colour: '#0072B2', ...theme } as never,
      });
    const themes = await save({ name: 'Leverbetrouwbaarheid', dimensions: ['SW'] });
    const parent = themes[0]!;
    const withChild = await save({ name: 'Beloftes van verkoop', parentId: parent.id });
    const child = withChild.find((theme) => theme.parentId === parent.id)!;
    const tryTheme = (theme: Record<string, unknown>) =>
      fail('interviews.themes.save', {
        engagementId: engagement.id,
        theme: { colour: '#0072B2', ...theme },
      });
    expect(await tryTheme({ name: 'Kleinkind', parentId: child.id })).toMatchObject({
      key: 'interviews.themeParentNested',
    });
    expect(await tryTheme({ id: parent.id, name: parent.name, parentId: child.id })).toMatchObject({
      key: 'interviews.themeParentNested',
    });
    const other = (await save({ name: 'Communicatie' })).find(
      (theme) => theme.name === 'Communicatie',
    )!;
    expect(await tryTheme({ id: parent.id, name: parent.name, parentId: other.id })).toMatchObject({
      key: 'interviews.themeHasChildren',
    });
    expect(await tryTheme({ name: 'leverbetrouwbaarheid' })).toMatchObject({
      key: 'interviews.themeDuplicate',
    });
    expect(await tryTheme({ name: 'Kleur', colour: 'red' })).toMatchObject({
      key: 'errors.validation',
    });
    // Renaming is saving with the same id.
    const renamed = await save({ id: child.id, name: 'Toezeggingen', parentId: parent.id });
    expect(renamed.find((theme) => theme.id === child.id)?.name).toBe('Toezeggingen');
  });

  it('merges a theme into another: quotes move along, children follow, the source goes', async () => {
    const { engagement, call, customer, planner } = await setUp();
    const save = (name: string, parentId: number | null = null) =>
      call('interviews.themes.save', {
        engagementId: engagement.id,
        theme: { name, colour: '#009E73', parentId },
      });
    await save('Levering');
    await save('Levertijd');
    let themes = await save('Planning');
    const id = (name: string) => themes.find((theme) => theme.name === name)!.id;
    themes = await save('Spoedorders', id('Levertijd'));
    const q1 = await call('interviews.quotes.create', {
      interviewId: customer.id,
      sectionKey: 'free',
      text: 'Altijd later dan beloofd',
      themeIds: [id('Levertijd')],
    });
    const q2 = await call('interviews.quotes.create', {
      interviewId: planner.id,
      sectionKey: 'free',
      text: 'We horen het te laat',
      themeIds: [id('Levertijd'), id('Levering')],
    });
    const merged = await call('interviews.themes.merge', {
      engagementId: engagement.id,
      sourceId: id('Levertijd'),
      targetId: id('Levering'),
    });
    expect(merged.map((theme) => theme.name)).toEqual(['Levering', 'Planning', 'Spoedorders']);
    expect(merged.find((theme) => theme.name === 'Spoedorders')!.parentId).toBe(id('Levering'));
    const quotes = await call('interviews.quotes.list', { engagementId: engagement.id });
    expect(quotes.find((quote) => quote.id === q1.id)!.themeIds).toEqual([id('Levering')]);
    expect(quotes.find((quote) => quote.id === q2.id)!.themeIds).toEqual([id('Levering')]);

    // Deleting a parent makes its children main themes and removes it from quotes.
    const afterDelete = await call('interviews.themes.delete', {
      engagementId: engagement.id,
      id: id('Levering'),
    });
    expect(afterDelete.map((theme) => [theme.name, theme.parentId])).toEqual([
      ['Planning', null],
      ['Spoedorders', null],
    ]);
    const after = await call('interviews.quotes.list', { engagementId: engagement.id });
    expect(after.every((quote) => quote.themeIds.length === 0)).toBe(true);
  });

  it('counts quotes per theme and group, parents including their children', async () => {
    const { engagement, call, customer, planner } = await setUp();
    let themes = await call('interviews.themes.save', {
      engagementId: engagement.id,
      theme: { name: 'Samenwerking', colour: '#0072B2' },
    });
    themes = await call('interviews.themes.save', {
      engagementId: engagement.id,
      theme: { name: 'Beloftes', colour: '#E69F00', parentId: themes[0]!.id },
    });
    const [parent, child] = themes;
    for (const [interviewId, themeIds] of [
      [customer.id, [child!.id]],
      [planner.id, [child!.id]],
      [planner.id, [parent!.id, child!.id]],
    ] as const) {
      await call('interviews.quotes.create', {
        interviewId,
        sectionKey: 'free',
        text: 'Citaat',
        themeIds: [...themeIds],
      });
    }
    const quotes = await call('interviews.quotes.list', { engagementId: engagement.id });
    const matrix = themeGroupMatrix(
      quotes,
      themes,
      engagement.groups.map((group) => group.id),
    );
    // Columns: Productie, Verkoop, Klanten.
    expect(matrix.rows).toEqual([
      { themeId: parent!.id, counts: [2, 0, 1], total: 3 },
      { themeId: child!.id, counts: [2, 0, 1], total: 3 },
    ]);
  });
});
