import { describe, expect, it } from 'vitest';
import { tempWorkspace } from '@test/support/temp-workspace';
import type { SearchHit } from '@shared/ipc/interviews';
import {
  buildMatchExpression,
  dutchStem,
  parseSearchQuery,
  parseSnippet,
} from '@shared/interviews';
import { testDispatcher } from '@test/support/dispatcher';
import { createEngagement, doc } from './helpers';

async function setUp() {
  const workspace = tempWorkspace();
  const { call } = testDispatcher(workspace);
  const kroon = createEngagement(workspace, 'De Kroon');
  const zuivel = createEngagement(workspace, 'Zuivel Noord');
  const interview = async (engagementId: number, notes: Record<string, string>) => {
    const created = await call('interviews.create', {
      engagementId,
      kind: 'customer-interview',
      guideRef: 'shipped:klantinterview',
      intervieweeRole: 'Inkoper',
      organisation: 'machinebouwer',
    });
    for (const [sectionKey, text] of Object.entries(notes)) {
      await call('interviews.notes.save', { interviewId: created.id, sectionKey, doc: doc(text) });
    }
    return created;
  };
  const first = await interview(kroon.id, {
    'q:frustraties':
      'We spraken af in het café naast de fabriek. De afspraken over levertijden worden niet nagekomen.',
    free: 'Hij noemde drie klanten die al zijn overgestapt.',
  });
  await interview(zuivel.id, {
    free: 'De afspraak met de planner was duidelijk: elke week een belletje.',
  });
  const search = async (query: string, engagementId: number | null = null) =>
    (await call('interviews.search', { query, engagementId })).hits;
  return { workspace, call, kroon, zuivel, first, search };
}

const highlighted = (hit: SearchHit) =>
  hit.snippet.filter((part) => part.hit).map((part) => part.text.toLowerCase());

describe('full-text search over notes and quotes', () => {
  it('ignores accents: "cafe" finds "café" and highlights it as written', async () => {
    const { search } = await setUp();
    const [hit] = await search('CAFE');
    expect(hit).toMatchObject({
      source: 'note',
      engagementName: 'De Kroon',
      interviewLabel: 'Inkoper, machinebouwer',
      sectionKey: 'q:frustraties',
      sectionLabel: 'Wat frustreert u in het werken met deze leverancier?',
    });
    expect(highlighted(hit!)).toEqual(['café']);
    expect(hit!.snippet.map((part) => part.text).join('')).toContain('in het café naast');
  });

  it('finds Dutch word forms both ways: afspraak ↔ afspraken, klant → klanten', async () => {
    const { search } = await setUp();
    const afspraak = await search('afspraak');
    expect(afspraak.map((hit) => hit.engagementName).sort()).toEqual(['De Kroon', 'Zuivel Noord']);
    expect(afspraak.flatMap(highlighted).sort()).toEqual(['afspraak', 'afspraken']);
    const afspraken = await search('afspraken');
    expect(afspraken).toHaveLength(2);
    expect((await search('klant')).flatMap(highlighted)).toEqual(['klanten']);
    // Every word must occur (in any form).
    expect(await search('afspraak belletje')).toHaveLength(1);
    expect(await search('afspraak ontbreekt')).toHaveLength(0);
  });

  it('searches within one engagement or across all of them', async () => {
    const { search, kroon, zuivel } = await setUp();
    expect((await search('afspraak', kroon.id)).map((hit) => hit.engagementId)).toEqual([kroon.id]);
    expect((await search('afspraak', zuivel.id)).map((hit) => hit.engagementId)).toEqual([
      zuivel.id,
    ]);
  });

  it('finds quotes too, and follows edits and deletions', async () => {
    const { call, search, first } = await setUp();
    const quote = await call('interviews.quotes.create', {
      interviewId: first.id,
      sectionKey: 'q:frustraties',
      text: 'De afspraken over levertijden worden niet nagekomen.',
    });
    const sources = (await search('levertijd')).map((hit) => hit.source).sort();
    expect(sources).toEqual(['note', 'quote']);
    await call('interviews.quotes.update', { id: quote.id, text: 'Niets over tijden.' });
    expect((await search('levertijden')).map((hit) => hit.source)).toEqual(['note']);
    await call('interviews.notes.save', {
      interviewId: first.id,
      sectionKey: 'q:frustraties',
      doc: doc('Alles is nu anders opgeschreven.'),
    });
    expect(await search('levertijden')).toEqual([]);
    expect(await search('opgeschreven')).toHaveLength(1);
    await call('interviews.delete', { id: first.id });
    expect(await search('opgeschreven')).toEqual([]);
    expect(await search('tijden')).toEqual([]);
  });

  it('treats FTS5 syntax in the query as plain words', async () => {
    const { search } = await setUp();
    const hostile = [
      '"',
      'café"',
      'afspraak OR',
      'NOT afspraak',
      'afspraak AND',
      'NEAR(afspraak',
      'plain_text:afspraak',
      '*',
      '^afspraak',
      '-afspraak',
      '(afspraak',
      'afspraak)',
      "'; DROP TABLE interviews; --",
      '{plain_text}: x',
      '\u0002afspraak\u0003',
    ];
    for (const query of hostile) {
      await expect(search(query), query).resolves.toBeInstanceOf(Array);
    }
    expect(await search('NEAR(afspraak')).toHaveLength(0);
    expect((await search('-afspraak')).length).toBe(2);
    expect(await search('"')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });

  it('matches a quoted phrase as a sequence of words', async () => {
    const { search } = await setUp();
    expect(await search('"drie klanten"')).toHaveLength(1);
    expect(await search('"klanten drie"')).toHaveLength(0);
  });
});

describe('search query building', () => {
  it('quotes every word and adds a prefix star, so nothing typed becomes syntax', () => {
    const parsed = parseSearchQuery('Café OR "levertijd te laat" x');
    expect(parsed).toEqual({
      terms: [
        { word: 'cafe', forms: [] },
        { word: 'or', forms: [] },
        { word: 'x', forms: [] },
      ],
      phrases: [['levertijd', 'te', 'laat']],
    });
    parsed.terms[0]!.forms = ['cafes'];
    expect(buildMatchExpression(parsed)).toBe(
      '("cafe"* OR "cafes") AND "or"* AND "x" AND "levertijd te laat"',
    );
  });

  it('stems Dutch words after Snowball', () => {
    const pairs: [string, string][] = [
      ['klanten', 'klant'],
      ['afspraken', 'afsprak'],
      ['afspraak', 'afsprak'],
      ['gesprekken', 'gesprek'],
      ['leveringen', 'lever'],
      ['mogelijkheden', 'mogelijk'],
      ['vriendelijke', 'vriendelijk'],
    ];
    for (const [word, stem] of pairs) expect(dutchStem(word), word).toBe(stem);
  });

  it('splits snippets into plain and highlighted parts', () => {
    expect(parseSnippet('de \u0002afspraken\u0003 over \u0002levertijden\u0003…')).toEqual([
      { text: 'de ', hit: false },
      { text: 'afspraken', hit: true },
      { text: ' over ', hit: false },
      { text: 'levertijden', hit: true },
      { text: '…', hit: false },
    ]);
  });
});
