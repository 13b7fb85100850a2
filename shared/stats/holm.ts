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
  // Kept by value (a run's first rank sets it): one lookup per p instead of a binary search,
  // which a fresh process runs interpreted for thousands of p-values.
  const adjustedByValue = new Map<number, number>();
  let runningMax = 0;
  for (let rank = 0; rank < m; rank++) {
    const value = sorted[rank]!;
    runningMax = Math.max(runningMax, (m - rank) * value);
    if (!adjustedByValue.has(value)) adjustedByValue.set(value, Math.min(1, runningMax));
  }
  for (let i = 0; i < adjusted.length; i++) {
    const value = adjusted[i]!;
    if (value === value) adjusted[i] = adjustedByValue.get(value)!;
  }
  return adjusted;
}
