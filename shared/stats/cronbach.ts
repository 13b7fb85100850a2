/**
 * Cronbach's α with the conventions of R's `psych::alpha` "raw_alpha", computed on listwise
 * complete cases (respondents who answered every item of the scale).
 *
 *   α = k / (k − 1) · (1 − tr(C) / sum(C)),   C = sample covariance matrix of the k items.
 *
 * Alpha if item deleted is the same formula on C without that item's row and column (psych's
 * `alpha.drop$raw_alpha`); the corrected item-total correlation is the correlation of the item
 * with the sum of the other items (psych's `r.drop`). Unlike psych, items without variance are
 * kept (psych drops them with a warning); their corrected item-total correlation is NaN.
 */
import { cachedFisherFQuantile } from './distributions';

export interface Reliability {
  itemCount: number;
  /** Respondents with an answer on every item; only they are used. */
  nComplete: number;
  /** NaN when fewer than 2 items, fewer than 2 complete cases, or no total variance. */
  alpha: number;
  /** α of the remaining items per deleted item; NaN when fewer than 2 items would remain. */
  alphaIfDeleted: number[];
  /** Correlation of each item with the sum of the other items; NaN when not defined. */
  itemTotalCorrelation: number[];
}

/** Cronbach's α of items given as columns (one array per item, one value per respondent). */
export function cronbachAlpha(items: ReadonlyArray<ArrayLike<number>>): Reliability {
  const rowCount = items.length === 0 ? 0 : Math.min(...items.map((item) => item.length));
  const itemCount = items.length;
  const values = new Float64Array(rowCount * itemCount);
  for (let j = 0; j < itemCount; j++) {
    const item = items[j] as ArrayLike<number>;
    for (let r = 0; r < rowCount; r++) values[r * itemCount + j] = item[r] as number;
  }
  const columns = Array.from({ length: itemCount }, (_, j) => j);
  return cronbachAlphaOfMatrix(values, rowCount, itemCount, columns);
}

/**
 * Cronbach's α of some columns of a row-major matrix (`values[row * rowStride + column]`,
 * NaN = missing). Used by the scoring code so that it need not copy columns.
 */
export function cronbachAlphaOfMatrix(
  values: ArrayLike<number>,
  rowCount: number,
  rowStride: number,
  columns: ArrayLike<number>,
): Reliability {
  const k = columns.length;
  const complete = new Int32Array(rowCount);
  const n = completeRows(values, rowCount, rowStride, columns, complete);
  const covariance = covarianceMatrix(values, rowStride, columns, complete, n);

  const alpha = rawAlpha(covariance, k, -1);
  const alphaIfDeleted: number[] = [];
  const itemTotalCorrelation: number[] = [];
  for (let i = 0; i < k; i++) {
    alphaIfDeleted.push(rawAlpha(covariance, k, i));
    itemTotalCorrelation.push(correctedItemTotal(covariance, k, i));
  }
  return { itemCount: k, nComplete: n, alpha, alphaIfDeleted, itemTotalCorrelation };
}

// The passes over the respondents are functions of their own that end with their loop. In a
// fresh process the engine compiles a long loop while it runs (on-stack replacement); code after
// the loop that has not run yet sends it back to the interpreter (a deoptimisation), and a
// function with two such loops, called once per dimension, did so at every call: the loops of a
// reliability ran mostly interpreted. Each pass below is compiled as a whole after its first call.

/** The rows with an answer (not NaN) in every column, into `into`; returns how many. */
function completeRows(
  values: ArrayLike<number>,
  rowCount: number,
  rowStride: number,
  columns: ArrayLike<number>,
  into: Int32Array,
): number {
  const k = columns.length;
  let n = 0;
  for (let r = 0; r < rowCount; r++) {
    let answeredAll = true;
    for (let j = 0; j < k && answeredAll; j++) {
      const x = values[r * rowStride + (columns[j] as number)] as number;
      answeredAll = x === x;
    }
    if (answeredAll) into[n++] = r;
  }
  return n;
}

