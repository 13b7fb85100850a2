/**
 * Pearson and Spearman correlation on pairwise complete observations, as R's
 * `cor(x, y, method = ..., use = "complete.obs")`. Spearman is Pearson on average ranks, so ties
 * are handled the R way. NaN when fewer than 2 complete pairs or when one side has no variance.
 */
import { averageRanks } from './ranks';

export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [a, b] = completePairs(x, y);
  return pearsonOfComplete(a, b);
}

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [a, b] = completePairs(x, y);
  return pearsonOfComplete(averageRanks(a), averageRanks(b));
}

function completePairs(x: ArrayLike<number>, y: ArrayLike<number>): [Float64Array, Float64Array] {
  const length = Math.min(x.length, y.length);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < length; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    if (xi === xi && yi === yi) {
      a.push(xi);
      b.push(yi);
    }
  }
  return [Float64Array.from(a), Float64Array.from(b)];
}

function pearsonOfComplete(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n < 2) return NaN;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i++) {
    meanA += a[i]!;
    meanB += b[i]!;
  }
  meanA /= n;
  meanB /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - meanA;
    const db = b[i]! - meanB;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (!(saa > 0) || !(sbb > 0)) return NaN;
  // Clamp: rounding can push a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}
