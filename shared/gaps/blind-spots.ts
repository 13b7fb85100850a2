/**
 * Blind spots and hidden strengths: each internal group against the customers, per dimension and
 * item (and the overall index). Difference = internal − customer: the organisation rating itself
 * higher than its customers do is a blind spot, lower is a hidden strength. Every difference gets
 * a direction; the comparison's `notable` flags say which ones are worth raising.
 */
import { compareGroups, type GroupComparison } from './compare';
import { isComparable, type GapData } from './gap-data';

export type GapDirection = 'blindSpot' | 'hiddenStrength' | 'none';

/** Direction of an internal − customer difference; 'none' for 0 or not computable. */
export function gapDirection(diff: number): GapDirection {
  if (diff > 0) return 'blindSpot';
  if (diff < 0) return 'hiddenStrength';
  return 'none';
}

export interface BlindSpotReport {
  /** The internal group (A) against the customer group (B). */
  comparison: GroupComparison;
  items: GapDirection[];
  dimensions: GapDirection[];
  overall: GapDirection;
}

/**
 * One report per internal group (default: every comparable group except the customers). Empty
 * when the customer group is suppressed or unknown.
 */
export function blindSpots(
  data: GapData,
  customerGroup: number,
  internalGroups?: readonly number[],
): BlindSpotReport[] {
  if (!isComparable(data, customerGroup)) return [];
  const internal = internalGroups ?? Array.from({ length: data.groupCount }, (_, g) => g);
  const reports: BlindSpotReport[] = [];
  for (const group of new Set(internal)) {
    const comparison = compareGroups(data, group, customerGroup);
    if (!comparison) continue;
    reports.push({
      comparison,
      items: Array.from(comparison.items.diff, gapDirection),
      dimensions: Array.from(comparison.dimensions.diff, gapDirection),
      overall: gapDirection(comparison.overall.diff[0]!),
    });
  }
  return reports;
}
