/**
 * Sørensen–Dice similarity over character bigrams: 1 for equal strings, close to 1 for a typo or
 * a missing word, low for unrelated texts. Linear in the length, so comparing every header with
 * every item text stays fast.
 */
export type Bigrams = Map<string, number>;

export function bigrams(text: string): Bigrams {
  const result: Bigrams = new Map();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    result.set(pair, (result.get(pair) ?? 0) + 1);
  }
  return result;
}

function total(grams: Bigrams): number {
  let sum = 0;
  for (const count of grams.values()) sum += count;
  return sum;
}

export function diceSimilarity(a: Bigrams, b: Bigrams): number {
  const sizeA = total(a);
  const sizeB = total(b);
  if (sizeA + sizeB === 0) return 0;
  let shared = 0;
  for (const [pair, countA] of a) {
    const countB = b.get(pair);
    if (countB !== undefined) shared += Math.min(countA, countB);
  }
  return (2 * shared) / (sizeA + sizeB);
}
