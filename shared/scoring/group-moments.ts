/**
 * n, mean and variance of every variable in every group, in one struct-of-arrays object and two
 * passes over the data (no object per cell). Slot `groupCount` holds the whole sample, which also
 * includes respondents without a group and respondents of suppressed groups.
 */
import type { Moments } from '../stats/descriptives';
import type { ScoringModel } from './model';
import { respondentScorer, type RespondentScorer, type ScoredLayout } from './respondent-scores';
import type { ResponseMatrix } from './response-matrix';

export interface GroupMoments {
  variableCount: number;
  groupCount: number;
  /** Per slot (group 0 … groupCount − 1, then the whole sample): `[slot * variableCount + v]`. */
  n: Float64Array;
  /** NaN when n = 0. */
  mean: Float64Array;
  /** Sample variance; NaN when n < 2. */
  variance: Float64Array;
}

/**
 * The group moments of one scoring (`scoreResponses`), kept so that the gap analysis of the same
 * answers can take them instead of scoring the respondents again (shared/gaps/reuse-moments.ts).
 */
export interface ScoredGroupMoments {
  /** The answers scored: reused only for this very matrix. */
  matrix: ResponseMatrix;
  model: ScoringModel;
  layout: ScoredLayout;
  /** Slots: the groups, then the pooled other groups, then the whole sample. */
  moments: GroupMoments;
  /** Per group: does its slot hold its respondents (shown on its own)? */
  ownSlot: readonly boolean[];
}

/**
 * Moments of `variableCount` consecutive columns starting at `firstColumn` of a row-major matrix.
 * Two-pass with the same mean refinement as `describe`, so the numbers agree with it and with R.
 */
export function computeGroupMoments(
  values: Float64Array,
  rowCount: number,
  rowStride: number,
  firstColumn: number,
  variableCount: number,
  groupOf: Int32Array,
  groupCount: number,
): GroupMoments {
  return momentsOfRows(
    values,
    firstColumn,
    rowStride,
    rowCount,
    variableCount,
    groupOf,
    groupCount,
  );
}

/**
 * The scored rows of the last analyses, kept for the next one: a 5,000 × 60 survey's scored rows
 * are 2.7 MB, and touching that much fresh memory costs more than the scoring itself. Kept up to
 * this many values (16 MB); larger sets get their own array, let go after use.
 */
const KEPT_SCORED_VALUES = 2 ** 21;
let keptScoredRows: Float64Array | null = null;

function scoredRowsBuffer(size: number): Float64Array {
  if (keptScoredRows !== null && keptScoredRows.length >= size) return keptScoredRows;
  const buffer = new Float64Array(size);
  if (size <= KEPT_SCORED_VALUES) keptScoredRows = buffer;
  return buffer;
}

/**
 * The moments of every scored variable (layout of `scoreRespondents`) per group: the same numbers,
 * bit for bit, as `computeGroupMoments` over `scoreRespondents`' values, with the scored rows in
 * a buffer kept between calls instead of a new array each time. `withTotal: false` leaves the
 * whole-sample slot empty and neither scores nor counts respondents without a group.
 */
export function computeScoredGroupMoments(
  matrix: ResponseMatrix,
  model: ScoringModel,
  { withTotal = true }: { withTotal?: boolean } = {},
): { layout: ScoredLayout; moments: GroupMoments } {
  const scorer = respondentScorer(matrix, model);
  const stride = scorer.layout.stride;
  const { groupOf, groupCount } = matrix;
  const rowCount = groupOf.length;
  const rows = scoredRowsBuffer(rowCount * stride);
  const sums = newSums(groupCount, stride);
  scoreAndSum(scorer, rows, groupOf, sums, withTotal);
  const moments = finishMoments(rows, 0, stride, rowCount, stride, groupOf, sums, withTotal);
  return { layout: scorer.layout, moments };
}

/*
 * Each walk over all respondents is a function of its own, with nothing after its loop: the
 * engine compiles a long loop while it runs (on-stack replacement), and code after the loop that
 * has not run yet then sends the compiled code back to the interpreter — as it did, analysis
 * after analysis, while this was one function.
 */

