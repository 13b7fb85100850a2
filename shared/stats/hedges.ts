/**
 * Hedges' g (standardised mean difference with small-sample correction) and its confidence
 * interval. No R function is used as the reference, so the formula is fixed here and repeated in
 * test/fixtures/r/reference.R:
 *
 *   sp = sqrt(((nA − 1) sA² + (nB − 1) sB²) / (nA + nB − 2))     pooled SD
 *   d  = (meanA − meanB) / sp
 *   J  = 1 − 3 / (4 (nA + nB) − 9)                                Hedges' correction
 *   g  = J · d
 *   SE = sqrt((nA + nB) / (nA · nB) + g² / (2 (nA + nB)))
 *   CI = g ∓ z · SE,  z = the (1 + level) / 2 quantile of the standard normal
 *
 * Not computable (NaN, with the reason) when a group has fewer than 2 answers or the pooled SD is
 * 0 (both groups without variance). One group without variance is fine: sp > 0.
 */
import { describe, type Moments } from './descriptives';
import { standardNormalQuantile } from './distributions';
import { sampleSizeStatus, type TestStatus } from './status';
import { DEFAULT_CONFIDENCE_LEVEL } from './welch';

export interface HedgesResult {
  g: number;
  /** Cohen's d with the pooled SD (g before the correction). */
  d: number;
  /** The small-sample correction factor J. */
  correction: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  status: TestStatus;
}

/** The z that belongs to a two-sided confidence level (1.959963984540054 for 95 %). */
export function twoSidedZ(confidenceLevel: number): number {
  return standardNormalQuantile(1 - (1 - confidenceLevel) / 2);
}

const Z_95 = twoSidedZ(DEFAULT_CONFIDENCE_LEVEL);

export function hedgesG(
  a: Moments,
  b: Moments,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): HedgesResult {
  return hedgesGInto(
    emptyHedgesResult(),
    a.n,
    a.mean,
    a.variance,
    b.n,
    b.mean,
    b.variance,
    confidenceLevel,
  );
}

/** A result to fill with `hedgesGInto` (and fill again: one record serves a whole table). */
export function emptyHedgesResult(): HedgesResult {
  return notComputable('noData');
}

/**
 * `hedgesG` written into `out`, from the two groups' n, mean and variance: no object per
 * comparison, for the thousands of a gap analysis. Returns `out`.
 */
export function hedgesGInto(
  out: HedgesResult,
  nA: number,
  meanA: number,
  varianceA: number,
  nB: number,
  meanB: number,
  varianceB: number,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): HedgesResult {
  const status = sampleSizeStatus(nA, nB);
  if (status !== 'ok') return notComputableInto(out, status);
  const total = nA + nB;
  const pooledVariance = ((nA - 1) * varianceA + (nB - 1) * varianceB) / (total - 2);
  if (!(pooledVariance > 0)) return notComputableInto(out, 'noVariance');
  const d = (meanA - meanB) / Math.sqrt(pooledVariance);
  const correction = 1 - 3 / (4 * total - 9);
  const g = correction * d;
  const se = Math.sqrt(total / (nA * nB) + (g * g) / (2 * total));
  const z = confidenceLevel === DEFAULT_CONFIDENCE_LEVEL ? Z_95 : twoSidedZ(confidenceLevel);
  out.g = g;
  out.d = d;
  out.correction = correction;
  out.se = se;
  out.ciLow = g - z * se;
  out.ciHigh = g + z * se;
  out.status = status;
  return out;
}

/** Hedges' g from raw values (NaN = missing). */
export function hedgesGOfSamples(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): HedgesResult {
  return hedgesG(describe(a), describe(b), confidenceLevel);
}

function notComputable(status: TestStatus): HedgesResult {
  return { g: NaN, d: NaN, correction: NaN, se: NaN, ciLow: NaN, ciHigh: NaN, status };
}

function notComputableInto(out: HedgesResult, status: TestStatus): HedgesResult {
  out.g = NaN;
  out.d = NaN;
  out.correction = NaN;
  out.se = NaN;
  out.ciLow = NaN;
  out.ciHigh = NaN;
  out.status = status;
  return out;
}
