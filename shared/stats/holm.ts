/**
 * Holm's step-down adjustment, identical to R's `p.adjust(p, method = "holm")`:
 * missing p-values (NaN) stay NaN and do not count as tests; with at most one real p-value the
 * input is returned unchanged; adjusted values are capped at 1.
 */
export function holmAdjust(p: ArrayLike<number>): Float64Array {
  const adjusted = Float64Array.from(p);
  let m = 0;
  for (let i = 0; i < adjusted.length; i++) if (adjusted[i] === adjusted[i]) m++;
  if (m <= 1) return adjusted;
  // The p-values in order (a numeric typed-array sort: no comparator called per pair).
  const sorted = new Float64Array(m);
  for (let i = 0, k = 0; i < adjusted.length; i++)
    if (adjusted[i] === adjusted[i]) sorted[k++] = adjusted[i]!;
  sorted.sort();
  const byRank = new Float64Array(m);
  let runningMax = 0;
  for (let rank = 0; rank < m; rank++) {
    runningMax = Math.max(runningMax, (m - rank) * sorted[rank]!);
    byRank[rank] = Math.min(1, runningMax);
  }
  // Tied p-values get the same adjusted value whichever rank among them is taken (the running
  // maximum carries the first one's (m − rank) · p on), so each value's first rank serves, as in
  // R's order(), where ties keep their input order.
  for (let i = 0; i < adjusted.length; i++) {
    const value = adjusted[i]!;
    if (value === value) adjusted[i] = byRank[firstRankOf(sorted, value)]!;
  }
  return adjusted;
}

/** The first index of `value` in the ascending `sorted` (binary search). */
function firstRankOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
