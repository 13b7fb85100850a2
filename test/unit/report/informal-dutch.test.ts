import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REPORT_WORDS } from '@shared/report/words';
import { generateDeck } from '@main/core/report/generate';
import { REPORT_DATE, sampleWorkspace } from './sample-report';

/** "u" or "uw" as a word: the formal address the house rule forbids in Dutch. */
const FORMAL = /(^|[^\p{L}])(u|uw)(?=$|[^\p{L}])/iu;

/** Every text a word table yields: its strings, and what its functions make of sample arguments. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    for (const argument of ['Productie', 2, 1, true]) {
      try {
        return textsOf(fn(...Array.from({ length: Math.max(fn.length, 1) }, () => argument)));
      } catch {
        // Another kind of argument, then.
      }
    }
    return [];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

describe('Dutch report and deck words', () => {
  it('address the reader informally (je/jouw), never with u/uw', () => {
    const texts = textsOf(REPORT_WORDS.nl);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => FORMAL.test(text))).toEqual([]);
    expect(REPORT_WORDS.nl.tipsHeading).toBe('Wat je kunt doen');
  });

  it('the sample deck in Dutch says je/jouw outside the quotes of respondents', async () => {
    const { workspace, engagement } = sampleWorkspace('nl');
    const deck = await generateDeck(workspace, engagement.id, () => {}, REPORT_DATE);
    const files = unzipSync(deck.bytes);
    const texts = Object.keys(files)
      .filter((name) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(name))
      .flatMap((name) =>
        [...new TextDecoder().decode(files[name]).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(
          (match) => match[1]!,
        ),
      );
    expect(texts.length).toBeGreaterThan(20);
    const own = texts
      .map((text) => text.replace(/“[^”]*”/g, ''))
      .filter((text) => FORMAL.test(text));
    expect(own).toEqual([]);
  });
});
