import { describe, expect, it } from 'vitest';
import type { NoteDoc } from '@shared/interviews/note-doc';
import { noteText } from '@shared/interviews/note-text';
import { exportArchive, importArchive } from '@main/core/archive/archives';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { tempWorkspace } from '@test/support/temp-workspace';
import { testDispatcher } from '@test/support/dispatcher';
import { createEngagement } from './helpers';

const marked = (parts: (string | [string, ...number[]])[]): NoteDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: parts.map((part) =>
        typeof part === 'string'
          ? { type: 'text', text: part }
          : {
              type: 'text',
              text: part[0],
              marks: part.slice(1).map((id) => ({ type: 'passage', attrs: { id: id as number } })),
            },
      ),
    },
  ],
});

async function setUp() {
  const workspace = tempWorkspace();
  const engagement = createEngagement(workspace);
  const { call, fail } = testDispatcher(workspace);
  const interview = await call('interviews.create', {
    engagementId: engagement.id,
    kind: 'internal-interview',
    groupId: engagement.groups[0]!.id,
    intervieweeRole: 'Planner',
  });
  const theme = async (name: string, parentId: number | null = null) => {
    const themes = await call('interviews.themes.save', {
      engagementId: engagement.id,
      theme: { name, colour: '#0072B2', parentId },
    });
    return themes.find((candidate) => candidate.name === name)!;
  };
  return { workspace, engagement, call, fail, interview, theme };
}

describe('coded passages', () => {
  it('are kept apart from quotes, and a coded passage follows the words marked in the notes', async () => {
    const { engagement, call, interview, theme } = await setUp();
    const delivery = await theme('Levertijden');
    const coded = await call('interviews.quotes.create', {
      interviewId: interview.id,
      sectionKey: 'free',
      text: 'te laat',
      themeIds: [delivery.id],
      isQuote: false,
    });
    const quote = await call('interviews.quotes.create', {
      interviewId: interview.id,
      sectionKey: 'free',
      text: 'Wij horen het als laatste.',
    });
    expect(coded.isQuote).toBe(false);
    expect(quote.isQuote).toBe(true);
    const quotesOnly = await call('interviews.quotes.list', { engagementId: engagement.id });
    expect(quotesOnly.map((entry) => entry.id)).toEqual([quote.id]);
    const all = await call('interviews.quotes.list', {
      engagementId: engagement.id,
      includeCodings: true,
    });
    expect(all.map((entry) => entry.id).sort()).toEqual([coded.id, quote.id].sort());
    expect((await call('interviews.list', { engagementId: engagement.id }))[0]!.quoteCount).toBe(1);

    // The consultant widens the marked words in the notes: the coded passage follows them.
    await call('interviews.notes.save', {
      interviewId: interview.id,
      sectionKey: 'free',
      doc: marked([
        'Orders komen ',
        ['veel te laat', coded.id],
        ' binnen. ',
        ['Wij horen', quote.id],
      ]),
    });
    const after = await call('interviews.quotes.list', {
      engagementId: engagement.id,
      includeCodings: true,
    });
    expect(after.find((entry) => entry.id === coded.id)!.text).toBe('veel te laat');
    // A quote keeps the words it was given.
    expect(after.find((entry) => entry.id === quote.id)!.text).toBe('Wij horen het als laatste.');

    // A coded passage can become a quote for the report.
    const promoted = await call('interviews.quotes.update', { id: coded.id, isQuote: true });
    expect(promoted.isQuote).toBe(true);
  });

  it('refuses passage marks without an id', async () => {
    const { fail, interview } = await setUp();
    const error = await fail('interviews.notes.save', {
      interviewId: interview.id,
      sectionKey: 'free',
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'x', marks: [{ type: 'passage', attrs: {} }] }],
          },
        ],
      },
    });
    expect(error.key).toBe('errors.validation');
  });

  it('counts themes that occur together in one passage or in overlapping passages', async () => {
    const { engagement, call, interview, theme } = await setUp();
    const delivery = await theme('Levertijden');
    const planning = await theme('Planning');
    const price = await theme('Prijs');
    const both = await call('interviews.quotes.create', {
      interviewId: interview.id,
      sectionKey: 'free',
      text: 'planning loopt uit',
      themeIds: [delivery.id, planning.id],
      isQuote: false,
    });
    const overlapping = await call('interviews.quotes.create', {
      interviewId: interview.id,
      sectionKey: 'free',
      text: 'loopt uit en kost geld',
      themeIds: [price.id],
      isQuote: false,
    });
    await call('interviews.notes.save', {
      interviewId: interview.id,
      sectionKey: 'free',
      doc: marked([
        'De ',
        ['planning ', both.id],
        ['loopt uit', both.id, overlapping.id],
        [' en kost geld', overlapping.id],
      ]),
    });
    const table = await call('interviews.coOccurrence', { engagementId: engagement.id });
    expect(table.themeIds).toEqual([delivery.id, planning.id, price.id]);
    expect(table.counts).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
  });
});

