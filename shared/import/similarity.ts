/**
 * Sørensen–Dice similarity over character bigrams: 1 for equal strings, close to 1 for a typo or
 * a missing word, low for unrelated texts. Linear in the length, so comparing every header with
 * every item text stays fast.
 */
export interface Bigrams {
  /** Each bigram of the text and how often it occurs. */
  counts: Map<string, number>;
  /** How many bigrams the text has (the sum of `counts`): kept, as every comparison needs it. */
  total: number;
}

export function bigrams(text: string): Bigrams {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, text.length - 1) };
}

export function diceSimilarity(a: Bigrams, b: Bigrams): number {
  if (a.total + b.total === 0) return 0;
  let shared = 0;
  for (const [pair, countA] of a.counts) {
    const countB = b.counts.get(pair);
    if (countB !== undefined) shared += Math.min(countA, countB);
  }
  return (2 * shared) / (a.total + b.total);
}