/** k × k sample covariance matrix over the first n of `rows` (all NaN when fewer than 2). */
function covarianceMatrix(
  values: ArrayLike<number>,
  rowStride: number,
  columns: ArrayLike<number>,
  rows: Int32Array,
  n: number,
): Float64Array {
  const k = columns.length;
  const covariance = new Float64Array(k * k);
  if (n < 2) return covariance.fill(NaN);
  const means = new Float64Array(k);
  addColumnSums(values, rowStride, columns, rows, n, means);
  for (let j = 0; j < k; j++) means[j]! /= n;
  addCrossProducts(values, rowStride, columns, rows, n, means, covariance);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const c = covariance[a * k + b]! / (n - 1);
      covariance[a * k + b] = c;
      covariance[b * k + a] = c;
    }
  }
  return covariance;
}

/** Adds each column's values over the first n of `rows` to `sums`, row after row. */
function addColumnSums(
  values: ArrayLike<number>,
  rowStride: number,
  columns: ArrayLike<number>,
  rows: Int32Array,
  n: number,
  sums: Float64Array,
): void {
  const k = columns.length;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    for (let j = 0; j < k; j++)
      sums[j]! += values[r * rowStride + (columns[j] as number)] as number;
  }
}

/** Adds the products of deviations from `means` (upper triangle) over the first n of `rows`. */
function addCrossProducts(
  values: ArrayLike<number>,
  rowStride: number,
  columns: ArrayLike<number>,
  rows: Int32Array,
  n: number,
  means: Float64Array,
  covariance: Float64Array,
): void {
  const k = columns.length;
  const deviations = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    for (let j = 0; j < k; j++) {
      deviations[j] = (values[r * rowStride + (columns[j] as number)] as number) - means[j]!;
    }
    for (let a = 0; a < k; a++) {
      for (let b = a; b < k; b++) covariance[a * k + b]! += deviations[a]! * deviations[b]!;
    }
  }
}

/** Raw α of all items except `skip` (−1 = none). */
function rawAlpha(covariance: Float64Array, k: number, skip: number): number {
  const used = skip < 0 ? k : k - 1;
  if (used < 2) return NaN;
  let trace = 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    if (a === skip) continue;
    trace += covariance[a * k + a]!;
    for (let b = 0; b < k; b++) if (b !== skip) total += covariance[a * k + b]!;
  }
  if (!(total > 0)) return NaN;
  return (used / (used - 1)) * (1 - trace / total);
}

/** Correlation of item i with the sum of the other items, from the covariance matrix. */
function correctedItemTotal(covariance: Float64Array, k: number, i: number): number {
  if (k < 2) return NaN;
  let restVariance = 0;
  let covarianceWithRest = 0;
  for (let a = 0; a < k; a++) {
    if (a === i) continue;
    covarianceWithRest += covariance[i * k + a]!;
    for (let b = 0; b < k; b++) if (b !== i) restVariance += covariance[a * k + b]!;
  }
  const itemVariance = covariance[i * k + i]!;
  if (!(itemVariance > 0) || !(restVariance > 0)) return NaN;
  return covarianceWithRest / Math.sqrt(itemVariance * restVariance);
}

/**
 * Feldt's (1965) 95 % confidence interval of α, as `psych::alpha.ci`:
 *
 *   low  = 1 − (1 − α) · F(1 − (1 − level)/2; n − 1, (n − 1)(k − 1))
 *   high = 1 − (1 − α) · F((1 − level)/2;     n − 1, (n − 1)(k − 1))
 *
 * with n the complete cases and k the items. Null when α is not computable.
 */
export function alphaConfidenceInterval(
  alpha: number,
  nComplete: number,
  itemCount: number,
  confidenceLevel = 0.95,
): { low: number; high: number } | null {
  if (!Number.isFinite(alpha) || nComplete < 2 || itemCount < 2) return null;
  const df1 = nComplete - 1;
  const df2 = (nComplete - 1) * (itemCount - 1);
  const tail = (1 - confidenceLevel) / 2;
  return {
    low: 1 - (1 - alpha) * cachedFisherFQuantile(1 - tail, df1, df2),
    high: 1 - (1 - alpha) * cachedFisherFQuantile(tail, df1, df2),
  };
}
