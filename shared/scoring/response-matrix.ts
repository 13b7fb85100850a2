/**
 * The compact in-memory shape of a set of responses that scoring and gap analysis work on.
 * One Float64Array instead of an object per answer keeps 5,000 × 60 scoring within milliseconds.
 */
export interface ResponseMatrix {
  /** Column order of `values`: item codes as in the instrument. */
  itemCodes: string[];
  /** Row-major respondents × items (`values[respondent * itemCodes.length + column]`); NaN = missing. */
  values: Float64Array;
  /**
   * Group index per respondent (0 … groupCount − 1). Any other value (e.g. −1) means "no group":
   * the respondent counts in the whole sample only.
   */
  groupOf: Int32Array;
  groupCount: number;
}

export function respondentCountOf(matrix: ResponseMatrix): number {
  return matrix.groupOf.length;
}
