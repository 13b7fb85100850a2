/**
 * Holm's step-down adjustment, identical to R's `p.adjust(p, method = "holm")`:
 * missing p-values (NaN) stay NaN and do not count as tests; with at most one real p-value the
 * input is returned unchanged; adjusted values are capped at 1.
 */
export function holmAdjust(p: ArrayLike<number>): Float64Array {
  const adjusted = Float64Array.from(p);
  const present: number[] = [];
  for (let i = 0; i < adjusted.length; i++) if (adjusted[i] === adjusted[i]) present.push(i);
  const m = present.length;
  if (m <= 1) return adjusted;
  // Stable sort, like R's order(): ties keep their input order (the result does not depend on it).
  present.sort((x, y) => adjusted[x]! - adjusted[y]!);
  let runningMax = 0;
  const values = present.map((index) => adjusted[index]!);
  for (let rank = 0; rank < m; rank++) {
    runningMax = Math.max(runningMax, (m - rank) * values[rank]!);
    adjusted[present[rank]!] = Math.min(1, runningMax);
  }
  return adjusted;
}
