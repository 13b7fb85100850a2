/**
 * Sørensen–Dice similarity over character bigrams: 1 for equal strings, close to 1 for a typo or
 * a missing word, low for unrelated texts. Linear in the length, so comparing every header with
 * every item text stays fast.
 */
export interface Bigrams {
  /**
   * Each bigram of the text (each pair of adjacent UTF-16 code units) as one number, first unit
   * × 65536 + second, sorted, a repeated bigram repeated: the bigrams two texts share are then
   * one walk over two arrays, with no string or map made per bigram (a header is compared with
   * every item text, in both languages).
   */
  codes: Uint32Array;
}

export function bigrams(text: string): Bigrams {
  const count = Math.max(0, text.length - 1);
  const codes = new Uint32Array(count);
  for (let i = 0; i < count; i++) codes[i] = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
  return { codes: codes.sort() };
}

/** 2 × shared bigrams / all bigrams, a bigram shared as often as it occurs in both texts. */
export function diceSimilarity(a: Bigrams, b: Bigrams): number {
  const x = a.codes;
  const y = b.codes;
  if (x.length + y.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const left = x[i]!;
    const right = y[j]!;
    if (left === right) {
      shared++;
      i++;
      j++;
    } else if (left < right) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}
