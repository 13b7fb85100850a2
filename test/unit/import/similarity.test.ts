/**
 * Header matching's bigram similarity: the sorted-number form gives exactly the Sørensen–Dice
 * coefficient of the bigram multisets (a bigram counts as often as it occurs in both texts), as
 * the direct count over strings does, including repeated bigrams, accents and characters outside
 * the Basic Multilingual Plane.
 */
import { describe, expect, it } from 'vitest';
import { bigrams, diceSimilarity } from '@shared/import/similarity';

/** The definition, written out on strings. */
function diceByDefinition(a: string, b: string): number {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < text.length - 1; i++) {
      const pair = text.slice(i, i + 2);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    return counts;
  };
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  if (total === 0) return 0;
  const countsB = count(b);
  let shared = 0;
  for (const [pair, n] of count(a)) shared += Math.min(n, countsB.get(pair) ?? 0);
  return (2 * shared) / total;
}

const TEXTS = [
  '',
  'a',
  'aa',
  'aaaa',
  'aaa',
  'abab',
  'baba',
  'de klant staat centraal',
  'de klant staat centraal in ons werk',
  'de klnat staat centraal',
  'wij luisteren naar klanten',
  'we listen to our customers',
  'café crème',
  'cafe creme',
  'überall ĳverig',
  '😀 blij 😀',
  '😀 blij',
  'd0 0',
  'd0 1',
];

describe('diceSimilarity', () => {
  it('equals the Dice coefficient counted on the strings, for every pair', () => {
    for (const a of TEXTS) {
      for (const b of TEXTS) {
        expect(diceSimilarity(bigrams(a), bigrams(b)), `${a} / ${b}`).toBe(diceByDefinition(a, b));
      }
    }
  });

  it('is 1 for equal texts and 0 for texts with no bigram in common', () => {
    expect(diceSimilarity(bigrams('klantgericht'), bigrams('klantgericht'))).toBe(1);
    expect(diceSimilarity(bigrams('abc'), bigrams('xyz'))).toBe(0);
  });

  it('counts a repeated bigram only as often as both texts have it', () => {
    // "aaaa" has aa three times, "aa" once: 2 × 1 / (3 + 1).
    expect(diceSimilarity(bigrams('aaaa'), bigrams('aa'))).toBe(0.5);
  });
});
