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
import { cachedStudentTQuantile } from './distributions';
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
  const q = cachedStudentTQuantile(1 - (1 - confidenceLevel) / 2, n - 1);
  const half = q * Math.sqrt(variance / n);
  return { low: mean - half, high: mean + half };
}
