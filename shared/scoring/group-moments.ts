/**
 * n, mean and variance of every variable in every group, in one struct-of-arrays object and two
 * passes over the data (no object per cell). Slot `groupCount` holds the whole sample, which also
 * includes respondents without a group and respondents of suppressed groups.
 */
import type { Moments } from '../stats/descriptives';
import { KeptValues } from './kept-values';
import type { ScoringModel } from './model';
import { scoreRowsInto, scoringPlan, type ScoredLayout } from './respondent-scores';
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
  const sums = newSums(groupCount, variableCount);
  for (let r = 0; r < rowCount; r++) {
    addRow(values, r * rowStride + firstColumn, variableCount, groupOf[r]!, sums);
  }
  const pass = { values, firstColumn, rowStride, rowCount, variableCount, groupOf, groupCount };
  return finishMoments(pass, sums);
}

/**
 * The scored values of the last analyses, kept for the next one (see KeptValues). Only one slot is
 * scored at a time, so this holds the largest slot's values: a 5,000 × 60 survey in 8 groups needs
 * some 0.4 MB (2.7 MB for its whole-sample slot, where results ask for it). Kept up to 2²¹ values
 * (16 MB); larger slots get their own array, let go after use.
 */
const slotValues = new KeptValues(2 ** 21);

/**
 * The moments of every scored variable (layout of `scoreRespondents`) per group: the same numbers,
 * bit for bit, as `computeGroupMoments` over `scoreRespondents`' values. `withTotal: false` leaves
 * the whole-sample slot empty and neither scores nor counts respondents without a group.
 *
 * Slot after slot (each group, then the whole sample), its respondents are scored once into a
 * column per variable (the slot's respondents in their order, in a buffer kept between calls),
 * and each column's moments are then two short walks with the running sums in registers. Summing
 * row by row into per-slot arrays instead (a load and a store per value and sum, both passes)
 * took most of an analysis. Every sum still adds the same values in the same (respondent) order,
 * so the figures are the same bits.
 */
export function computeScoredGroupMoments(
  matrix: ResponseMatrix,
  model: ScoringModel,
  { withTotal = true }: { withTotal?: boolean } = {},
): { layout: ScoredLayout; moments: GroupMoments } {
  const plan = scoringPlan(matrix, model);
  const stride = plan.layout.stride;
  const { groupOf, groupCount } = matrix;
  const slots = slotSizes(groupOf, groupCount, withTotal);
  const columns = slotValues.take(Math.max(0, ...slots.size) * stride);
  const rows = rowsByGroup(groupOf, groupCount, slots.first);
  const moments = emptyMoments(groupCount, stride);
  for (let slot = 0; slot <= groupCount; slot++) {
    const count = slots.size[slot]!;
    if (slot < groupCount)
      scoreRowsInto(plan, rows, slots.first[slot]!, count, columns, 0, 1, count);
    else if (count > 0) scoreRowsInto(plan, null, 0, count, columns, 0, 1, count);
    slotMoments(columns, count, slot, moments);
  }
  return { layout: plan.layout, moments };
}

/** How many respondents each slot holds (the groups, then the whole sample) and where it starts. */
interface SlotSizes {
  /** Respondents per slot (groupCount + 1). */
  size: Int32Array;
  /** First respondent of each slot among all slots' respondents. */
  first: Int32Array;
}

function slotSizes(groupOf: Int32Array, groupCount: number, withTotal: boolean): SlotSizes {
  const size = new Int32Array(groupCount + 1);
  for (let r = 0; r < groupOf.length; r++) {
    const g = groupOf[r]!;
    if (g >= 0 && g < groupCount) size[g]!++;
  }
  if (withTotal) size[groupCount] = groupOf.length;
  const first = new Int32Array(groupCount + 1);
  let valueCount = 0;
  for (let slot = 0; slot <= groupCount; slot++) {
    first[slot] = valueCount;
    valueCount += size[slot]!;
  }
  return { size, first };
}