/**
 * Scores every respondent into `rows` and sums each row into the first pass while it is fresh
 * (a second walk over megabytes of scored rows cost as much as the scoring).
 */
function scoreAndSum(
  scorer: RespondentScorer,
  rows: Float64Array,
  groupOf: Int32Array,
  sums: Sums,
  withTotal: boolean,
): void {
  const stride = scorer.layout.stride;
  const groupCount = sums.groupCount;
  for (let r = 0; r < groupOf.length; r++) {
    const g = groupOf[r]!;
    const inGroup = g >= 0 && g < groupCount;
    if (!inGroup && !withTotal) continue;
    const base = r * stride;
    scorer.scoreInto(r, rows, base);
    addRow(rows, base, stride, g, inGroup, withTotal, sums);
  }
}

/** Running counts and sums per slot (first pass), then residuals and squares (second pass). */
interface Sums {
  variableCount: number;
  groupCount: number;
  n: Float64Array;
  sum: Float64Array;
}

function newSums(groupCount: number, variableCount: number): Sums {
  const size = (groupCount + 1) * variableCount;
  return { variableCount, groupCount, n: new Float64Array(size), sum: new Float64Array(size) };
}

/** The first pass for one row: counts and sums into its group's slot and the whole sample's. */
function addRow(
  values: Float64Array,
  base: number,
  variableCount: number,
  g: number,
  inGroup: boolean,
  withTotal: boolean,
  { n, sum, groupCount }: Sums,
): void {
  if (withTotal) accumulate(values, base, variableCount, n, sum, groupCount * variableCount);
  if (inGroup) accumulate(values, base, variableCount, n, sum, g * variableCount);
}

/**
 * The moments of `variableCount` consecutive columns starting at `firstColumn` of a row-major
 * matrix: both passes. Without `withTotal` the whole-sample slot is left empty (n 0, NaN), for
 * callers that compare groups only.
 */
function momentsOfRows(
  values: Float64Array,
  firstColumn: number,
  rowStride: number,
  rowCount: number,
  variableCount: number,
  groupOf: Int32Array,
  groupCount: number,
  withTotal = true,
): GroupMoments {
  const sums = newSums(groupCount, variableCount);
  for (let r = 0; r < rowCount; r++) {
    const g = groupOf[r]!;
    const inGroup = g >= 0 && g < groupCount;
    if (!inGroup && !withTotal) continue;
    addRow(values, r * rowStride + firstColumn, variableCount, g, inGroup, withTotal, sums);
  }
  return finishMoments(
    values,
    firstColumn,
    rowStride,
    rowCount,
    variableCount,
    groupOf,
    sums,
    withTotal,
  );
}

/**
 * The means from the first pass, then the second pass (deviations from them) with the same mean
 * refinement as `describe`, so the numbers agree with it and with R.
 */
function finishMoments(
  values: Float64Array,
  firstColumn: number,
  rowStride: number,
  rowCount: number,
  variableCount: number,
  groupOf: Int32Array,
  { n, sum, groupCount }: Sums,
  withTotal: boolean,
): GroupMoments {
  const mean = new Float64Array(n.length);
  for (let k = 0; k < mean.length; k++) mean[k] = n[k]! > 0 ? sum[k]! / n[k]! : NaN;
  const residual = sum.fill(0);
  const squares = new Float64Array(n.length);
  const pass = { values, firstColumn, rowStride, rowCount, variableCount, groupOf, groupCount };
  sumDeviations(pass, mean, residual, squares, withTotal);
  const variance = refine(n, mean, residual, squares);
  return { variableCount, groupCount, n, mean, variance };
}

/** The rows of the second pass. */
interface RowsToSum {
  values: Float64Array;
  firstColumn: number;
  rowStride: number;
  rowCount: number;
  variableCount: number;
  groupOf: Int32Array;
  groupCount: number;
}

