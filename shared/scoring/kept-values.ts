/**
 * A Float64Array kept from one call of a computation to the next, for values the computation
 * reads only while it runs (never returned, never kept by a result). Touching fresh memory costs
 * more than the scoring itself: the kernel hands out zeroed pages on first touch, some 3 ms a
 * megabyte on the bench machine (9–10 ms for the 3.2 MB of a 5,000-respondent scoring, against
 * 0.3 ms to write the same values into memory touched before). Each computation keeps its own
 * instance, so two that run one inside the other never share one.
 */
export class KeptValues {
  private kept: Float64Array | null = null;

  /** @param limit the most values kept (larger requests get an array of their own, let go after). */
  constructor(private readonly limit: number) {}

  /**
   * `size` values: the kept array's first `size` when it is large enough (holding whatever the
   * last call left there: the caller writes every value it reads), else a new array, kept when
   * within the limit.
   */
  take(size: number): Float64Array {
    if (this.kept !== null && this.kept.length >= size) return this.kept.subarray(0, size);
    const values = new Float64Array(size);
    if (size <= this.limit) this.kept = values;
    return values;
  }
}
