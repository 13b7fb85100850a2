/**
 * The 95 % confidence interval of a group's mean, as R's `t.test(x)$conf.int`:
 *
 *   mean ∓ q · sd / √n,   q = the (1 + level) / 2 quantile of Student's t with n − 1 df.
 *
 * Null (not computable) with fewer than two answers; an interval of zero width when every answer
 * is the same (R refuses that case with "data are essentially constant"; a consultant is better
 * served by the honest [m; m]).
 */
import type { Moments } from './descriptives';
import { studentTQuantile } from './distributions';
import { DEFAULT_CONFIDENCE_LEVEL } from './welch';

export interface MeanInterval {
  low: number;
  high: number;
}

export function meanConfidenceInterval(
  moments: Moments,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): MeanInterval | null {
  const { n, mean, variance } = moments;
  if (!(n >= 2) || !Number.isFinite(mean) || !Number.isFinite(variance)) return null;
  const q = wholeDfQuantile(1 - (1 - confidenceLevel) / 2, n - 1);
  const half = q * Math.sqrt(variance / n);
  return { low: mean - half, high: mean + half };
}

/**
 * Quantiles for whole degrees of freedom, kept: every group's n recurs across all its statements
 * and dimensions, and the quantile is by far the costliest part of an interval.
 */
const quantiles = new Map<string, number>();
function wholeDfQuantile(p: number, df: number): number {
  const key = `${p}|${df}`;
  let q = quantiles.get(key);
  if (q === undefined) {
    q = studentTQuantile(p, df);
    if (quantiles.size < 10_000) quantiles.set(key, q);
  }
  return q;
}
