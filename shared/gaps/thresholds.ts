/**
 * When a difference between groups is called notable. Shown next to every flag on screen and in
 * the report, not hidden. A difference is notable only when it is both
 * - practically large: |meanA − meanB| ≥ one third of the scale range, or |Hedges' g| ≥ 0.5 (a
 *   "medium" effect by Cohen's convention); and
 * - statistically supported: its p-value, adjusted with Holm's method across every comparison of
 *   the analysis (all pairs of groups × all dimensions and the overall index as one family; all
 *   pairs × all statements as another), is below 0.05.
 *
 * Why Holm and not Benjamini–Hochberg: a consultant signs the findings and the client acts on
 * each one, so the chance of presenting even one difference that is not there should stay below
 * 5 % (family-wise error), not merely the expected share of false ones (false discovery rate).
 * The price is power: with many groups only clear differences remain notable, and the app says
 * so rather than call the rest findings.
 */
export const NOTABLE_DIFF_FRACTION_OF_RANGE = 1 / 3;
export const NOTABLE_ABS_G = 0.5;
/** Holm-adjusted p below this counts as statistically supported. */
export const SIGNIFICANCE_LEVEL = 0.05;
/** The multiplicity correction, as R's `p.adjust(method = …)`. */
export const MULTIPLICITY_METHOD = 'holm';

/** Absorbs rounding in a difference of means that is meant to sit exactly on the threshold. */
const ROUNDING_SLACK = 1e-12;

/** The |difference| that is large on a scale from min to max (4/3 on a 1–5 scale). */
export function notableDifference(scaleMin: number, scaleMax: number): number {
  return (scaleMax - scaleMin) * NOTABLE_DIFF_FRACTION_OF_RANGE;
}

/** Practically large; NaN values never make a gap large on their own. */
export function isLargeGap(diff: number, g: number, notableDiff: number): boolean {
  return (
    Math.abs(diff) >= notableDiff - ROUNDING_SLACK || Math.abs(g) >= NOTABLE_ABS_G - ROUNDING_SLACK
  );
}

/** Notable: large and supported after the multiplicity correction. */
export function isNotableGap(
  diff: number,
  g: number,
  notableDiff: number,
  adjustedP: number,
): boolean {
  return isLargeGap(diff, g, notableDiff) && adjustedP < SIGNIFICANCE_LEVEL;
}
