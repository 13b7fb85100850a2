/**
 * Welch's two-sample t-test (unequal variances), as R's `t.test(a, b, var.equal = FALSE)`.
 *
 *   se = sqrt(varA / nA + varB / nB)
 *   df = se⁴ / ((varA / nA)² / (nA − 1) + (varB / nB)² / (nB − 1))   (Welch–Satterthwaite)
 *   t  = (meanA − meanB) / se,   p = 2 · P(T_df ≤ −|t|)
 *   CI = (t ∓ q) · se with q = the (1 + level) / 2 quantile of T_df
 *
 * Edge cases (see TestStatus): a group with fewer than 2 answers, or both groups without variance
 * (R: "data are essentially constant", with R's own tolerance), give NaN for se, t, df, p and the
 * CI. One group without variance is fine: df is then the other group's n − 1, exactly as in R.
 */
import { describe, type Moments } from './descriptives';
import { cachedStudentTQuantile, studentTCdf } from './distributions';
import { sampleSizeStatus, type TestStatus } from './status';

export interface WelchResult {
  /** meanA − meanB (NaN only when a group has no answers). */
  diff: number;
  se: number;
  t: number;
  df: number;
  /** Two-sided p. */
  p: number;
  /** Confidence interval of meanA − meanB. */
  ciLow: number;
  ciHigh: number;
  status: TestStatus;
}

export const DEFAULT_CONFIDENCE_LEVEL = 0.95;

/** Welch's test from the moments of two groups. */
export function welchTTest(
  a: Moments,
  b: Moments,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): WelchResult {
  const diff = a.mean - b.mean;
  let status = sampleSizeStatus(a.n, b.n);
  if (status !== 'ok') return notComputable(status, a.n > 0 && b.n > 0 ? diff : NaN);
  // Same order of operations as R, so that e.g. df is exactly n − 1 when one SD is 0.
  const errorA = Math.sqrt(a.variance / a.n);
  const errorB = Math.sqrt(b.variance / b.n);
  const se = Math.sqrt(errorA ** 2 + errorB ** 2);
  // R's tolerance: stop when se < 10 · ε · max(|meanA|, |meanB|).
  if (!(se > 0) || se < 10 * Number.EPSILON * Math.max(Math.abs(a.mean), Math.abs(b.mean))) {
    status = 'noVariance';
    return notComputable(status, diff);
  }
  const df = se ** 4 / (errorA ** 4 / (a.n - 1) + errorB ** 4 / (b.n - 1));
  const t = diff / se;
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  const q = cachedStudentTQuantile(1 - (1 - confidenceLevel) / 2, df);
  return { diff, se, t, df, p, ciLow: (t - q) * se, ciHigh: (t + q) * se, status };
}

/** Welch's test from raw values (NaN = missing). */
export function welchTTestOfSamples(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): WelchResult {
  return welchTTest(describe(a), describe(b), confidenceLevel);
}

function notComputable(status: TestStatus, diff: number): WelchResult {
  return { diff, se: NaN, t: NaN, df: NaN, p: NaN, ciLow: NaN, ciHigh: NaN, status };
}
