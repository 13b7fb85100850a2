import { describe, expect, it } from 'vitest';
import {
  anonymousAttribution,
  checkThemeParent,
  docFromBlocks,
  docToPlainText,
  filterQuotes,
  nextThemeColour,
  noteDocSchema,
  quoteAttribution,
  THEME_PALETTE,
  themePath,
  themeTree,
} from '@shared/interviews';

describe('the note document', () => {
  it('keeps paragraphs, bullet lists, bold and italic, and drops attributes', () => {
    const parsed = noteDocSchema.parse({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { textAlign: 'left' },
          content: [{ type: 'text', text: 'Vet', marks: [{ type: 'bold', attrs: {} }] }],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
      ],
    });
    expect(parsed.content![0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Vet', marks: [{ type: 'bold' }] }],
    });
    expect(() =>
      noteDocSchema.parse({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] },
        ],
      }),
    ).toThrow();
  });

  it('extracts plain text per block for search, without control characters', () => {
    const doc = docFromBlocks([
      'Eerste **alinea** met _nadruk_',
      { bullets: ['punt een', 'punt twee'] },
      'Slot\u0002zin',
    ]);
    expect(docToPlainText(doc)).toBe('Eerste alinea met nadruk\n• punt een\n• punt twee\nSlotzin');
    expect(doc.content![0]!.content).toEqual([
      { type: 'text', text: 'Eerste ' },
      { type: 'text', text: 'alinea', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' met ' },
      { type: 'text', text: 'nadruk', marks: [{ type: 'italic' }] },
    ]);
  });
});

describe('attribution', () => {
  const base = {
    kind: 'customer-interview' as const,
    intervieweeRole: '',
    organisation: 'productiebedrijf',
    intervieweeName: 'Ingrid Bos',
    nameMayBeShown: false,
  };
  const customers = { name: 'Klanten', kind: 'customer' as const };
  const production = { name: 'Productie', kind: 'department' as const };

  it('is anonymous by default: role or group, and organisation type', () => {
    expect(quoteAttribution(base, customers, 'nl')).toBe('Klant, productiebedrijf');
    expect(quoteAttribution(base, customers, 'en')).toBe('Customer, productiebedrijf');
    expect(quoteAttribution({ ...base, intervieweeRole: 'inkoper' }, customers, 'nl')).toBe(
      'Inkoper, productiebedrijf',
    );
    expect(
      anonymousAttribution(
        { ...base, kind: 'internal-interview', organisation: '' },
        production,
        'nl',
      ),
    ).toBe('Productie');
    expect(
      anonymousAttribution({ ...base, kind: 'internal-interview', organisation: '' }, null, 'en'),
    ).toBe('Employee');
  });

  it('shows the name only when the interview allows it', () => {
    expect(quoteAttribution({ ...base, nameMayBeShown: true }, customers, 'nl')).toBe(
      'Ingrid Bos (Klant, productiebedrijf)',
    );
    expect(
      quoteAttribution({ ...base, nameMayBeShown: true, intervieweeName: ' ' }, customers, 'nl'),
    ).toBe('Klant, productiebedrijf');
  });
});

describe('theme helpers', () => {
  const themes = [
    { id: 1, parentId: null, name: 'Levering', position: 1 },
    { id: 2, parentId: 1, name: 'Beloftes', position: 3 },
    { id: 3, parentId: null, name: 'Communicatie', position: 0 },
    { id: 4, parentId: 1, name: 'Planning', position: 2 },
  ];

  it('orders the tree and writes theme paths', () => {
    expect(
      themeTree(themes).map((node) => [node.theme.id, node.children.map((c) => c.id)]),
    ).toEqual([
      [3, []],
      [1, [4, 2]],
    ]);
    expect(themePath(themes[1]!, themes)).toBe('Levering > Beloftes');
    expect(themePath(themes[0]!, themes)).toBe('Levering');
  });

  it('allows two levels only', () => {
    expect(checkThemeParent(themes, undefined, 1)).toBeNull();
    expect(checkThemeParent(themes, undefined, 2)).toBe('interviews.themeParentNested');
    expect(checkThemeParent(themes, 1, 3)).toBe('interviews.themeHasChildren');
    expect(checkThemeParent(themes, 3, 3)).toBe('interviews.themeParentSelf');
    expect(checkThemeParent(themes, 3, 99)).toBe('interviews.themeParentMissing');
  });

  it('filters quotes by theme (parents include children), group and interview', () => {
    const quotes = [
      { id: 1, interviewId: 10, groupId: 5, themeIds: [2] },
      { id: 2, interviewId: 11, groupId: 6, themeIds: [3] },
      { id: 3, interviewId: 11, groupId: null, themeIds: [1] },
    ];
    const ids = (filter: Parameters<typeof filterQuotes>[2]) =>
      filterQuotes(quotes, themes, filter).map((quote) => quote.id);
    expect(ids({ themeId: 1 })).toEqual([1, 3]);
    expect(ids({ themeId: 2 })).toEqual([1]);
    expect(ids({ groupId: 6 })).toEqual([2]);
    expect(ids({ groupId: 'none' })).toEqual([3]);
    expect(ids({ interviewId: 11, themeId: 3 })).toEqual([2]);
  });

  it('picks unused colours from the colour-blind-safe palette first', () => {
    expect(nextThemeColour([])).toBe(THEME_PALETTE[0]);
    expect(nextThemeColour(['#0072b2'])).toBe(THEME_PALETTE[1]);
    expect(THEME_PALETTE).toContain(nextThemeColour([...THEME_PALETTE]));
  });
});
