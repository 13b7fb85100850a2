/**
 * The only place the app takes its distribution functions from (with t-cdf-direct.ts, which it
 * calls). They come from stdlib (well kept, accurate to a few ulps) rather than being
 * hand-written approximations: from 30 df on, the t CDF is stdlib's own computation called
 * directly (t-cdf-direct.ts), and Student's t quantile of the intervals is the root of that CDF
 * (see `tQuantileFromCdf`).
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import fCdf from '@stdlib/stats-base-dists-f-cdf';
import fQuantile from '@stdlib/stats-base-dists-f-quantile';
import { studentTCdfDirect } from './t-cdf-direct';

/** P(T ≤ x) for Student's t with `df` degrees of freedom (df may be fractional). */
export function studentTCdf(x: number, df: number): number {
  // The same value, by the path stdlib takes, without its detours (see t-cdf-direct.ts).
  return studentTCdfDirect(x, df) ?? tCdf(x, df);
}

/** The p-quantile of Student's t with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  return tQuantileFromCdf(p, df) ?? tQuantile(p, df);
}

/**
 * From this many degrees of freedom on, the quantile is found as the root of the t CDF (below);
 * under it the start is too rough for a step or two, and stdlib's inverse is used.
 */
const ROOT_MIN_DF = 30;
/**
 * The tails the root is searched for: those of two-sided intervals of 80 % and wider (the app's
 * are 95 %). Nearer the median x tends to 0 and a relative error of the CDF grows in x's own
 * relative error by tail / (x · density), without bound (on the R grid the root was up to some 40
 * ulps farther from qt there than stdlib's inverse), so stdlib's inverse answers instead.
 */
const ROOT_MAX_TAIL = 0.1;
/** Farther out: stdlib's inverse. */
const ROOT_MIN_TAIL = 1e-10;
/** A Newton step this small (relative) leaves an error far below a unit in the last place. */
const ROOT_STEP_TOLERANCE = 1e-9;
const ROOT_MAX_STEPS = 8;

/** The last tail probability and its standard normal quantile (one level serves a whole table). */
let lastTail = Number.NaN;
let lastZ = Number.NaN;

/**
 * The quantile as the root of stdlib's t CDF, x with P(T ≤ −x) = tail, found by Newton's method
 * from the Cornish–Fisher expansion of the t quantile in the normal one (Abramowitz & Stegun
 * 26.7.5, its terms to df⁻⁴). For a 95 % interval that start is within 2e-8 (relative) at df = 30
 * and 1e-12 from df ≈ 200, so one CDF evaluation (two below df ≈ 50) gives the quantile to the
 * CDF's own accuracy: over the grid of test/fixtures/r/t-quantiles.R it is at least as close to
 * R's qt as stdlib's inverse (test/unit/stats/t-quantile.test.ts).
 *
 * Why: a gap analysis computes one quantile per comparison row, each at its own fractional Welch
 * df (thousands of them), mostly in a fresh process where the engine first runs the code
 * interpreted. The CDF's code runs anyway for the p-values; stdlib's inverse is a second large
 * body of code (an initial guess, then Halley steps on the incomplete beta function), which this
 * replaces by one CDF call: about half the cold cost of a row's distribution functions.
 *
 * The density only sets a step's size, not the root, so its constant Γ(a + ½) / (√a · Γ(a)),
 * a = df/2, comes from the asymptotic series of that ratio (Abramowitz & Stegun 6.1.47; relative
 * error < 2e-9 from df = 30). Null where the method does not apply or does not settle (then
 * stdlib's inverse answers).
 */
