/**
 * Per-respondent scoring: one pass over the response matrix that produces, per respondent, the
 * scored likert answers (reverse items turned round), the dimension scores, the overall index and
 * the importance/performance answers — all in one row-major Float64Array (`ScoredResponses`).
 *
 * Rules (issue "Scoring"):
 * - A likert answer outside the scale or not a number is missing. Reverse items become
 *   `min + max − x` before anything else.
 * - Dimension score = mean of the answered items of the dimension, only when at least
 *   `requiredAnswers` of its items are answered (by default half, rounded up); otherwise missing.
 * - Overall index = mean of the respondent's available dimension scores, only when at least
 *   `requiredDimensions` dimensions have a score (the same fraction rule, applied to dimensions;
 *   dimensions without items do not count). Chosen over "all dimensions required" so that one
 *   skipped block does not drop a respondent from the index, while half-empty forms still do.
 */
import type { ResponseMatrix } from './response-matrix';
import type { ScoringModel } from './model';

/** Where each kind of variable sits in a row of `ScoredResponses.values`. */
export interface ScoredLayout {
  /** Values per respondent. */
  stride: number;
  /** First likert item column (one per model item). */
  items: number;
  /** First dimension score column (one per model dimension). */
  dimensions: number;
  /** The overall index column. */
  overall: number;
  /** First importance column (one per model need). */
  importance: number;
  /** First performance column (one per model need). */
  performance: number;
}

export interface ScoredResponses {
  respondentCount: number;
  layout: ScoredLayout;
  /** Row-major respondents × layout.stride; NaN = missing / no score. */
  values: Float64Array;
}

export function scoredLayout(model: ScoringModel): ScoredLayout {
  const items = 0;
  const dimensions = model.items.length;
  const overall = dimensions + model.dimensions.length;
  const importance = overall + 1;
  const performance = importance + model.needs.length;
  return {
    stride: performance + model.needs.length,
    items,
    dimensions,
    overall,
    importance,
    performance,
  };
}

export function scoreRespondents(matrix: ResponseMatrix, model: ScoringModel): ScoredResponses {
  const respondentCount = matrix.groupOf.length;
  const plan = scoringPlan(matrix, model);
  const stride = plan.layout.stride;
  const out = new Float64Array(respondentCount * stride);
  for (let r = 0; r < respondentCount; r++) scoreRowInto(plan, r, out, r * stride);
  return { respondentCount, layout: plan.layout, values: out };
}

/**
 * The scoring model of one matrix as flat arrays, so that scoring a respondent is array
 * arithmetic only (no Map, object or closure per respondent): see `scoreRespondents` for the
 * rules and `scoreRowInto` for their one implementation.
 */
export interface ScoringPlan {
  layout: ScoredLayout;
  input: Float64Array;
  inputStride: number;
  itemCount: number;
  /** Matrix column per model item; −1 when absent (always missing). */
  itemColumns: Int32Array;
  itemReverse: Uint8Array;
  min: number;
  max: number;
  dimensionCount: number;
  /** Items of dimension d: dimensionItems[dimensionStart[d] … dimensionStart[d + 1]). */
  dimensionStart: Int32Array;
  dimensionItems: Int32Array;
  /** Items of no dimension (scored, but in no dimension score). */
  looseItems: Int32Array;
  requiredAnswers: Int32Array;
  requiredDimensions: number;
  needCount: number;
  /** Matrix columns of the importance items, then of the performance items (−1: absent). */
  needColumns: Int32Array;
  needMin: number;
  needMax: number;
}

