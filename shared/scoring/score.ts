/**
 * Scoring of a whole response matrix: per item, dimension, overall index and customer need, for
 * the whole sample and for every group that anonymity allows; reliability per dimension.
 */
import { cronbachAlphaOfMatrix, type Reliability } from '../stats/cronbach';
import { effectiveAnonymityThreshold, groupSizes, visibleGroups } from './anonymity';
import { computeGroupDistributions, computeGroupMoments, type GroupMoments } from './group-moments';
import { toPercentOfScale, type ScoringModel } from './model';
import type { ResponseMatrix } from './response-matrix';
import { scoreRespondents, type ScoredResponses } from './respondent-scores';

/** n (answered), mean and SD (n − 1); mean NaN when n = 0, SD NaN when n < 2. */
export interface Summary {
  n: number;
  mean: number;
  sd: number;
}

export interface DistributionSummary extends Summary {
  /** Answer counts per scale point, index 0 = scale minimum (after reversal for reverse items). */
  distribution: number[];
}

export interface ItemScore extends DistributionSummary {
  code: string;
  /** Dimension code, or null for a likert item without a (known) dimension. */
  dimension: string | null;
  reverse: boolean;
}

export interface DimensionScore extends Summary {
  code: string;
}

export interface NeedScore {
  code: string;
  importance: DistributionSummary;
  /** n = 0 when the group did not rate performance (only customers do). */
  performance: DistributionSummary;
}

export interface ScoreBlock {
  /** Respondents in this block (answered or not). */
  respondents: number;
  items: ItemScore[];
  dimensions: DimensionScore[];
  /** Overall index on the instrument's scale. */
  overall: Summary;
  /** Overall index on 0–100: (x − min) / (max − min) · 100. */
  overall100: Summary;
  needs: NeedScore[];
}

export interface GroupScoreBlock extends ScoreBlock {
  group: number;
}

export interface DimensionReliability extends Reliability {
  code: string;
  /** Items used: the dimension's items that occur in the response matrix, scored (reversed). */
  itemCodes: string[];
}

export interface ScoringResult {
  /** Everyone, including respondents of suppressed groups and without a group. */
  total: ScoreBlock;
  /** Only groups at or above the anonymity threshold, in group index order. */
  groups: GroupScoreBlock[];
  /** Group indices left out because they are below the threshold. */
  suppressedGroups: number[];
  anonymityThreshold: number;
  /** Per dimension, for the whole sample. */
  reliability: DimensionReliability[];
  /** Respondent-level scores (for exports); see ScoredResponses. */
  scored: ScoredResponses;
}

export interface ScoreOptions {
  /** Anonymity threshold of the engagement (default 5, never below 3). */
  anonymityThreshold?: number | null;
}

export function scoreResponses(
  matrix: ResponseMatrix,
  model: ScoringModel,
  options: ScoreOptions = {},
): ScoringResult {
  const scored = scoreRespondents(matrix, model);
  const { layout, values, respondentCount: rows } = scored;
  const { groupOf, groupCount } = matrix;

  const moments = computeGroupMoments(
    values,
    rows,
    layout.stride,
    0,
    layout.stride,
    groupOf,
    groupCount,
  );
  const itemDistributions = computeGroupDistributions(
    values,
    rows,
    layout.stride,
    layout.items,
    model.items.length,
    groupOf,
    groupCount,
    model.scale.min,
    model.scale.max,
  );
  const needDistributions = computeGroupDistributions(
    values,
    rows,
    layout.stride,
    layout.importance,
    2 * model.needs.length,
    groupOf,
    groupCount,
    model.needsScale.min,
    model.needsScale.max,
  );

  const sizes = groupSizes(groupOf, groupCount);
  const threshold = effectiveAnonymityThreshold(options.anonymityThreshold);
  const visible = visibleGroups(sizes, threshold);

  const block = (slot: number, respondents: number): ScoreBlock => {
    const summary = (variable: number): Summary => summaryAt(moments, slot, variable);
    const distribution = (
      d: { pointCount: number; counts: Int32Array },
      variableCount: number,
      v: number,
    ): number[] => {
      const start = (slot * variableCount + v) * d.pointCount;
      return Array.from(d.counts.subarray(start, start + d.pointCount));
    };
    const overall = summary(layout.overall);
    const range = model.scale.max - model.scale.min;
    return {
      respondents,
      items: model.items.map((item, i) => ({
        code: item.code,
        dimension: item.dimension >= 0 ? model.dimensions[item.dimension]!.code : null,
        reverse: item.reverse,
        ...summary(layout.items + i),
        distribution: distribution(itemDistributions, model.items.length, i),
      })),
      dimensions: model.dimensions.map((d, index) => ({
        code: d.code,
        ...summary(layout.dimensions + index),
      })),
      overall,
      overall100: {
        n: overall.n,
        mean: toPercentOfScale(overall.mean, model.scale),
        sd: (overall.sd / range) * 100,
      },
      needs: model.needs.map((need, index) => ({
        code: need.code,
        importance: {
          ...summary(layout.importance + index),
          distribution: distribution(needDistributions, 2 * model.needs.length, index),
        },
        performance: {
          ...summary(layout.performance + index),
          distribution: distribution(
            needDistributions,
            2 * model.needs.length,
            model.needs.length + index,
          ),
        },
      })),
    };
  };

  const groups: GroupScoreBlock[] = [];
  const suppressedGroups: number[] = [];
  for (let g = 0; g < groupCount; g++) {
    if (visible[g]) groups.push({ group: g, ...block(g, sizes[g]!) });
    else suppressedGroups.push(g);
  }

  const reliability = model.dimensions.map((d): DimensionReliability => {
    const present = d.items.filter((i) => model.items[i]!.column >= 0);
    return {
      code: d.code,
      itemCodes: present.map((i) => model.items[i]!.code),
      ...cronbachAlphaOfMatrix(
        values,
        rows,
        layout.stride,
        present.map((i) => layout.items + i),
      ),
    };
  });

  return {
    total: block(groupCount, rows),
    groups,
    suppressedGroups,
    anonymityThreshold: threshold,
    reliability,
    scored,
  };
}

function summaryAt(moments: GroupMoments, slot: number, variable: number): Summary {
  const k = slot * moments.variableCount + variable;
  return { n: moments.n[k]!, mean: moments.mean[k]!, sd: Math.sqrt(moments.variance[k]!) };
}