function tQuantileFromCdf(p: number, df: number): number | null {
  if (!(df >= ROOT_MIN_DF) || !(p > 0 && p < 1)) return null;
  // The lower tail, computed as stdlib computes it.
  const tail = p > 0.5 ? 1 - p : p;
  if (!(tail >= ROOT_MIN_TAIL && tail <= ROOT_MAX_TAIL)) return null;
  if (tail !== lastTail) {
    lastZ = -normalQuantile(tail, 0, 1);
    lastTail = tail;
  }
  const z = lastZ;
  const z2 = z * z;
  const v = df;
  let x =
    z +
    (z * (z2 + 1)) / (4 * v) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * v ** 2) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * v ** 3) +
    (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / (92160 * v ** 4);
  const a = v / 2;
  // Γ(a + ½) / (√a · Γ(a)), so that the density is densityScale · (1 + x²/v)^(−(v + 1)/2).
  const gammaRatio = 1 + (-1 / 8 + (1 / 128 + (5 / 1024 - 21 / 32768 / a) / a) / a) / a;
  const densityScale = gammaRatio / Math.sqrt(2 * Math.PI);
  for (let step = 0; step < ROOT_MAX_STEPS; step++) {
    const density = densityScale * Math.exp((-(v + 1) / 2) * Math.log1p((x * x) / v));
    // P(T ≤ −x) falls as x grows, with slope −density.
    const change = (studentTCdf(-x, v) - tail) / density;
    x += change;
    if (!(x > 0 && Number.isFinite(x))) return null;
    if (Math.abs(change) <= ROOT_STEP_TOLERANCE * x) return p > 0.5 ? x : -x;
  }
  return null;
}

/** Kept quantiles per probability, by exact df; emptied when it grows past this. */
const QUANTILE_CACHE_LIMIT = 50_000;
const quantileCache = new Map<number, Map<number, number>>();

/**
 * `studentTQuantile`, kept by exact (p, df): the quantile is by far the costliest part of an
 * interval, and the same degrees of freedom recur — a group's n − 1 across all its statements,
 * and every Welch df when an analysis is shown again (another tab, the export, the report).
 * Exact keys, so a kept value is the very number the function returns.
 */
export function cachedStudentTQuantile(p: number, df: number): number {
  let byDf = quantileCache.get(p);
  if (!byDf) {
    byDf = new Map();
    quantileCache.set(p, byDf);
  }
  let q = byDf.get(df);
  if (q === undefined) {
    q = studentTQuantile(p, df);
    if (byDf.size >= QUANTILE_CACHE_LIMIT) byDf.clear();
    byDf.set(df, q);
  }
  return q;
}

/** The p-quantile of the standard normal distribution. */
export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** P(F ≤ x) for the F distribution with `df1` and `df2` degrees of freedom (may be fractional). */
export function fisherFCdf(x: number, df1: number, df2: number): number {
  return fCdf(x, df1, df2);
}

/** The p-quantile of the F distribution with `df1` and `df2` degrees of freedom. */
export function fisherFQuantile(p: number, df1: number, df2: number): number {
  return fQuantile(p, df1, df2);
}

/** Kept F quantiles, by exact (p, df1, df2); emptied when it grows past this. */
const F_QUANTILE_CACHE_LIMIT = 10_000;
const fQuantileCache = new Map<string, number>();

/**
 * `fisherFQuantile`, kept by exact (p, df1, df2) as `cachedStudentTQuantile` keeps t's: Feldt's
 * interval of every dimension's α asks two, stdlib's inverse takes some 0.2 ms each even warm
 * (a fifth of a 5,000-respondent scoring's time), and the same degrees of freedom recur whenever
 * the same answers are scored again (the Results tab, the export, the report). Exact keys (the
 * shortest decimal that reads back as each number), so a kept value is the very number the
 * function returns.
 */
export function cachedFisherFQuantile(p: number, df1: number, df2: number): number {
  const key = `${p} ${df1} ${df2}`;
  let q = fQuantileCache.get(key);
  if (q === undefined) {
    q = fisherFQuantile(p, df1, df2);
    if (fQuantileCache.size >= F_QUANTILE_CACHE_LIMIT) fQuantileCache.clear();
    fQuantileCache.set(key, q);
  }
  return q;
}
