/**
 * Anonymity: what may be shown so that no group below the threshold can be recovered, not even by
 * adding and subtracting figures that are shown (on any screen, export, CLI output or report).
 *
 * The rules, applied everywhere through `planDisclosure` and `isShownCell`:
 * 1. A group with fewer respondents than the threshold is never shown or compared on its own;
 *    not even its size is shown.
 * 2. Whole-sample figures are built only from what is shown: the shown groups, plus the
 *    suppressed groups pooled into "other groups" when together they reach the threshold (their
 *    pooled block is then no smaller than any shown group may be). Otherwise their respondents
 *    are left out of the whole-sample figures, so total minus shown groups gives nothing.
 * 3. Every figure rests on at least threshold answers: an item, dimension, distribution,
 *    reliability or comparison with fewer answers in a shown block (a "cell") is not shown, and a
 *    whole-sample figure adds up the shown cells only, so no hidden cell can be recovered either.
 * 4. When every group is below the threshold, nothing is shown at all.
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

/** A cell (one variable in one shown block) may be shown when it rests on enough answers. */
export function isShownCell(answers: number, threshold: number): boolean {
  return answers >= threshold;
}

export interface DisclosurePlan {
  threshold: number;
  /** Per group index: shown on its own. */
  shown: boolean[];
  /** Group indices below the threshold (with or without respondents). */
  suppressed: number[];
  /**
   * Respondents outside the shown groups (suppressed groups and respondents without a group)
   * that are pooled as "other groups" into the whole-sample figures: only when they reach the
   * threshold. Zero when they are left out.
   */
  pooledRespondents: number;
  /** May whole-sample figures be shown at all (rule 4)? */
  totalShown: boolean;
}

/**
 * What may be shown for groups of these sizes. `ungrouped` counts respondents that belong to no
 * group (a file without a group column): with no groups at all they are the whole sample.
 */
export function planDisclosure(
  sizes: ArrayLike<number>,
  threshold: number | null | undefined,
  ungrouped = 0,
): DisclosurePlan {
  const minimum = effectiveAnonymityThreshold(threshold);
  const shown = visibleGroups(sizes, minimum);
  const suppressed: number[] = [];
  let outside = ungrouped;
  shown.forEach((visible, g) => {
    if (visible) return;
    suppressed.push(g);
    outside += sizes[g] as number;
  });
  const pooledRespondents = outside >= minimum ? outside : 0;
  const anyShown = shown.some(Boolean);
  const totalShown = sizes.length === 0 ? pooledRespondents > 0 : anyShown;
  return { threshold: minimum, shown, suppressed, pooledRespondents, totalShown };
}
