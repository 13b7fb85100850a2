/**
 * What all gap analyses start from: respondent scores and their moments per group, with the
 * groups below the anonymity threshold already wiped out so that no comparison can use them.
 */
import { effectiveAnonymityThreshold, groupSizes, visibleGroups } from '../scoring/anonymity';
import { computeGroupMoments, type GroupMoments } from '../scoring/group-moments';
import type { ScoringModel } from '../scoring/model';
import type { ResponseMatrix } from '../scoring/response-matrix';
import {
  scoreRespondents,
  type ScoredLayout,
  type ScoredResponses,
} from '../scoring/respondent-scores';
import type { Moments } from '../stats/descriptives';
import { notableDifference } from './thresholds';

export interface GapInput {
  matrix: ResponseMatrix;
  model: ScoringModel;
  /** Display name per group index (used in rows and plain-language texts). */
  groupNames: readonly string[];
  /** Anonymity threshold of the engagement (default 5, never below 3). */
  anonymityThreshold?: number | null;
  /** Respondent scores already computed (e.g. `scoreResponses(...).scored`), to skip rescoring. */
  scored?: ScoredResponses;
}

export interface GapData {
  model: ScoringModel;
  groupNames: readonly string[];
  groupCount: number;
  anonymityThreshold: number;
  /** Per group: at or above the threshold. */
  visible: boolean[];
  suppressedGroups: number[];
  layout: ScoredLayout;
  /** Moments of every scored variable per group; suppressed groups have n = 0 and NaN. */
  moments: GroupMoments;
  /** |diff| that makes a gap notable on the likert scale. */
  notableDiff: number;
}

export function prepareGapData(input: GapInput): GapData {
  const { matrix, model } = input;
  const scored = input.scored ?? scoreRespondents(matrix, model);
  const { layout } = scored;
  const moments = computeGroupMoments(
    scored.values,
    scored.respondentCount,
    layout.stride,
    0,
    layout.stride,
    matrix.groupOf,
    matrix.groupCount,
  );
  const anonymityThreshold = effectiveAnonymityThreshold(input.anonymityThreshold);
  const visible = visibleGroups(groupSizes(matrix.groupOf, matrix.groupCount), anonymityThreshold);
  const suppressedGroups: number[] = [];
  visible.forEach((shown, g) => {
    if (shown) return;
    suppressedGroups.push(g);
    const start = g * moments.variableCount;
    const end = start + moments.variableCount;
    moments.n.fill(0, start, end);
    moments.mean.fill(NaN, start, end);
    moments.variance.fill(NaN, start, end);
  });
  return {
    model,
    groupNames: input.groupNames,
    groupCount: matrix.groupCount,
    anonymityThreshold,
    visible,
    suppressedGroups,
    layout,
    moments,
    notableDiff: notableDifference(model.scale.min, model.scale.max),
  };
}

/** A group that may be compared: a valid index that is not suppressed. */
export function isComparable(data: GapData, group: number): boolean {
  return (
    Number.isInteger(group) && group >= 0 && group < data.groupCount && data.visible[group] === true
  );
}

export function groupName(data: GapData, group: number): string {
  return data.groupNames[group] ?? `#${group}`;
}

/** Moments of one scored column (layout offset) in one group. */
export function momentsOf(data: GapData, group: number, column: number): Moments {
  const k = group * data.moments.variableCount + column;
  return {
    n: data.moments.n[k]!,
    mean: data.moments.mean[k]!,
    variance: data.moments.variance[k]!,
  };
}
