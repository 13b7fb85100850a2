/**
 * Descriptive statistics on answered values only: NaN means "missing" everywhere in Klantspiegel
 * and is skipped, like R's `na.rm = TRUE`.
 */

/** What the comparison statistics need from one group. */
export interface Moments {
  /** Number of answered (non-NaN) values. */
  n: number;
  /** NaN when n = 0. */
  mean: number;
  /** Sample variance (n − 1 denominator); NaN when n < 2. */
  variance: number;
}

export interface Descriptives extends Moments {
  /** Sample standard deviation (n − 1 denominator); NaN when n < 2. */
  sd: number;
}

/**
 * n, mean, variance and SD of the answered values. Two passes (mean first, then squared
 * deviations) so that a large mean with a small spread loses no precision.
 */
export function describe(values: ArrayLike<number>): Descriptives {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (x === x) {
      n++;
      sum += x;
    }
  }
  if (n === 0) return { n: 0, mean: NaN, variance: NaN, sd: NaN };
  let mean = sum / n;
  let residual = 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (x === x) {
      const deviation = x - mean;
      residual += deviation;
      squares += deviation * deviation;
    }
  }
  // R's mean() refines the first estimate with the mean residual; doing the same keeps results
  // bit-for-bit closer to R. The squared deviations are corrected accordingly.
  const correction = residual / n;
  mean += correction;
  squares -= n * correction * correction;
  const variance = n > 1 ? Math.max(0, squares) / (n - 1) : NaN;
  return { n, mean, variance, sd: Math.sqrt(variance) };
}

/** Mean of the answered values; NaN when there are none. */
export function mean(values: ArrayLike<number>): number {
  return describe(values).mean;
}

/** Turns moments into descriptives (adds the SD). */
export function withSd(moments: Moments): Descriptives {
  return { ...moments, sd: Math.sqrt(moments.variance) };
}

/**
 * Counts per scale point `min, min + 1, …, max` (index 0 is `min`). Missing values and values
 * that are not a scale point (outside the range or not whole) are not counted.
 */
export function answerDistribution(values: ArrayLike<number>, min: number, max: number): number[] {
  const counts: number[] = new Array<number>(Math.max(0, Math.floor(max - min) + 1)).fill(0);
  for (let i = 0; i < values.length; i++) {
    const point = (values[i] as number) - min;
    if (point >= 0 && point < counts.length && Number.isInteger(point)) {
      counts[point] = (counts[point] as number) + 1;
    }
  }
  return counts;
}

/**
 * The moments of the union of several disjoint samples, from their own moments (n, mean and
 * the within-sample sums of squares), exactly as if computed on all values at once.
 */
export function mergeMoments(parts: readonly Moments[]): Moments {
  let n = 0;
  let sum = 0;
  for (const part of parts) {
    if (part.n <= 0) continue;
    n += part.n;
    sum += part.n * part.mean;
  }
  if (n === 0) return { n: 0, mean: Number.NaN, variance: Number.NaN };
  const mean = sum / n;
  let squares = 0;
  for (const part of parts) {
    if (part.n <= 0) continue;
    const within = part.n > 1 ? (part.n - 1) * part.variance : 0;
    squares += within + part.n * (part.mean - mean) ** 2;
  }
  return { n, mean, variance: n > 1 ? Math.max(0, squares) / (n - 1) : Number.NaN };
}
