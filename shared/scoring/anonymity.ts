/**
 * Anonymity: a group with fewer respondents than the threshold is never shown or compared on its
 * own. Its respondents still count in the whole-sample figures.
 *
 * Group size = number of respondents assigned to the group (whether or not they answered), the
 * count a consultant sees in the engagement.
 */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
export const MIN_ANONYMITY_THRESHOLD = 3;

/** The threshold in force: the default when unset, never below the minimum, whole numbers only. */
export function effectiveAnonymityThreshold(setting?: number | null): number {
  if (setting === undefined || setting === null || !Number.isFinite(setting)) {
    return DEFAULT_ANONYMITY_THRESHOLD;
  }
  return Math.max(MIN_ANONYMITY_THRESHOLD, Math.ceil(setting));
}

/** Respondents per group; respondents without a valid group index are not counted. */
export function groupSizes(groupOf: ArrayLike<number>, groupCount: number): Int32Array {
  const sizes = new Int32Array(groupCount);
  for (let r = 0; r < groupOf.length; r++) {
    const g = groupOf[r]!;
    if (g >= 0 && g < groupCount) sizes[g]!++;
  }
  return sizes;
}

/** Per group: may it be shown (size ≥ threshold)? */
export function visibleGroups(sizes: ArrayLike<number>, threshold?: number | null): boolean[] {
  const minimum = effectiveAnonymityThreshold(threshold);
  return Array.from({ length: sizes.length }, (_, g) => (sizes[g] as number) >= minimum);
}
