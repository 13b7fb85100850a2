import { describe, expect, it } from 'vitest';
import type { NoteDoc } from '@shared/interviews/note-doc';
import { docFromText, findText, locatePassages, noteText } from '@shared/interviews/note-text';

const passage = (id: number) => [{ type: 'passage' as const, attrs: { id } }];

describe('note text with passages', () => {
  const doc: NoteDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph' },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Levering' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'De levertijd is ' },
          { type: 'text', text: 'te lang', marks: passage(7) },
          { type: 'text', text: ', zegt ' },
          { type: 'text', text: 'iedereen', marks: [{ type: 'bold' }, ...passage(7)] },
        ],
      },
      {
        type: 'blockquote',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Citaat \u0002hier' }] }],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          {
            type: 'listItem',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'drie', marks: passage(8) }] },
            ],
          },
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'vier' }] }],
          },
        ],
      },
      { type: 'paragraph' },
      { type: 'paragraph' },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Slot', marks: passage(9) }] },
      { type: 'paragraph', content: [{ type: 'text', text: '  ' }] },
    ],
  };

  it('writes headings, quotes and numbered lists as lines, cleaned as before', () => {
    expect(noteText(doc).text).toBe(
      'Levering\nDe levertijd is te lang, zegt iedereen\nCitaat hier\n3. drie\n4. vier\n\nSlot',
    );
  });

  it('knows where each passage stands, through trimming, control characters and blank lines', () => {
    const { text, passages } = noteText(doc);
    const at = (id: number) => {
      const range = passages.get(id)!;
      return text.slice(range.start, range.end);
    };
    expect(at(7)).toBe('te lang, zegt iedereen');
    expect(at(8)).toBe('drie');
    expect(at(9)).toBe('Slot');
  });

  it('finds a passage without a mark by its text, ignoring differences in whitespace', () => {
    const sections = new Map([['free', noteText(doc)]]);
    const located = locatePassages(sections, [
      { id: 7, sectionKey: 'free', text: 'whatever it says now' },
      { id: 20, sectionKey: 'free', text: 'De  levertijd\nis' },
      { id: 21, sectionKey: 'free', text: 'niet aanwezig' },
      { id: 22, sectionKey: 'q:x', text: 'Slot' },
    ]);
    expect(located.get(7)?.range).toEqual(noteText(doc).passages.get(7));
    expect(located.get(20)).toEqual({ sectionKey: 'free', range: { start: 9, end: 24 } });
    expect(located.get(21)).toBeNull();
    expect(located.get(22)).toBeNull();
    expect(findText('a b c', '')).toBeNull();
  });

  it('builds notes from plain text with the passages marked where they were', () => {
    const text = '  Eerste regel\r\nTweede regel met een citaat\n\n\n\nDerde  ';
    const built = docFromText(text, [
      { id: 1, range: { start: 2, end: 14 } },
      { id: 2, range: { start: 37, end: 43 } },
      { id: 3, range: { start: 9, end: 28 } },
    ]);
    const { text: written, passages } = noteText(built);
    expect(written).toBe('Eerste regel\nTweede regel met een citaat\n\nDerde');
    const at = (id: number) => written.slice(passages.get(id)!.start, passages.get(id)!.end);
    expect(at(1)).toBe('Eerste regel');
    expect(at(2)).toBe('citaat');
    expect(at(3)).toBe('regel\nTweede regel');
  });
});
