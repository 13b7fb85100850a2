/**
 * The shared picture of customer needs, from the importance ratings: each group's ranking of the
 * needs, Spearman's rank correlation between every pair of groups, and the needs the groups
 * disagree on most. A group's mean importance of a need counts only when it rests on at least
 * threshold ratings (see shared/scoring/anonymity.ts).
 */
import { spearman } from '../stats/correlation';
import { averageRanks } from '../stats/ranks';

export interface NeedsCorrelation {
  /** Positions in `NeedsPicture.groups`. */
  a: number;
  b: number;
  /** Spearman's rho of the two groups' mean importances (NaN when not computable). */
  rho: number;
  /** Needs rated by both groups (the pairs used). */
  needCount: number;
}

export interface NeedDisagreement {
  /** Index into the needs. */
  need: number;
  /** Rank of this need per group, in the order of the groups. */
  ranks: number[];
  /** Highest minus lowest rank across the groups: the measure of disagreement. */
  rankRange: number;
}

export interface NeedsPicture {
  /** Per group, per need: rank by mean importance, 1 = most important, ties averaged. */
  ranks: Float64Array[];
  correlations: NeedsCorrelation[];
  /** All needs, largest disagreement first (needs ranked by fewer than two groups last). */
  disagreement: NeedDisagreement[];
}

/** From each group's mean importance per need (NaN where not shown). */
export function needsPicture(importance: readonly Float64Array[]): NeedsPicture {
  const needCount = importance[0]?.length ?? 0;
  const ranks = importance.map((means) => averageRanks(means, 'descending'));
  const correlations: NeedsCorrelation[] = [];
  for (let i = 0; i < importance.length; i++) {
    for (let j = i + 1; j < importance.length; j++) {
      const a = importance[i]!;
      const b = importance[j]!;
      let needCountBoth = 0;
      for (let k = 0; k < needCount; k++) if (a[k] === a[k] && b[k] === b[k]) needCountBoth++;
      correlations.push({ a: i, b: j, rho: spearman(a, b), needCount: needCountBoth });
    }
  }
  const disagreement = Array.from({ length: needCount }, (_, k): NeedDisagreement => {
    const needRanks = ranks.map((r) => r[k]!);
    const present = needRanks.filter((r) => !Number.isNaN(r));
    const rankRange = present.length >= 2 ? Math.max(...present) - Math.min(...present) : NaN;
    return { need: k, ranks: needRanks, rankRange };
  });
  // Stable: equal ranges keep questionnaire order; NaN (not comparable) goes last.
  disagreement.sort((x, y) => sortKey(y.rankRange) - sortKey(x.rankRange));
  return { ranks, correlations, disagreement };
}

function sortKey(range: number): number {
  return Number.isNaN(range) ? -1 : range;
}
