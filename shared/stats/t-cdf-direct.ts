/**
 * Student's t CDF from 30 degrees of freedom on — every p-value and every step of an interval's
 * quantile of a gap analysis of groups of 15 and more — as the very computation stdlib's t CDF
 * makes there, bit for bit, in fewer steps.
 *
 * stdlib's `cdf(x, v)` is ½·I(z; ·, ·) of its regularised incomplete beta, a port of Boost's
 * `ibeta_imp`, which picks a method by the parameters: for this distribution (one parameter ½,
 * the other v/2 ≥ 15) either the power series (Boost's `ibeta_series`) or, for z not too near 1,
 * the series of DiDonato & Morris for a small b and a large a (BGRAT: ACM TOMS 708, 1992, §9;
 * Boost's `beta_small_b_large_a_series`). This file takes the path stdlib takes for each x and
 * v directly, with stdlib's own functions for every quantity on it, and returns null wherever
 * stdlib would go elsewhere (then stdlib's CDF answers). What it leaves out changes no bit of
 * the value:
 * - the generic dispatch, which also works out the function's derivative (the CDF throws it
 *   away);
 * - BGRAT's coefficients p_n, which depend on b only (b = ½ here): stdlib recomputes them at
 *   every call (a double loop with factorials), here they are computed once, by the same loop;
 * - the upper incomplete gamma Q(½, u) through the generic `gammainc`, where it is erfc(√u), and
 *   the prefix u^½·e^(−u)/Γ(½) through the generic `regularizedGammaPrefix`;
 * - Γ(a)/Γ(a + ½) and t^½, which depend on v only, kept for the last v (the interval's quantile
 *   and the p-value of a comparison row ask at the same v); the Lanczos sum at ½ and Γ(½), kept.
 *
 * Its exponentials and logarithms are the engine's `Math.exp`, `Math.log` and `Math.log1p`:
 * V8's are the same FreeBSD/fdlibm algorithms stdlib's `exp`, `ln` and `log1p` port, so the
 * same doubles (checked at a million points each in `t-cdf-direct.test.ts`; only e^x below e^-744,
 * the two smallest subnormals, stdlib rounds to 0, and every exponential here below the smallest
 * normal double counts as 0 either way), but built in, where stdlib's run interpreted in a fresh
 * process; stdlib's `pow` with ½ or 2 is `Math.sqrt` or x·x (its own special cases). stdlib's
 * general `pow` differs from `Math.pow` and stays.
 *
 * Why: a fresh process runs this code interpreted at first, and a first gap analysis makes some
 * 4,000 such calls (5,000 respondents, 8 groups); stdlib's general path cost it ~45 ms and most
 * of the garbage its first call collects. `test/unit/stats/t-cdf-direct.test.ts` checks the value
 * equals stdlib's bit for bit over a dense v × t grid across every switch between methods, R's
 * grid and random points.
 */
import erfc from '@stdlib/math-base-special-erfc';
import factorial from '@stdlib/math-base-special-factorial';
import gamma from '@stdlib/math-base-special-gamma';
import gammaDeltaRatio from '@stdlib/math-base-special-gamma-delta-ratio';
import lanczosSumExpGScaled from '@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled';
import gammainc from '@stdlib/math-base-special-gammainc';
import pow from '@stdlib/math-base-special-pow';

/** The parameter ½ of the t distribution's incomplete beta. */
const HALF = 0.5;
/** stdlib's constants, as it defines them (one off by a bit would fail the bit-for-bit test). */
const EPSILON = 2.220446049250313e-16;
const SMALLEST_NORMAL = 2.2250738585072014e-308;
const MAX_LN = 709.782712893384;
const MIN_LN = -708.3964185322641;
const LANCZOS_G = 10.90051099999999983936049829935654997826;
/** How many terms BGRAT may take (the length of stdlib's coefficient array). */
const BGRAT_TERMS = 30;
/** How many terms the power series may take (stdlib's `maxTerms`). */
const SERIES_TERMS = 100;
/** Both series need the large parameter v/2 ≥ 15 (stdlib's condition for BGRAT), i.e. v ≥ 30. */
const MIN_DF = 30;

