/**
 * The only place that imports the distribution functions. They come from stdlib (well kept,
 * accurate to a few ulps) rather than being hand-written approximations.
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** P(T ≤ x) for Student's t with `df` degrees of freedom (df may be fractional). */
export function studentTCdf(x: number, df: number): number {
  return tCdf(x, df);
}

/** The p-quantile of Student's t with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  return tQuantile(p, df);
}

/** The p-quantile of the standard normal distribution. */
export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}
