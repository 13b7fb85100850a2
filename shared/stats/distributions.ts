/**
 * The only place that imports the distribution functions. They come from stdlib (well kept,
 * accurate to a few ulps) rather than being hand-written approximations.
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import fCdf from '@stdlib/stats-base-dists-f-cdf';
import fQuantile from '@stdlib/stats-base-dists-f-quantile';

/** P(T ≤ x) for Student's t with `df` degrees of freedom (df may be fractional). */
export function studentTCdf(x: number, df: number): number {
  return tCdf(x, df);
}

/** The p-quantile of Student's t with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  return tQuantile(p, df);
}

/** Kept quantiles per probability, by exact df; emptied when it grows past this. */
const QUANTILE_CACHE_LIMIT = 50_000;
const quantileCache = new Map<number, Map<number, number>>();

/**
 * `studentTQuantile`, kept by exact (p, df): the quantile is by far the costliest part of an
 * interval, and the same degrees of freedom recur — a group's n − 1 across all its statements,
 * and every Welch df when an analysis is shown again (another tab, the export, the report).
 * Exact keys, so a kept value is the very number the function returns.
 */
export function cachedStudentTQuantile(p: number, df: number): number {
  let byDf = quantileCache.get(p);
  if (!byDf) {
    byDf = new Map();
    quantileCache.set(p, byDf);
  }
  let q = byDf.get(df);
  if (q === undefined) {
    q = tQuantile(p, df);
    if (byDf.size >= QUANTILE_CACHE_LIMIT) byDf.clear();
    byDf.set(df, q);
  }
  return q;
}

/** The p-quantile of the standard normal distribution. */
export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** P(F ≤ x) for the F distribution with `df1` and `df2` degrees of freedom (may be fractional). */
export function fisherFCdf(x: number, df1: number, df2: number): number {
  return fCdf(x, df1, df2);
}

/** The p-quantile of the F distribution with `df1` and `df2` degrees of freedom. */
export function fisherFQuantile(p: number, df1: number, df2: number): number {
  return fQuantile(p, df1, df2);
}