/*
 * Each walk over respondents is a function of its own, with nothing after its loop: the engine
 * compiles a long loop while it runs (on-stack replacement), and code after the loop that has not
 * run yet then sends the compiled code back to the interpreter.
 */

/** The respondents of each group in their order, group after group (a counting sort). */
function rowsByGroup(groupOf: Int32Array, groupCount: number, first: Int32Array): Int32Array {
  const rows = new Int32Array(first[groupCount]!);
  const next = first.slice(0, groupCount);
  for (let r = 0; r < groupOf.length; r++) {
    const g = groupOf[r]!;
    if (g >= 0 && g < groupCount) rows[next[g]!++] = r;
  }
  return rows;
}

function emptyMoments(groupCount: number, variableCount: number): GroupMoments {
  const slots = (groupCount + 1) * variableCount;
  return {
    variableCount,
    groupCount,
    n: new Float64Array(slots),
    mean: new Float64Array(slots),
    variance: new Float64Array(slots),
  };
}

/**
 * One slot's moments of every variable from its columns (`count` respondents each, variable v
 * at `v * count`); an empty slot: n 0, NaN.
 */
function slotMoments(
  columns: Float64Array,
  count: number,
  slot: number,
  moments: GroupMoments,
): void {
  const { variableCount, n, mean, variance } = moments;
  for (let v = 0; v < variableCount; v++) {
    const start = v * count;
    columnMoments(columns, start, start + count, slot * variableCount + v, n, mean, variance);
  }
}

/**
 * n, mean and variance of `values[start … end)` (missing values skipped) into slot `k`: the first
 * pass, then the second with the mean refinement of `describe` — the arithmetic of
 * `finishMoments`, value for value.
 */
function columnMoments(
  values: Float64Array,
  start: number,
  end: number,
  k: number,
  nOut: Float64Array,
  meanOut: Float64Array,
  varianceOut: Float64Array,
): void {
  let count = 0;
  let sum = 0;
  for (let i = start; i < end; i++) {
    const x = values[i]!;
    if (x === x) {
      count++;
      sum += x;
    }
  }
  nOut[k] = count;
  if (count === 0) {
    meanOut[k] = NaN;
    varianceOut[k] = NaN;
    return;
  }
  const firstMean = sum / count;
  let residual = 0;
  let squares = 0;
  for (let i = start; i < end; i++) {
    const x = values[i]!;
    if (x === x) {
      const d = x - firstMean;
      residual += d;
      squares += d * d;
    }
  }
  const correction = residual / count;
  meanOut[k] = firstMean + correction;
  varianceOut[k] =
    count > 1 ? Math.max(0, squares - count * correction * correction) / (count - 1) : NaN;
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
  { n, sum, groupCount }: Sums,
): void {
  accumulate(values, base, variableCount, n, sum, groupCount * variableCount);
  if (g >= 0 && g < groupCount) accumulate(values, base, variableCount, n, sum, g * variableCount);
}

/**
 * The means from the first pass, then the second pass (deviations from them) with the same mean
 * refinement as `describe`, so the numbers agree with it and with R.
 */
function finishMoments(pass: RowsToSum, { n, sum }: Sums): GroupMoments {
  const mean = new Float64Array(n.length);
  for (let k = 0; k < mean.length; k++) mean[k] = n[k]! > 0 ? sum[k]! / n[k]! : NaN;
  const residual = sum.fill(0);
  const squares = new Float64Array(n.length);
  sumDeviations(pass, mean, residual, squares);
  const variance = refine(n, mean, residual, squares);
  const { variableCount, groupCount } = pass;
  return { variableCount, groupCount, n, mean, variance };
}

/** The rows whose moments are taken (both passes walk them). */
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
): void {
  const totalBase = groupCount * variableCount;
  for (let r = 0; r < rowCount; r++) {
    const g = groupOf[r]!;
    const base = r * rowStride + firstColumn;
    deviations(values, base, variableCount, mean, residual, squares, totalBase);
    if (g >= 0 && g < groupCount) {
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
