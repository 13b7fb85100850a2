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
  const scorer = respondentScorer(matrix, model);
  const stride = scorer.layout.stride;
  const out = new Float64Array(respondentCount * stride);
  for (let r = 0; r < respondentCount; r++) scorer.scoreInto(r, out, r * stride);
  return { respondentCount, layout: scorer.layout, values: out };
}

/** Scores one respondent at a time, into any array: see `scoreRespondents` for the rules. */
export interface RespondentScorer {
  layout: ScoredLayout;
  /** Writes respondent `r`'s `layout.stride` scored values into `out` from `outBase`. */
  scoreInto(r: number, out: Float64Array, outBase: number): void;
}

/**
 * The scoring of `scoreRespondents` one row at a time, for callers that only need figures
 * computed from the rows (group moments) and need not keep them: a 5,000 × 60 survey's scored
 * rows are 2.7 MB of fresh memory, which costs more to touch than the scoring itself.
 */
export function respondentScorer(matrix: ResponseMatrix, model: ScoringModel): RespondentScorer {
  const inputStride = matrix.itemCodes.length;
  const input = matrix.values;
  const layout = scoredLayout(model);
  const dimensionsColumn = layout.dimensions;
  const overallColumn = layout.overall;
  const importanceColumn = layout.importance;

  const itemCount = model.items.length;
  const itemColumns = Int32Array.from(model.items, (item) => item.column);
  const itemReverse = Uint8Array.from(model.items, (item) => (item.reverse ? 1 : 0));
  const { min, max } = model.scale;
  const mirror = min + max;

  // Dimension membership as flat arrays: items of dimension d are dimensionItems[start[d]..start[d+1]).
  const dimensionCount = model.dimensions.length;
  const dimensionStart = new Int32Array(dimensionCount + 1);
  model.dimensions.forEach((d, index) => {
    dimensionStart[index + 1] = dimensionStart[index]! + d.items.length;
  });
  const dimensionItems = Int32Array.from(model.dimensions.flatMap((d) => d.items));
  const requiredAnswers = Int32Array.from(model.dimensions, (d) => d.requiredAnswers);
  const requiredDimensions = model.requiredDimensions;

  const needCount = model.needs.length;
  const needColumns = Int32Array.from([
    ...model.needs.map((n) => n.importanceColumn),
    ...model.needs.map((n) => n.performanceColumn),
  ]);
  const needMin = model.needsScale.min;
  const needMax = model.needsScale.max;

  const scoreInto = (r: number, out: Float64Array, outBase: number): void => {
    const inBase = r * inputStride;
    for (let i = 0; i < itemCount; i++) {
      const column = itemColumns[i]!;
      let x = column >= 0 ? input[inBase + column]! : NaN;
      // NaN fails both comparisons, so it stays NaN; off-scale answers become missing.
      if (!(x >= min && x <= max)) x = NaN;
      else if (itemReverse[i] === 1) x = mirror - x;
      out[outBase + i] = x;
    }

    let dimensionSum = 0;
    let dimensionsScored = 0;
    for (let d = 0; d < dimensionCount; d++) {
      let sum = 0;
      let answered = 0;
      for (let k = dimensionStart[d]!; k < dimensionStart[d + 1]!; k++) {
        const x = out[outBase + dimensionItems[k]!]!;
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
      out[outBase + dimensionsColumn + d] = score;
    }
    out[outBase + overallColumn] =
      dimensionsScored > 0 && dimensionsScored >= requiredDimensions
        ? dimensionSum / dimensionsScored
        : NaN;

    for (let k = 0; k < 2 * needCount; k++) {
      const column = needColumns[k]!;
      const x = column >= 0 ? input[inBase + column]! : NaN;
      out[outBase + importanceColumn + k] = x >= needMin && x <= needMax ? x : NaN;
    }
  };
  return { layout, scoreInto };
}

/** One column of the scored responses as its own array (e.g. for an export or a chart). */
export function scoredColumn(scored: ScoredResponses, column: number): Float64Array {
  const out = new Float64Array(scored.respondentCount);
  const stride = scored.layout.stride;
  for (let r = 0; r < scored.respondentCount; r++) out[r] = scored.values[r * stride + column]!;
  return out;
}