/**
 * BGRAT's coefficients p_n for b = ½, by stdlib's loop (the same operations in the same order,
 * so the same doubles it computes at every call).
 */
const BGRAT_COEFFICIENTS = ((): Float64Array => {
  const p = new Float64Array(BGRAT_TERMS);
  p[0] = 1;
  const bm1 = HALF - 1.0;
  let tnp1 = 1.0;
  for (let n = 1; n < BGRAT_TERMS; ++n) {
    tnp1 += 2.0;
    let pn = 0.0;
    let tmp1 = 3;
    for (let m = 1; m < n; ++m) {
      const mbn = m * HALF - n;
      pn += (mbn * p[n - m]!) / factorial(tmp1);
      tmp1 += 2;
    }
    pn /= n;
    pn += bm1 / factorial(tnp1);
    p[n] = pn;
  }
  return p;
})();

/** The scaled Lanczos sum at ½, as the power series computes it at every call. */
const LANCZOS_HALF = lanczosSumExpGScaled(HALF);
/** Γ(½), as stdlib's `gamma` gives it (BGRAT's prefix divides by it at every call). */
const GAMMA_HALF = gamma(HALF);

/** Γ(a)/Γ(a + ½) and (a − ¼)^½ of the last a asked (exact keys: the very values). */
let lastA = Number.NaN;
let lastGammaRatio = Number.NaN;
let lastPowT = Number.NaN;

/** Q(½, u), regularised upper incomplete gamma, as stdlib's `gammainc(u, ½, true, true)`. */
function upperGammaHalf(u: number): number {
  // stdlib's igamma_final takes its half-integer branch here: erfc(√u), capped at 1.
  if (u > 0.2 && u < MAX_LN) {
    const e = erfc(Math.sqrt(u));
    return e > 1.0 ? 1.0 : e;
  }
  return gammainc(u, HALF, true, true);
}

/**
 * I_x(a, ½), y = 1 − x, by BGRAT exactly as stdlib's
 * `betaSmallBLargeASeries(a, ½, x, y, 0, 1, true)`.
 */
function bgrat(a: number, x: number, y: number): number {
  const bm1 = HALF - 1.0;
  const t = a + bm1 / 2.0;
  const lx = y < 0.35 ? Math.log1p(-y) : Math.log(x);
  const u = -t * lx;
  // u^½·e^(−u)/Γ(½): stdlib's `regularizedGammaPrefix(½, u)`, whose branch for a below 1 it is
  // (u > 0 here, never at or below MIN_LN).
  const h = (Math.sqrt(u) * Math.exp(-u)) / GAMMA_HALF;
  if (h <= SMALLEST_NORMAL) return 0.0;
  if (a !== lastA) {
    lastGammaRatio = gammaDeltaRatio(a, HALF);
    lastPowT = Math.sqrt(t);
    lastA = a;
  }
  let prefix = h / lastGammaRatio;
  prefix /= lastPowT;
  let j = upperGammaHalf(u);
  j /= h;
  let sum = 0.0 + prefix * j;
  let lx2 = lx / 2.0;
  lx2 *= lx2;
  let lxp = 1.0;
  const t4 = 4.0 * t * t;
  let b2n = HALF;
  for (let n = 1; n < BGRAT_TERMS; ++n) {
    j = (b2n * (b2n + 1.0) * j + (u + b2n + 1.0) * lxp) / t4;
    lxp *= lx2;
    b2n += 2.0;
    const r = prefix * BGRAT_COEFFICIENTS[n]! * j;
    sum += r;
    if (r > 1.0) {
      if (Math.abs(r) < Math.abs(EPSILON * sum)) break;
    } else if (Math.abs(r / EPSILON) < Math.abs(sum)) {
      break;
    }
  }
  return sum;
}

