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

export function scoreRespondents(
  matrix: ResponseMatrix,
  model: ScoringModel,
  /** Where the values go (every one is written): a new array unless the caller has one. */
  valuesOfSize: (size: number) => Float64Array = (size) => new Float64Array(size),
): ScoredResponses {
  const respondentCount = matrix.groupOf.length;
  const plan = scoringPlan(matrix, model);
  const stride = plan.layout.stride;
  const out = valuesOfSize(respondentCount * stride);
  scoreRowsInto(plan, null, 0, respondentCount, out, 0, stride, 1);
  return { respondentCount, layout: plan.layout, values: out };
}

/**
 * The scoring model of one matrix as flat arrays, so that scoring a respondent is array
 * arithmetic only (no Map, object or closure per respondent): see `scoreRespondents` for the
 * rules and `scoreRowsInto` for their one implementation.
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
 * Scores `count` respondents — `rows[first …]`, or respondents `first …` in order when `rows` is
 * null — into `out`: the i-th one's value v at `outBase + i * rowStep + v * step` (one row after
 * the other: rowStep = stride, step = 1; into columns: rowStep = 1, step = the column's length,
 * see group-moments.ts). Each dimension's items are scored and summed in one walk, in the
 * dimension's item order. One loop over all respondents, so that a fresh process's engine
 * compiles it while it runs (on-stack replacement) instead of interpreting a function per row.
 */
export function scoreRowsInto(
  plan: ScoringPlan,
  rows: Int32Array | null,
  first: number,
  count: number,
  out: Float64Array,
  outBase: number,
  rowStep: number,
  step: number,
): void {
  const { input, inputStride, itemColumns, itemReverse, min, max, layout } = plan;
  const { dimensionCount, dimensionStart, dimensionItems, requiredAnswers, looseItems } = plan;
  const { requiredDimensions, needColumns, needMin, needMax } = plan;
  const needValues = 2 * plan.needCount;
  const mirror = min + max;
  const dimensionsAt = layout.dimensions * step;
  const overallAt = layout.overall * step;
  const needsAt = layout.importance * step;
  for (let index = 0; index < count; index++) {
    const r = rows === null ? first + index : rows[first + index]!;
    const inBase = r * inputStride;
    const base = outBase + index * rowStep;
    let dimensionSum = 0;
    let dimensionsScored = 0;
    for (let d = 0; d < dimensionCount; d++) {
      let sum = 0;
      let answered = 0;
      const end = dimensionStart[d + 1]!;
      for (let k = dimensionStart[d]!; k < end; k++) {
        const i = dimensionItems[k]!;
        const column = itemColumns[i]!;
        let x = column >= 0 ? input[inBase + column]! : NaN;
        // `scoredAnswer`, written out: one test decides both "missing" and "counts".
        if (x >= min && x <= max) {
          if (itemReverse[i] === 1) x = mirror - x;
          sum += x;
          answered++;
        } else {
          x = NaN;
        }
        out[base + i * step] = x;
      }
      let score = NaN;
      if (answered > 0 && answered >= requiredAnswers[d]!) {
        score = sum / answered;
        dimensionSum += score;
        dimensionsScored++;
      }
      out[base + dimensionsAt + d * step] = score;
    }
    out[base + overallAt] =
      dimensionsScored > 0 && dimensionsScored >= requiredDimensions
        ? dimensionSum / dimensionsScored
        : NaN;
    for (let k = 0; k < looseItems.length; k++) {
      const i = looseItems[k]!;
      out[base + i * step] = scoredAnswer(
        input,
        inBase,
        itemColumns[i]!,
        itemReverse[i]!,
        min,
        max,
      );
    }
    for (let k = 0; k < needValues; k++) {
      const column = needColumns[k]!;
      const x = column >= 0 ? input[inBase + column]! : NaN;
      out[base + needsAt + k * step] = x >= needMin && x <= needMax ? x : NaN;
    }
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
  return reverse === 1 ? min + max - x : x; // (min + max) − x, as in scoreRowsInto
}

/** One column of the scored responses as its own array (e.g. for an export or a chart). */
export function scoredColumn(scored: ScoredResponses, column: number): Float64Array {
  const out = new Float64Array(scored.respondentCount);
  const stride = scored.layout.stride;
  for (let r = 0; r < scored.respondentCount; r++) out[r] = scored.values[r * stride + column]!;
  return out;
}
