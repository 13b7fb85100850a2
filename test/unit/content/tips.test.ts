import { describe, expect, it } from 'vitest';
import {
  isFullyTranslated,
  parseTipLibrary,
  SCORE_BANDS,
  scoreBand,
  tipsFor,
  tipsForWeakestDimensions,
  type TipLibrary,
} from '@shared/content';
import { DIMENSION_CODES, readJson } from './load';

const raw = readJson('resources/tips/tips.json') as { tips: { title: unknown; text: unknown }[] };

function shippedLibrary(): TipLibrary {
  const result = parseTipLibrary(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.library;
}

describe('shipped tips', () => {
  const library = shippedLibrary();

  it('has two or three tips for every dimension and band', () => {
    for (const dimension of DIMENSION_CODES) {
      for (const band of SCORE_BANDS) {
        const count = tipsFor(library, dimension, band).length;
        expect(count, `${dimension} ${band}`).toBeGreaterThanOrEqual(2);
        expect(count, `${dimension} ${band}`).toBeLessThanOrEqual(3);
      }
    }
    expect(new Set(library.tips.map((tip) => tip.dimension))).toEqual(new Set(DIMENSION_CODES));
  });

  it('writes every title and text in both Dutch and English', () => {
    for (const tip of raw.tips) {
      expect(isFullyTranslated(tip.title as never)).toBe(true);
      expect(isFullyTranslated(tip.text as never)).toBe(true);
    }
    for (const tip of library.tips) expect(tip.text.nl).not.toBe(tip.text.en);
  });

  it('defines the bands on the 0–100 index: low < 50, medium 50–70, high ≥ 70', () => {
    expect(library.bands).toMatchObject({ scale: 'index', mediumFrom: 50, highFrom: 70 });
    expect(scoreBand(0, library.bands)).toBe('low');
    expect(scoreBand(49.99, library.bands)).toBe('low');
    expect(scoreBand(50, library.bands)).toBe('medium');
    expect(scoreBand(69.99, library.bands)).toBe('medium');
    expect(scoreBand(70, library.bands)).toBe('high');
    expect(scoreBand(100, library.bands)).toBe('high');
    expect(scoreBand(null, library.bands)).toBeNull();
    expect(scoreBand(Number.NaN, library.bands)).toBeNull();
  });

  it('covers the conversations the method is built on', () => {
    const english = library.tips.map((tip) => `${tip.title.en} ${tip.text.en}`).join('\n');
    expect(english).toContain('What did this meeting bring our customer?');
    expect(english).toMatch(/reflection conversation/i);
    expect(english).toMatch(/kitchen meets floor/i);
  });
});

describe('tipsForWeakestDimensions', () => {
  const library = shippedLibrary();

  it('gives the tips of the weakest scored dimensions, weakest first', () => {
    const selection = tipsForWeakestDimensions(library, [
      { dimension: 'KK', index: 80 },
      { dimension: 'SW', index: 35 },
      { dimension: 'RF', index: null },
      { dimension: 'FB', index: 55 },
    ]);
    expect(selection.map(({ dimension, band }) => [dimension, band])).toEqual([
      ['SW', 'low'],
      ['FB', 'medium'],
    ]);
    expect(selection[0]!.tips).toEqual(tipsFor(library, 'SW', 'low'));
  });
});

describe('broken tips files', () => {
  it('reports bands in the wrong order, unknown bands and empty texts', () => {
    const result = parseTipLibrary({
      id: 'eigen',
      name: 'Eigen tips',
      bands: { mediumFrom: 60, highFrom: 40 },
      tips: [
        { id: 't1', dimension: 'KK', band: 'low', title: 'Titel', text: { nl: '', en: ' ' } },
        { id: 't2', dimension: 'KK', band: 'very-low', title: 'Titel', text: 'Tekst' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['bands.highFrom', 'tips.bandsNotAscending'],
      ['tips.0.text', 'tips.textMissing'],
      ['tips.1.band', 'tips.invalidValue'],
    ]);
  });

  it('reports duplicate tip ids', () => {
    const result = parseTipLibrary({
      id: 'eigen',
      name: 'Eigen tips',
      bands: { mediumFrom: 60, highFrom: 40 },
      tips: [
        { id: 't1', dimension: 'KK', band: 'low', title: 'Titel', text: 'Tekst' },
        { id: 't1', dimension: 'KK', band: 'high', title: 'Titel', text: 'Tekst' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['bands.highFrom', 'tips.bandsNotAscending'],
      ['tips.1.id', 'tips.duplicateTipId'],
    ]);
    expect(result.problems[1]!.message).toBe('This tip id is used more than once.');
  });

  it('accepts a Dutch-only tip written by a consultant, showing Dutch in both languages', () => {
    const result = parseTipLibrary({
      id: 'eigen',
      name: 'Eigen tips',
      bands: { mediumFrom: 50, highFrom: 70 },
      tips: [
        {
          id: 'x',
          dimension: 'KK',
          band: 'low',
          title: { nl: 'Bellen' },
          text: 'Bel drie klanten.',
        },
      ],
    });
    expect(result.ok && result.library.tips[0]!.title).toEqual({ nl: 'Bellen', en: 'Bellen' });
  });
});