/** The scaled Lanczos sum of a or b: ½ kept, any other computed. */
function lanczosSum(value: number): number {
  return value === HALF ? LANCZOS_HALF : lanczosSumExpGScaled(value);
}

/**
 * s0 + I_x(a, b) by the power series, exactly as stdlib's `ibetaSeries(a, b, x, s0, true)`
 * summed by its `sumSeries` (one of a and b is ½ here).
 */
function powerSeries(a: number, b: number, x: number, s0: number): number {
  const c = a + b;
  const agh = a + LANCZOS_G - 0.5;
  const bgh = b + LANCZOS_G - 0.5;
  const cgh = c + LANCZOS_G - 0.5;
  let result = lanczosSumExpGScaled(c) / (lanczosSum(a) * lanczosSum(b));
  const l1 = Math.log(cgh / bgh) * (b - 0.5);
  const l2 = Math.log((x * cgh) / agh) * a;
  if (l1 > MIN_LN && l1 < MAX_LN && l2 > MIN_LN && l2 < MAX_LN) {
    if (a * b < bgh * 10.0) result *= Math.exp((b - 0.5) * Math.log1p(a / bgh));
    else result *= pow(cgh / bgh, b - 0.5);
    result *= pow((x * cgh) / agh, a);
    result *= Math.sqrt(agh / Math.E);
  } else {
    result = Math.log(result) + l1 + l2 + (Math.log(agh) - 1.0) / 2.0;
    result = Math.exp(result);
  }
  if (result < SMALLEST_NORMAL) return s0;
  // The terms result·(1 − b)_n·xⁿ / (n!·(a + n)), as stdlib's generator makes them.
  let poch = 1.0 - b;
  let n = 1;
  let sum = s0 || 0;
  let counter = SERIES_TERMS;
  let ak = a;
  let term: number;
  do {
    term = result / ak;
    ak += 1.0;
    result *= (poch * x) / n;
    n += 1;
    poch += 1.0;
    sum += term;
  } while (Math.abs(EPSILON * sum) < Math.abs(term) && --counter);
  return sum;
}

/**
 * P(T ≤ x) for Student's t with `v` degrees of freedom, equal to stdlib's `cdf(x, v)` bit for
 * bit, for v ≥ 30; null where stdlib takes another path (below 30 df, x = 0 or so small that x²
 * is 0, NaN or infinite arguments), where the caller asks stdlib.
 */
export function studentTCdfDirect(x: number, v: number): number | null {
  if (!(v >= MIN_DF && v < Number.POSITIVE_INFINITY)) return null;
  // stdlib's t CDF: x² by its pow (x·x at 2); for v > 2x² the upper I_z(½, v/2),
  // z = x²/(v + x²), else the lower I_z(v/2, ½), z = v/(v + x²); half of it is the tail below −|x|.
  const x2 = x * x;
  if (!(x2 > 0 && x2 < Number.POSITIVE_INFINITY)) return null;
  const halfV = v / 2.0;
  let tail: number;
  if (v > 2.0 * x2) {
    const z = x2 / (v + x2);
    if (!(z > 0)) return null;
    const y = 1.0 - z;
    if (z < 0.1 && Math.sqrt(halfV * z) <= 0.7) {
      // Upper I_z(½, v/2) as 1 − I_z by the power series (stdlib: −series from −1).
      tail = -powerSeries(HALF, halfV, z, -1.0);
    } else if (z >= 0.3) {
      // Turned round to I_{1−z}(v/2, ½), by the power series.
      tail = powerSeries(halfV, HALF, y, 0.0);
    } else {
      tail = bgrat(halfV, y, z);
    }
  } else {
    // I_z(v/2, ½), z = v/(v + x²) at most ⅔: stdlib's power series whichever way it turns it.
    const z = v / (v + x2);
    if (!(z > 0)) return null;
    tail = powerSeries(halfV, HALF, z, 0.0);
  }
  const p = tail / 2.0;
  return x > 0.0 ? 1.0 - p : p;
}
