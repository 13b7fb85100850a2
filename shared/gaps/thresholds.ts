/**
 * When a gap counts as notable. Shown next to every flag in the UI and reports, not hidden:
 * a gap is notable when |meanA − meanB| ≥ one third of the scale range, or |Hedges' g| ≥ 0.5
 * (a "medium" effect by Cohen's convention).
 */
export const NOTABLE_DIFF_FRACTION_OF_RANGE = 1 / 3;
export const NOTABLE_ABS_G = 0.5;

/** Absorbs rounding in a difference of means that is meant to sit exactly on the threshold. */
const ROUNDING_SLACK = 1e-12;

/** The |difference| that is notable on a scale from min to max (4/3 on a 1–5 scale). */
export function notableDifference(scaleMin: number, scaleMax: number): number {
  return (scaleMax - scaleMin) * NOTABLE_DIFF_FRACTION_OF_RANGE;
}

/** NaN values never make a gap notable on their own. */
export function isNotableGap(diff: number, g: number, notableDiff: number): boolean {
  return (
    Math.abs(diff) >= notableDiff - ROUNDING_SLACK || Math.abs(g) >= NOTABLE_ABS_G - ROUNDING_SLACK
  );
}
