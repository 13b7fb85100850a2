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
  const sorted = new Float64Array(m);
  m = 0;
  for (let i = 0; i < adjusted.length; i++)
    if (adjusted[i] === adjusted[i]) sorted[m++] = adjusted[i]!;
  // The engine's numeric sort of the values rather than a comparator over indices (thousands of
  // calls): every p of a run of equal values gets the adjusted value of the run's first rank,
  // because (m − rank) · p only falls along the run, which is what R's running maximum gives.
  sorted.sort();
  const bySortedRank = new Float64Array(m);
  let runningMax = 0;
  for (let rank = 0; rank < m; rank++) {
    runningMax = Math.max(runningMax, (m - rank) * sorted[rank]!);
    bySortedRank[rank] = Math.min(1, runningMax);
  }
  for (let i = 0; i < adjusted.length; i++) {
    const value = adjusted[i]!;
    if (value === value) adjusted[i] = bySortedRank[firstRankOf(sorted, value)]!;
  }
  return adjusted;
}

/** The first index of `value` in ascending `sorted`, which holds it. */
function firstRankOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
