/**
 * Why a two-group statistic could not be computed. The statistic itself is then NaN (shown as
 * "not computable", written as null in JSON); nothing throws.
 * - `noData`: a group has no answers at all.
 * - `groupTooSmall`: a group has a single answer, so its variance is unknown.
 * - `noVariance`: both groups answered identically within themselves (R's t.test stops with
 *   "data are essentially constant").
 * - `tooFewAnswers`: a group has fewer answers than the anonymity threshold, so no figure about
 *   it may be shown (see shared/scoring/anonymity.ts).
 */
export type TestStatus = 'ok' | 'noData' | 'groupTooSmall' | 'noVariance' | 'tooFewAnswers';

/** Compact codes for struct-of-arrays tables; index = code. */
export const TEST_STATUSES: readonly TestStatus[] = [
  'ok',
  'noData',
  'groupTooSmall',
  'noVariance',
  'tooFewAnswers',
];

export function sampleSizeStatus(nA: number, nB: number): TestStatus {
  if (nA < 1 || nB < 1) return 'noData';
  if (nA < 2 || nB < 2) return 'groupTooSmall';
  return 'ok';
}
