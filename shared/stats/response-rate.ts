import { standardNormalQuantile } from './distributions';
import { DEFAULT_CONFIDENCE_LEVEL } from './welch';

/**
 * Response rate and margin of error of one group, as survey practice reports them beside n.
 *
 * The margin of error is the half-width of the confidence interval of a percentage at its widest
 * (p = 50 %), normal approximation: z · √(p(1 − p) / n), multiplied by the finite-population
 * correction √((N − n) / (N − 1)) when the invited count N is known. The correction matters here:
 * 18 of 25 invited staff is most of the population, and the margin shrinks accordingly (to 0 when
 * everyone answered). Reference values: test/fixtures/r/response-rate.R.
 */
export interface ResponseRate {
  respondents: number;
  /** Null when the consultant did not enter the invited count. */
  invited: number | null;
  /** respondents / invited (0–1, may exceed 1 when more answered than were counted as invited). */
  rate: number | null;
  /** Half-width of the 95 % interval of a percentage, as a fraction (0.12 = ±12 points). */
  marginOfError: number | null;
}

export function responseRate(
  respondents: number,
  invited: number | null,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): ResponseRate {
  return {
    respondents,
    invited,
    rate: invited === null || invited <= 0 ? null : respondents / invited,
    marginOfError: marginOfError(respondents, invited, confidenceLevel),
  };
}

/**
 * The margin of error at p = 50 %, with the finite-population correction when `population` is
 * known and at least the number of respondents. Null without respondents.
 */
export function marginOfError(
  respondents: number,
  population: number | null,
  confidenceLevel = DEFAULT_CONFIDENCE_LEVEL,
): number | null {
  if (respondents <= 0) return null;
  const z = standardNormalQuantile(1 - (1 - confidenceLevel) / 2);
  const simple = z * Math.sqrt(0.25 / respondents);
  // More respondents than invited means the invited count is out of date: no correction then.
  if (population === null || population < respondents || population <= 1) return simple;
  return simple * Math.sqrt((population - respondents) / (population - 1));
}
