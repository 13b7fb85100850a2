/**
 * "% favourable" (top-2-box): the share of answers on the two most favourable points of the
 * scale. Answers are counted after reverse coding, so for a negatively worded statement the
 * favourable answers are the two "disagree" points; the share always means "in favour of
 * customer centricity". With the built-in 1–5 scale the favourable points are 4 and 5
 * ("Mee eens", "Helemaal mee eens").
 */

/** How many points at the top of the scale count as favourable. */
export const FAVOURABLE_POINTS = 2;

/** The scale values that count as favourable: the top two (fewer on a scale of two points). */
export function favourableValues(min: number, max: number): number[] {
  const count = Math.min(FAVOURABLE_POINTS, Math.max(0, Math.floor(max - min)));
  return Array.from({ length: count }, (_, index) => max - count + 1 + index);
}

/**
 * Favourable answers and all answers of a distribution (counts per point, index 0 = scale
 * minimum), so shares can be summed over statements and groups before dividing.
 */
export function favourableCounts(
  distribution: ArrayLike<number>,
  min: number,
  max: number,
): { favourable: number; answers: number } {
  let answers = 0;
  for (let index = 0; index < distribution.length; index++) answers += distribution[index] ?? 0;
  let favourable = 0;
  for (const value of favourableValues(min, max)) favourable += distribution[value - min] ?? 0;
  return { favourable, answers };
}

/** Favourable share 0–1, or NaN without answers. */
export function favourableShare(distribution: ArrayLike<number>, min: number, max: number): number {
  const { favourable, answers } = favourableCounts(distribution, min, max);
  return answers > 0 ? favourable / answers : Number.NaN;
}
