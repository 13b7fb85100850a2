/**
 * Scoring of a whole response matrix: per item, dimension, overall index and customer need, for
 * every group that anonymity allows and for the whole sample built from what is shown (see
 * anonymity.ts); per item and dimension the share of favourable answers; 95 % intervals of the
 * means; reliability per dimension with Feldt's interval.
 */
import {
  alphaConfidenceInterval,
  cronbachAlphaOfMatrix,
  type Reliability,
} from '../stats/cronbach';
import { meanConfidenceInterval } from '../stats/confidence';
import { mergeMoments, type Moments } from '../stats/descriptives';
import { favourableCounts } from '../stats/top-box';
import { groupSizes, isShownCell, planDisclosure, type DisclosurePlan } from './anonymity';
import { KeptValues } from './kept-values';
import {
  computeGroupDistributions,
  computeGroupMoments,
  type GroupMoments,
  type ScoredGroupMoments,
} from './group-moments';
import { toPercentOfScale, type ScaleRange, type ScoringModel } from './model';
import type { ResponseMatrix } from './response-matrix';
import { scoreRespondents, type ScoredResponses } from './respondent-scores';

/**
 * n (answered), mean, SD (n − 1) and the 95 % interval of the mean. Everything but n is NaN when
 * the figure may not be shown (fewer answers than the threshold) or cannot be computed.
 */
export interface Summary {
  n: number;
  mean: number;
  sd: number;
  ciLow: number;
  ciHigh: number;
}

/** Favourable answers (top-2-box) out of all answers; share NaN when not shown. */
export interface Favourable {
  favourable: number;
  answers: number;
  share: number;
}

export interface DistributionSummary extends Summary {
  /**
   * Answer counts per scale point, index 0 = scale minimum (after reversal for reverse items);
   * null when the cell may not be shown.
   */
  distribution: number[] | null;
}

export interface ItemScore extends DistributionSummary {
  code: string;
  /** Dimension code, or null for a likert item without a (known) dimension. */
  dimension: string | null;
  reverse: boolean;
  favourable: Favourable;
}

export interface DimensionScore extends Summary {
  code: string;
  /** Favourable answers over the dimension's statements whose cell is shown. */
  favourable: Favourable;
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
  /** Feldt's 95 % interval; NaN when α is not shown. */
  ciLow: number;
  ciHigh: number;
}

export interface ScoringResult {
  /**
   * The whole sample as it may be shown: the shown groups plus the pooled other groups when they
   * reach the threshold; per variable only the shown cells. Null when nothing may be shown.
   */
  total: ScoreBlock | null;
  /** Respondents of suppressed groups (and without a group) pooled into `total`; 0 when none. */
  pooledRespondents: number;
  /** Only groups at or above the anonymity threshold, in group index order. */
  groups: GroupScoreBlock[];
  /** Group indices left out because they are below the threshold. */
  suppressedGroups: number[];
  anonymityThreshold: number;
  /** Per dimension, over the respondents of the whole sample as shown. */
  reliability: DimensionReliability[];
  /** The groups' moments, for a gap analysis of the same answers (which then scores nothing). */
  groupMoments: ScoredGroupMoments;
}

export interface ScoreOptions {
  /** Anonymity threshold of the engagement (default 5, never below 3). */
  anonymityThreshold?: number | null;
}

/** The counts of one variable per scale point in one slot. */
interface Distributions {
  pointCount: number;
  counts: Int32Array;
}

/**
 * The respondents' scored values while a scoring runs, and the rows of α's respondents when some
 * are left out: kept between scorings (see KeptValues; up to 2²¹ values, 16 MB, each). No result
 * keeps them: an export of the respondents' scores scores them itself (`scoreRespondents`).
 */
const scoredRows = new KeptValues(2 ** 21);
const reliabilityRows = new KeptValues(2 ** 21);

