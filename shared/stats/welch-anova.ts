/**
 * Welch's one-way ANOVA (unequal variances) across several groups, as R's
 * `oneway.test(y ~ group, var.equal = FALSE)`, with ω² as the effect size.
 *
 *   w_i = n_i / s_i²,  W = Σ w_i,  m_w = Σ w_i m_i / W
 *   λ   = Σ (1 − w_i / W)² / (n_i − 1) / (k² − 1)
 *   F   = Σ w_i (m_i − m_w)² / ((k − 1) (1 + 2 (k − 2) λ)),  df1 = k − 1,  df2 = 1 / (3 λ)
 *   p   = P(F_{df1, df2} > F)
 *
 * ω² (Hays) from the classic one-way decomposition, the least biased of the common effect sizes
 * for small groups:  ω² = (SS_between − (k − 1) MS_within) / (SS_total + MS_within). A negative
 * estimate means "no effect" and is reported as 0, as is customary. Reference values:
 * test/fixtures/r/reference.R (oneway.test and aov).
 *
 * Not computable (NaN, with the reason) with fewer than two groups, a group with fewer than two
 * answers, or a group whose answers are all the same (its weight would be infinite; R returns NaN).
 */
import type { Moments } from './descriptives';
import { fisherFCdf } from './distributions';
import type { TestStatus } from './status';

export interface WelchAnovaResult {
  groups: number;
  f: number;
  df1: number;
  df2: number;
  p: number;
  /** ω², at least 0. */
  omegaSquared: number;
  status: TestStatus;
}

export function welchAnova(groups: readonly Moments[]): WelchAnovaResult {
  const k = groups.length;
  if (k < 2 || groups.some((group) => group.n < 1)) return notComputable(k, 'noData');
  if (groups.some((group) => group.n < 2)) return notComputable(k, 'groupTooSmall');
  if (groups.some((group) => !(group.variance > 0))) return notComputable(k, 'noVariance');

  const weights = groups.map((group) => group.n / group.variance);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const weightedMean =
    groups.reduce((sum, group, i) => sum + weights[i]! * group.mean, 0) / totalWeight;
  const lambda =
    groups.reduce(
      (sum, group, i) => sum + (1 - weights[i]! / totalWeight) ** 2 / (group.n - 1),
      0,
    ) /
    (k * k - 1);
  const between = groups.reduce(
    (sum, group, i) => sum + weights[i]! * (group.mean - weightedMean) ** 2,
    0,
  );
  const f = between / ((k - 1) * (1 + 2 * (k - 2) * lambda));
  const df1 = k - 1;
  const df2 = 1 / (3 * lambda);
  const p = 1 - fisherFCdf(f, df1, df2);
  return { groups: k, f, df1, df2, p, omegaSquared: omegaSquared(groups), status: 'ok' };
}

/** Hays' ω² from the groups' moments, clipped at 0. */
export function omegaSquared(groups: readonly Moments[]): number {
  const k = groups.length;
  const total = groups.reduce((sum, group) => sum + group.n, 0);
  const grandMean = groups.reduce((sum, group) => sum + group.n * group.mean, 0) / total;
  const ssBetween = groups.reduce((sum, group) => sum + group.n * (group.mean - grandMean) ** 2, 0);
  const ssWithin = groups.reduce((sum, group) => sum + (group.n - 1) * group.variance, 0);
  const msWithin = ssWithin / (total - k);
  const omega = (ssBetween - (k - 1) * msWithin) / (ssBetween + ssWithin + msWithin);
  return Number.isFinite(omega) ? Math.max(0, omega) : Number.NaN;
}

function notComputable(groups: number, status: TestStatus): WelchAnovaResult {
  const nan = Number.NaN;
  return { groups, f: nan, df1: nan, df2: nan, p: nan, omegaSquared: nan, status };
}
