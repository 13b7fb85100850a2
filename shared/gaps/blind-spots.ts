/**
 * Blind spots and hidden strengths: each internal group against the customers. Difference =
 * internal − customer: the organisation rating itself higher than its customers do is a blind
 * spot, lower is a hidden strength. Every difference gets a direction; only notable ones (large
 * and statistically supported, see thresholds.ts) are raised as findings.
 */
import type { GapRow } from './gap-table';

export type GapDirection = 'blindSpot' | 'hiddenStrength' | 'none';

/** Direction of an internal − customer difference; 'none' for 0 or not computable. */
export function gapDirection(diff: number | null): GapDirection {
  if (diff === null || Number.isNaN(diff)) return 'none';
  if (diff > 0) return 'blindSpot';
  if (diff < 0) return 'hiddenStrength';
  return 'none';
}

const negate = (value: number | null): number | null => (value === null ? null : -value);

/** A comparison row turned round: B − A instead of A − B. */
export function flipRow(row: GapRow): GapRow {
  return {
    ...row,
    groupA: row.groupB,
    groupB: row.groupA,
    nA: row.nB,
    nB: row.nA,
    meanA: row.meanB,
    meanB: row.meanA,
    sdA: row.sdB,
    sdB: row.sdA,
    diff: negate(row.diff),
    shownDiff: negate(row.shownDiff),
    ciLow: negate(row.ciHigh),
    ciHigh: negate(row.ciLow),
    t: negate(row.t),
    g: negate(row.g),
    gCiLow: negate(row.gCiHigh),
    gCiHigh: negate(row.gCiLow),
  };
}