export function scoreResponses(
  matrix: ResponseMatrix,
  model: ScoringModel,
  options: ScoreOptions = {},
): ScoringResult {
  const scored = scoreRespondents(matrix, model, (size) => scoredRows.take(size));
  const { layout, values, respondentCount: rows } = scored;
  const { groupOf, groupCount } = matrix;
  const sizes = groupSizes(groupOf, groupCount);
  let ungrouped = 0;
  for (let r = 0; r < rows; r++) if (!(groupOf[r]! >= 0 && groupOf[r]! < groupCount)) ungrouped++;
  const plan = planDisclosure(sizes, options.anonymityThreshold, ungrouped);
  const threshold = plan.threshold;

  // Slots: the groups, then "other groups" (suppressed groups and respondents without a group,
  // pooled), which only counts when it reaches the threshold.
  const others = groupCount;
  const slotOf = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const g = groupOf[r]!;
    const inGroup = g >= 0 && g < groupCount;
    slotOf[r] = inGroup && plan.shown[g] ? g : plan.pooledRespondents > 0 ? others : -1;
  }
  const slotCount = groupCount + 1;
  const moments = computeGroupMoments(
    values,
    rows,
    layout.stride,
    0,
    layout.stride,
    slotOf,
    slotCount,
  );
  const itemDistributions = computeGroupDistributions(
    values,
    rows,
    layout.stride,
    layout.items,
    model.items.length,
    slotOf,
    slotCount,
    model.scale.min,
    model.scale.max,
  );
  const needDistributions = computeGroupDistributions(
    values,
    rows,
    layout.stride,
    layout.importance,
    2 * model.needs.length,
    slotOf,
    slotCount,
    model.needsScale.min,
    model.needsScale.max,
  );
  const cells = new CellReader(moments, threshold);

  const groups: GroupScoreBlock[] = [];
  for (let g = 0; g < groupCount; g++) {
    if (!plan.shown[g]) continue;
    const block = buildBlock(
      model,
      layout,
      [g],
      sizes[g]!,
      cells,
      itemDistributions,
      needDistributions,
    );
    groups.push({ group: g, ...block });
  }
  const totalSlots = [
    ...groups.map((block) => block.group),
    ...(plan.pooledRespondents > 0 ? [others] : []),
  ];
  const totalRespondents =
    groups.reduce((sum, block) => sum + block.respondents, 0) + plan.pooledRespondents;
  const total = plan.totalShown
    ? buildBlock(
        model,
        layout,
        totalSlots,
        totalRespondents,
        cells,
        itemDistributions,
        needDistributions,
      )
    : null;

  return {
    total,
    pooledRespondents: plan.pooledRespondents,
    groups,
    suppressedGroups: plan.suppressed,
    anonymityThreshold: threshold,
    reliability: reliabilityOf(model, scored, slotOf, plan, threshold),
    groupMoments: { matrix, model, layout, moments, ownSlot: plan.shown },
  };
}

/** Moments of the cells, hiding those with too few answers. */
class CellReader {
  constructor(
    readonly moments: GroupMoments,
    readonly threshold: number,
  ) {}

  raw(slot: number, variable: number): Moments {
    const k = slot * this.moments.variableCount + variable;
    return {
      n: this.moments.n[k]!,
      mean: this.moments.mean[k]!,
      variance: this.moments.variance[k]!,
    };
  }

  /** The union of the shown cells of these slots for one variable. */
  merged(slots: readonly number[], variable: number): Moments {
    // A single block is itself: its n is kept even when too small, to say why it is hidden.
    if (slots.length === 1) return this.raw(slots[0]!, variable);
    const parts = slots
      .map((slot) => this.raw(slot, variable))
      .filter((part) => isShownCell(part.n, this.threshold));
    return parts.length === 1 ? parts[0]! : mergeMoments(parts);
  }

  shownSlots(slots: readonly number[], variable: number): number[] {
    return slots.filter((slot) => isShownCell(this.raw(slot, variable).n, this.threshold));
  }
}

function summaryOf(moments: Moments, threshold: number): Summary {
  if (!isShownCell(moments.n, threshold)) {
    const nan = Number.NaN;
    return { n: moments.n, mean: nan, sd: nan, ciLow: nan, ciHigh: nan };
  }
  const interval = meanConfidenceInterval(moments);
  return {
    n: moments.n,
    mean: moments.mean,
    sd: Math.sqrt(moments.variance),
    ciLow: interval?.low ?? Number.NaN,
    ciHigh: interval?.high ?? Number.NaN,
  };
}

function distributionOf(
  distributions: Distributions,
  variableCount: number,
  slots: readonly number[],
  variable: number,
): number[] {
  const out = new Array<number>(distributions.pointCount).fill(0);
  for (const slot of slots) {
    const start = (slot * variableCount + variable) * distributions.pointCount;
    for (let p = 0; p < distributions.pointCount; p++) {
      out[p]! += distributions.counts[start + p]!;
    }
  }
  return out;
}

