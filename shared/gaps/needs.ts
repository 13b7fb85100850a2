/**
 * The shared picture of customer needs, from the importance (and, for customers, performance)
 * items: each group's ranking of the needs, Spearman's rank correlation between every pair of
 * groups, the needs the groups disagree on most, and the customers' Importance–Performance grid.
 */
import { spearman } from '../stats/correlation';
import { averageRanks } from '../stats/ranks';
import { groupName, isComparable, momentsOf, type GapData } from './gap-data';

export interface NeedsCorrelation {
  groupA: number;
  groupB: number;
  nameA: string;
  nameB: string;
  /** Spearman's rho of the two groups' mean importances (NaN when not computable). */
  rho: number;
  /** Needs rated by both groups (the pairs used). */
  needCount: number;
}

export interface NeedDisagreement {
  code: string;
  /** Index into the model's needs. */
  need: number;
  /** Rank of this need per group, in the order of `NeedsPicture.groups`. */
  ranks: number[];
  /** Highest minus lowest rank across the groups: the measure of disagreement. */
  rankRange: number;
}

export type IpaQuadrant =
  'concentrateHere' | 'keepUpTheGoodWork' | 'lowPriority' | 'possibleOverkill';

export interface IpaPoint {
  code: string;
  importance: number;
  performance: number;
  /** null when the need lacks an importance or a performance mean. */
  quadrant: IpaQuadrant | null;
}

export interface IpaGrid {
  group: number;
  name: string;
  /** Mean of the needs' mean importances (needs with both means only). */
  importanceSplit: number;
  /** Mean of the needs' mean performances (needs with both means only). */
  performanceSplit: number;
  needs: IpaPoint[];
}

export interface NeedsPicture {
  /** The compared groups (suppressed ones left out), with their names. */
  groups: number[];
  groupNames: string[];
  needCodes: string[];
  /** Per group (same order as `groups`), per need: mean importance (NaN when nobody rated it). */
  importance: Float64Array[];
  /** Per group, per need: number of importance ratings. */
  importanceN: Float64Array[];
  /** Per group, per need: rank by mean importance, 1 = most important, ties averaged. */
  ranks: Float64Array[];
  /** Every pair of groups. */
  correlations: NeedsCorrelation[];
  /** All needs, largest disagreement first (needs ranked by fewer than two groups last). */
  disagreement: NeedDisagreement[];
  /** The customers' grid; null without a comparable customer group or performance ratings. */
  ipa: IpaGrid | null;
}

export interface NeedsOptions {
  /** Groups to include (default all); suppressed groups are always left out. */
  groups?: readonly number[];
  /** The customer group, for the Importance–Performance grid. */
  customerGroup?: number | null;
}

export function needsPicture(data: GapData, options: NeedsOptions = {}): NeedsPicture {
  const { model, layout } = data;
  const needCount = model.needs.length;
  const groups = [
    ...new Set(options.groups ?? Array.from({ length: data.groupCount }, (_, g) => g)),
  ].filter((g) => isComparable(data, g));

  const importance: Float64Array[] = [];
  const importanceN: Float64Array[] = [];
  for (const group of groups) {
    const means = new Float64Array(needCount);
    const counts = new Float64Array(needCount);
    for (let k = 0; k < needCount; k++) {
      const moments = momentsOf(data, group, layout.importance + k);
      means[k] = moments.mean;
      counts[k] = moments.n;
    }
    importance.push(means);
    importanceN.push(counts);
  }
  const ranks = importance.map((means) => averageRanks(means, 'descending'));

  const correlations: NeedsCorrelation[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = importance[i]!;
      const b = importance[j]!;
      let needCountBoth = 0;
      for (let k = 0; k < needCount; k++) if (a[k] === a[k] && b[k] === b[k]) needCountBoth++;
      correlations.push({
        groupA: groups[i]!,
        groupB: groups[j]!,
        nameA: groupName(data, groups[i]!),
        nameB: groupName(data, groups[j]!),
        rho: spearman(a, b),
        needCount: needCountBoth,
      });
    }
  }

  const disagreement = model.needs.map((need, k): NeedDisagreement => {
    const needRanks = ranks.map((r) => r[k]!);
    const present = needRanks.filter((r) => !Number.isNaN(r));
    const rankRange = present.length >= 2 ? Math.max(...present) - Math.min(...present) : NaN;
    return { code: need.code, need: k, ranks: needRanks, rankRange };
  });
  // Stable: equal ranges keep questionnaire order; NaN (not comparable) goes last.
  disagreement.sort((x, y) => sortKey(y.rankRange) - sortKey(x.rankRange));

  return {
    groups,
    groupNames: groups.map((g) => groupName(data, g)),
    needCodes: model.needs.map((need) => need.code),
    importance,
    importanceN,
    ranks,
    correlations,
    disagreement,
    ipa: importancePerformanceGrid(data, options.customerGroup ?? null),
  };
}

function sortKey(range: number): number {
  return Number.isNaN(range) ? -1 : range;
}

/**
 * Quadrant of a need. Splits at the given means; a value exactly on a split counts as high.
 * - high importance, low performance: concentrate here
 * - high importance, high performance: keep up the good work
 * - low importance, low performance: low priority
 * - low importance, high performance: possible overkill
 */
export function ipaQuadrant(
  importance: number,
  performance: number,
  importanceSplit: number,
  performanceSplit: number,
): IpaQuadrant | null {
  if ([importance, performance, importanceSplit, performanceSplit].some(Number.isNaN)) return null;
  const important = importance >= importanceSplit;
  const performing = performance >= performanceSplit;
  if (important) return performing ? 'keepUpTheGoodWork' : 'concentrateHere';
  return performing ? 'possibleOverkill' : 'lowPriority';
}

/**
 * The Importance–Performance grid of one group (the customers): per need the mean importance and
 * mean performance; the grid is split at the mean of those means over the needs that have both
 * (the data-centred split, so the quadrants are relative to this client's own profile).
 */
export function importancePerformanceGrid(data: GapData, group: number | null): IpaGrid | null {
  if (group === null || !isComparable(data, group)) return null;
  const { model, layout } = data;
  const points = model.needs.map((need, k) => ({
    code: need.code,
    importance: momentsOf(data, group, layout.importance + k).mean,
    performance: momentsOf(data, group, layout.performance + k).mean,
  }));
  const complete = points.filter(
    (p) => !Number.isNaN(p.importance) && !Number.isNaN(p.performance),
  );
  if (complete.length === 0) return null;
  const importanceSplit = complete.reduce((s, p) => s + p.importance, 0) / complete.length;
  const performanceSplit = complete.reduce((s, p) => s + p.performance, 0) / complete.length;
  return {
    group,
    name: groupName(data, group),
    importanceSplit,
    performanceSplit,
    needs: points.map((p) => ({
      ...p,
      quadrant: ipaQuadrant(p.importance, p.performance, importanceSplit, performanceSplit),
    })),
  };
}
