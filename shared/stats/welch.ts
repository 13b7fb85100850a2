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
  return welchTTestInto(
    emptyWelchResult(),
    a.n,
    a.mean,
    a.variance,
    b.n,
    b.mean,
    b.variance,
    confidenceLevel,
  );
}

/** A result to fill with `welchTTestInto` (and fill again: one record serves a whole table). */
export function emptyWelchResult(): WelchResult {
  return notComputable('noData', NaN);
}

/**
 * `welchTTest` written into `out`, from the two groups' n, mean and variance: no object per test,
 * for the thousands of comparisons of a gap analysis. Returns `out`.
 */
export function welchTTestInto(
  out: WelchResult,
  nA: number,
  meanA: number,
  varianceA: number,
  nB: number,
  meanB: number,
  varianceB: number,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): WelchResult {
  const diff = meanA - meanB;
  const status = sampleSizeStatus(nA, nB);
  if (status !== 'ok') return notComputableInto(out, status, nA > 0 && nB > 0 ? diff : NaN);
  // Same order of operations as R, so that e.g. df is exactly n − 1 when one SD is 0.
  const errorA = Math.sqrt(varianceA / nA);
  const errorB = Math.sqrt(varianceB / nB);
  const se = Math.sqrt(errorA ** 2 + errorB ** 2);
  // R's tolerance: stop when se < 10 · ε · max(|meanA|, |meanB|).
  if (!(se > 0) || se < 10 * Number.EPSILON * Math.max(Math.abs(meanA), Math.abs(meanB))) {
    return notComputableInto(out, 'noVariance', diff);
  }
  const df = se ** 4 / (errorA ** 4 / (nA - 1) + errorB ** 4 / (nB - 1));
  const t = diff / se;
  const q = cachedStudentTQuantile(1 - (1 - confidenceLevel) / 2, df);
  out.diff = diff;
  out.se = se;
  out.t = t;
  out.df = df;
  out.p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  out.ciLow = (t - q) * se;
  out.ciHigh = (t + q) * se;
  out.status = status;
  return out;
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

function notComputableInto(out: WelchResult, status: TestStatus, diff: number): WelchResult {
  out.diff = diff;
  out.se = NaN;
  out.t = NaN;
  out.df = NaN;
  out.p = NaN;
  out.ciLow = NaN;
  out.ciHigh = NaN;
  out.status = status;
  return out;
}