/** The second pass: each row's deviations from its slot's mean and their squares. */
function sumDeviations(
  { values, firstColumn, rowStride, rowCount, variableCount, groupOf, groupCount }: RowsToSum,
  mean: Float64Array,
  residual: Float64Array,
  squares: Float64Array,
  withTotal: boolean,
): void {
  const totalBase = groupCount * variableCount;
  for (let r = 0; r < rowCount; r++) {
    const g = groupOf[r]!;
    const inGroup = g >= 0 && g < groupCount;
    if (!inGroup && !withTotal) continue;
    const base = r * rowStride + firstColumn;
    if (withTotal) deviations(values, base, variableCount, mean, residual, squares, totalBase);
    if (inGroup) {
      deviations(values, base, variableCount, mean, residual, squares, g * variableCount);
    }
  }
}

/**
 * The means refined by the mean residual and the variances from the squares (in `squares`,
 * returned), as `describe` does.
 */
function refine(
  n: Float64Array,
  mean: Float64Array,
  residual: Float64Array,
  squares: Float64Array,
): Float64Array {
  const variance = squares;
  for (let k = 0; k < mean.length; k++) {
    const count = n[k]!;
    if (count === 0) {
      variance[k] = NaN;
      continue;
    }
    const correction = residual[k]! / count;
    mean[k]! += correction;
    variance[k] =
      count > 1 ? Math.max(0, squares[k]! - count * correction * correction) / (count - 1) : NaN;
  }
  return variance;
}

/** Counts and sums one row into one slot (missing values skipped). */
function accumulate(
  values: Float64Array,
  base: number,
  variableCount: number,
  n: Float64Array,
  sum: Float64Array,
  slotBase: number,
): void {
  for (let v = 0; v < variableCount; v++) {
    const x = values[base + v]!;
    if (x !== x) continue;
    n[slotBase + v]!++;
    sum[slotBase + v]! += x;
  }
}

/** Adds one row's deviations from the slot's mean and their squares into one slot. */
function deviations(
  values: Float64Array,
  base: number,
  variableCount: number,
  mean: Float64Array,
  residual: Float64Array,
  squares: Float64Array,
  slotBase: number,
): void {
  for (let v = 0; v < variableCount; v++) {
    const x = values[base + v]!;
    if (x !== x) continue;
    const d = x - mean[slotBase + v]!;
    residual[slotBase + v]! += d;
    squares[slotBase + v]! += d * d;
  }
}

/** The moments of one variable in one slot (a group index, or groupCount for the whole sample). */
export function momentsAt(moments: GroupMoments, slot: number, variable: number): Moments {
  const k = slot * moments.variableCount + variable;
  return { n: moments.n[k]!, mean: moments.mean[k]!, variance: moments.variance[k]! };
}

/**
 * Answer counts per scale point for consecutive columns, per slot:
 * `[(slot * variableCount + v) * pointCount + (x − min)]`. Only whole values within min … max.
 */
export function computeGroupDistributions(
  values: Float64Array,
  rowCount: number,
  rowStride: number,
  firstColumn: number,
  variableCount: number,
  groupOf: Int32Array,
  groupCount: number,
  min: number,
  max: number,
): { pointCount: number; counts: Int32Array } {
  const pointCount = Math.max(0, Math.floor(max - min) + 1);
  const counts = new Int32Array((groupCount + 1) * variableCount * pointCount);
  const totalBase = groupCount * variableCount;
  for (let r = 0; r < rowCount; r++) {
    const g = groupOf[r]!;
    const groupBase = g >= 0 && g < groupCount ? g * variableCount : -1;
    const rowBase = r * rowStride + firstColumn;
    for (let v = 0; v < variableCount; v++) {
      const point = values[rowBase + v]! - min;
      // Fails for NaN, off-scale and fractional values (e.g. a mean), which are not counted.
      if (!(point >= 0 && point < pointCount) || point !== Math.floor(point)) continue;
      counts[(totalBase + v) * pointCount + point]!++;
      if (groupBase >= 0) counts[(groupBase + v) * pointCount + point]!++;
    }
  }
  return { pointCount, counts };
}