describe('memos', () => {
  it('one about the engagement, each interview and each theme; empty text removes one', async () => {
    const { workspace, engagement, call, fail, interview, theme } = await setUp();
    const delivery = await theme('Levertijden');
    await call('interviews.memos.save', {
      engagementId: engagement.id,
      target: { kind: 'engagement' },
      text: 'Eerste indruk: planning is de kern.',
    });
    await call('interviews.memos.save', {
      engagementId: engagement.id,
      target: { kind: 'interview', id: interview.id },
      text: 'Gesprek was open.\r\nVeel voorbeelden.',
    });
    await call('interviews.memos.save', {
      engagementId: engagement.id,
      target: { kind: 'theme', id: delivery.id },
      text: 'Komt in elk gesprek terug.',
    });
    const updated = await call('interviews.memos.save', {
      engagementId: engagement.id,
      target: { kind: 'engagement' },
      text: 'Planning is de kern.',
    });
    expect(updated?.text).toBe('Planning is de kern.');
    const memos = await call('interviews.memos.list', { engagementId: engagement.id });
    expect(memos.map((memo) => [memo.target, memo.text])).toEqual([
      [{ kind: 'engagement' }, 'Planning is de kern.'],
      [{ kind: 'theme', id: delivery.id }, 'Komt in elk gesprek terug.'],
      [{ kind: 'interview', id: interview.id }, 'Gesprek was open.\nVeel voorbeelden.'],
    ]);
    expect(
      await call('interviews.memos.save', {
        engagementId: engagement.id,
        target: { kind: 'theme', id: delivery.id },
        text: '   ',
      }),
    ).toBeNull();
    expect(await call('interviews.memos.list', { engagementId: engagement.id })).toHaveLength(2);

    // A memo about another engagement's interview is refused.
    const other = createEngagement(workspace, 'Ander bedrijf');
    const error = await fail('interviews.memos.save', {
      engagementId: other.id,
      target: { kind: 'interview', id: interview.id },
      text: 'x',
    });
    expect(error.key).toBe('errors.notFound');
  });
});

describe('search', () => {
  it('finds the passages coded with a theme by the theme name, also in another word form', async () => {
    const { engagement, call, interview, theme } = await setUp();
    const delivery = await theme('Levertijden');
    const late = await theme('Te laat', delivery.id);
    await call('interviews.quotes.create', {
      interviewId: interview.id,
      sectionKey: 'free',
      text: 'Het duurt altijd weken.',
      themeIds: [late.id],
      isQuote: false,
    });
    const { hits } = await call('interviews.search', {
      query: 'levertijd',
      engagementId: engagement.id,
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ source: 'theme', interviewId: interview.id });
    expect(hits[0]!.snippet).toEqual([
      { text: 'Levertijden', hit: true },
      { text: ': Het duurt altijd weken.', hit: false },
    ]);
  });
});

describe('engagement archives', () => {
  it('take memos along and keep every passage mark pointing at its own passage', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    source.interviews.memos.save(sample.id, { kind: 'engagement' }, 'Memo bij de opdracht');
    const file = await exportArchive(source, sample.id, { appVersion: 'test' });

    const target = tempWorkspace();
    createSampleEngagement(target, 'en'); // other passages take the first ids here
    const imported = await importArchive(target, file.bytes);
    expect(target.interviews.memos.list(imported.engagementId).map((memo) => memo.text)).toEqual([
      'Memo bij de opdracht',
    ]);
    const quotes = target.interviews.quotes.list(imported.engagementId);
    const texts = new Map<string, ReturnType<typeof noteText>>();
    for (const note of target.interviews.noteDocs(imported.engagementId)) {
      texts.set(`${note.interviewId}:${note.sectionKey}`, noteText(note.doc));
    }
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) {
      const section = texts.get(`${quote.interviewId}:${quote.sectionKey}`)!;
      const range = section.passages.get(quote.id);
      expect(range, quote.text).toBeDefined();
      expect(section.text.slice(range!.start, range!.end)).toBe(quote.text);
    }
  });
});