function buildBlock(
  model: ScoringModel,
  layout: ScoredResponses['layout'],
  slots: readonly number[],
  respondents: number,
  cells: CellReader,
  itemDistributions: Distributions,
  needDistributions: Distributions,
): ScoreBlock {
  const threshold = cells.threshold;
  const summary = (variable: number) => summaryOf(cells.merged(slots, variable), threshold);
  const distributed = (
    distributions: Distributions,
    variableCount: number,
    variable: number,
    column: number,
  ): DistributionSummary => {
    const shown = cells.shownSlots(slots, column);
    const base = summary(column);
    return {
      ...base,
      distribution:
        shown.length > 0 ? distributionOf(distributions, variableCount, shown, variable) : null,
    };
  };
  const items = model.items.map((item, i): ItemScore => {
    const column = layout.items + i;
    const scored = distributed(itemDistributions, model.items.length, i, column);
    const counts = scored.distribution
      ? favourableCounts(scored.distribution, model.scale.min, model.scale.max)
      : { favourable: 0, answers: 0 };
    return {
      code: item.code,
      dimension: item.dimension >= 0 ? model.dimensions[item.dimension]!.code : null,
      reverse: item.reverse,
      ...scored,
      favourable: favourableOf(counts.favourable, counts.answers, scored.distribution !== null),
    };
  });
  const dimensions = model.dimensions.map((dimension, d): DimensionScore => {
    // Summed over the dimension's statements whose cell is shown, so nothing hidden leaks in.
    let favourable = 0;
    let answers = 0;
    for (const i of dimension.items) {
      const item = items[i]!;
      if (!item.distribution) continue;
      favourable += item.favourable.favourable;
      answers += item.favourable.answers;
    }
    return {
      code: dimension.code,
      ...summary(layout.dimensions + d),
      favourable: favourableOf(favourable, answers, answers >= threshold),
    };
  });
  const overall = summary(layout.overall);
  return {
    respondents,
    items,
    dimensions,
    overall,
    overall100: toPercent(overall, model.scale),
    needs: model.needs.map((need, k) => ({
      code: need.code,
      importance: distributed(needDistributions, 2 * model.needs.length, k, layout.importance + k),
      performance: distributed(
        needDistributions,
        2 * model.needs.length,
        model.needs.length + k,
        layout.performance + k,
      ),
    })),
  };
}

function favourableOf(favourable: number, answers: number, shown: boolean): Favourable {
  return shown
    ? { favourable, answers, share: answers > 0 ? favourable / answers : Number.NaN }
    : { favourable: Number.NaN, answers, share: Number.NaN };
}

function toPercent(summary: Summary, scale: ScaleRange): Summary {
  const range = scale.max - scale.min;
  return {
    n: summary.n,
    mean: toPercentOfScale(summary.mean, scale),
    sd: (summary.sd / range) * 100,
    ciLow: toPercentOfScale(summary.ciLow, scale),
    ciHigh: toPercentOfScale(summary.ciHigh, scale),
  };
}

/** α per dimension over the respondents of the whole sample as shown. */
function reliabilityOf(
  model: ScoringModel,
  scored: ScoredResponses,
  slotOf: Int32Array,
  plan: DisclosurePlan,
  threshold: number,
): DimensionReliability[] {
  const { layout, values, respondentCount } = scored;
  const included: number[] = [];
  if (plan.totalShown)
    for (let r = 0; r < respondentCount; r++) if (slotOf[r]! >= 0) included.push(r);
  const stride = layout.stride;
  const subset =
    included.length === respondentCount ? values : reliabilityRows.take(included.length * stride);
  if (subset !== values) {
    included.forEach((r, row) =>
      subset.set(values.subarray(r * stride, (r + 1) * stride), row * stride),
    );
  }
  return model.dimensions.map((d): DimensionReliability => {
    const present = d.items.filter((i) => model.items[i]!.column >= 0);
    const reliability = cronbachAlphaOfMatrix(
      subset,
      included.length,
      stride,
      present.map((i) => layout.items + i),
    );
    const shown = isShownCell(reliability.nComplete, threshold);
    const alpha = shown ? reliability.alpha : Number.NaN;
    const interval = alphaConfidenceInterval(alpha, reliability.nComplete, reliability.itemCount);
    const nan = () => Number.NaN;
    return {
      code: d.code,
      itemCodes: present.map((i) => model.items[i]!.code),
      ...reliability,
      alpha,
      alphaIfDeleted: shown ? reliability.alphaIfDeleted : reliability.alphaIfDeleted.map(nan),
      itemTotalCorrelation: shown
        ? reliability.itemTotalCorrelation
        : reliability.itemTotalCorrelation.map(nan),
      ciLow: interval?.low ?? Number.NaN,
      ciHigh: interval?.high ?? Number.NaN,
    };
  });
}