export function scoringPlan(matrix: ResponseMatrix, model: ScoringModel): ScoringPlan {
  const dimensionCount = model.dimensions.length;
  const dimensionStart = new Int32Array(dimensionCount + 1);
  model.dimensions.forEach((d, index) => {
    dimensionStart[index + 1] = dimensionStart[index]! + d.items.length;
  });
  return {
    layout: scoredLayout(model),
    input: matrix.values,
    inputStride: matrix.itemCodes.length,
    itemCount: model.items.length,
    itemColumns: Int32Array.from(model.items, (item) => item.column),
    itemReverse: Uint8Array.from(model.items, (item) => (item.reverse ? 1 : 0)),
    min: model.scale.min,
    max: model.scale.max,
    dimensionCount,
    dimensionStart,
    dimensionItems: Int32Array.from(model.dimensions.flatMap((d) => d.items)),
    looseItems: Int32Array.from(
      model.items.flatMap((_, i) => (model.dimensions.some((d) => d.items.includes(i)) ? [] : [i])),
    ),
    requiredAnswers: Int32Array.from(model.dimensions, (d) => d.requiredAnswers),
    requiredDimensions: model.requiredDimensions,
    needCount: model.needs.length,
    needColumns: Int32Array.from([
      ...model.needs.map((n) => n.importanceColumn),
      ...model.needs.map((n) => n.performanceColumn),
    ]),
    needMin: model.needsScale.min,
    needMax: model.needsScale.max,
  };
}

/**
 * Writes respondent `r`'s `layout.stride` scored values into `out`: value v at
 * `outBase + v * step` (step 1: one row; a column's length: into columns, see group-moments.ts).
 * Each dimension's items are scored and summed in one walk, in the dimension's item order.
 */
export function scoreRowInto(
  plan: ScoringPlan,
  r: number,
  out: Float64Array,
  outBase: number,
  step = 1,
): void {
  const { input, itemColumns, itemReverse, min, max, layout } = plan;
  const { dimensionCount, dimensionStart, dimensionItems, requiredAnswers, looseItems } = plan;
  const inBase = r * plan.inputStride;
  let dimensionSum = 0;
  let dimensionsScored = 0;
  for (let d = 0; d < dimensionCount; d++) {
    let sum = 0;
    let answered = 0;
    for (let k = dimensionStart[d]!; k < dimensionStart[d + 1]!; k++) {
      const i = dimensionItems[k]!;
      const x = scoredAnswer(input, inBase, itemColumns[i]!, itemReverse[i]!, min, max);
      out[outBase + i * step] = x;
      if (x === x) {
        sum += x;
        answered++;
      }
    }
    let score = NaN;
    if (answered > 0 && answered >= requiredAnswers[d]!) {
      score = sum / answered;
      dimensionSum += score;
      dimensionsScored++;
    }
    out[outBase + (layout.dimensions + d) * step] = score;
  }
  out[outBase + layout.overall * step] =
    dimensionsScored > 0 && dimensionsScored >= plan.requiredDimensions
      ? dimensionSum / dimensionsScored
      : NaN;
  for (let k = 0; k < looseItems.length; k++) {
    const i = looseItems[k]!;
    out[outBase + i * step] = scoredAnswer(
      input,
      inBase,
      itemColumns[i]!,
      itemReverse[i]!,
      min,
      max,
    );
  }

  const { needColumns, needMin, needMax } = plan;
  for (let k = 0; k < 2 * plan.needCount; k++) {
    const column = needColumns[k]!;
    const x = column >= 0 ? input[inBase + column]! : NaN;
    out[outBase + (layout.importance + k) * step] = x >= needMin && x <= needMax ? x : NaN;
  }
}

/**
 * A likert answer as scored: missing when absent, not a number or off the scale; a reverse item
 * turned round (min + max − x).
 */
function scoredAnswer(
  input: Float64Array,
  inBase: number,
  column: number,
  reverse: number,
  min: number,
  max: number,
): number {
  const x = column >= 0 ? input[inBase + column]! : NaN;
  // NaN fails both comparisons, so it stays NaN; off-scale answers become missing.
  if (!(x >= min && x <= max)) return NaN;
  return reverse === 1 ? min + max - x : x;
}

/** One column of the scored responses as its own array (e.g. for an export or a chart). */
export function scoredColumn(scored: ScoredResponses, column: number): Float64Array {
  const out = new Float64Array(scored.respondentCount);
  const stride = scored.layout.stride;
  for (let r = 0; r < scored.respondentCount; r++) out[r] = scored.values[r * stride + column]!;
  return out;
}
