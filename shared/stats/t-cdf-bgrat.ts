/**
 * Student's t CDF where a gap analysis needs it most — df ≥ 30 and |t| from about 1 to √(df/2),
 * i.e. nearly every p-value of a comparison and every step of an interval's quantile — as the
 * very computation stdlib's t CDF makes there, bit for bit, in fewer steps.
 *
 * There stdlib's `cdf(x, v)` is ½·I_z(½, v/2) upper, z = x²/(v + x²), which its incomplete beta
 * (a port of Boost's `ibeta_imp`) turns round to I_{1−z}(v/2, ½) and evaluates with the series of
 * DiDonato & Morris for a small b and a large a (BGRAT: ACM TOMS 708, 1992, §9; Boost's
 * `beta_small_b_large_a_series`). This file takes that one path directly, with stdlib's own
 * functions for every quantity of the series, and returns null wherever stdlib would take
 * another path (then stdlib's CDF answers). What it leaves out changes no bit of the value:
 * - the dispatch of the generic incomplete beta (which also works out the function's derivative,
 *   which the CDF throws away);
 * - BGRAT's coefficients p_n, which depend on b only (b = ½ here): stdlib recomputes them at
 *   every call (a double loop with factorials), here they are computed once, by the same loop;
 * - the upper incomplete gamma Q(½, u) through the generic `gammainc`: for ½ < … the branch it
 *   takes is erfc(√u), called directly;
 * - Γ(a)/Γ(a + ½) and t^½, which depend on df only, kept for the last df (the interval's
 *   quantile and the p-value of a comparison row ask at the same df).
 *
 * Why: a fresh process runs this code interpreted at first, and a first gap analysis makes some
 * 4,000 such calls (5,000 respondents, 8 groups); stdlib's general path cost it ~45 ms and most
 * of the garbage the first call collects. `test/unit/stats/t-cdf-bgrat.test.ts` checks the value
 * equals stdlib's bit for bit over a dense df × t grid across every branch boundary, R's grid and
 * random points.
 */
import erfc from '@stdlib/math-base-special-erfc';
import factorial from '@stdlib/math-base-special-factorial';
import gammaDeltaRatio from '@stdlib/math-base-special-gamma-delta-ratio';
import gammainc from '@stdlib/math-base-special-gammainc';
import ln from '@stdlib/math-base-special-ln';
import log1p from '@stdlib/math-base-special-log1p';
import pow from '@stdlib/math-base-special-pow';
import regularizedGammaPrefix from '@stdlib/math-base-special-kernel-betainc/lib/regularized_gamma_prefix.js';

/** b of the series: the t distribution's I_x(v/2, ½). */
const B = 0.5;
/** How many terms BGRAT may take (the length of stdlib's coefficient array). */
const TERMS = 30;
/** stdlib's constants, as they are defined there. */
const EPSILON = 2.220446049250313e-16;
const SMALLEST_NORMAL = 2.2250738585072014e-308;
const MAX_LN = 709.782712893384;
/** BGRAT needs a ≥ 15 (stdlib's own condition), i.e. df ≥ 30. */
const MIN_DF = 30;

/**
 * BGRAT's coefficients p_n for b = ½, by stdlib's loop (the same operations in the same order,
 * so the same doubles it computes at every call).
 */
const COEFFICIENTS = ((): Float64Array => {
  const p = new Float64Array(TERMS);
  p[0] = 1;
  const bm1 = B - 1.0;
  let tnp1 = 1.0;
  for (let n = 1; n < TERMS; ++n) {
    tnp1 += 2.0;
    let pn = 0.0;
    let tmp1 = 3;
    for (let m = 1; m < n; ++m) {
      const mbn = m * B - n;
      pn += (mbn * p[n - m]!) / factorial(tmp1);
      tmp1 += 2;
    }
    pn /= n;
    pn += bm1 / factorial(tnp1);
    p[n] = pn;
  }
  return p;
})();

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
  return gammainc(u, B, true, true);
}

/** I_x(a, ½), y = 1 − x, by BGRAT exactly as stdlib's `betaSmallBLargeASeries(a, ½, x, y, 0, 1, true)`. */
function bgrat(a: number, x: number, y: number): number {
  const bm1 = B - 1.0;
  const t = a + bm1 / 2.0;
  const lx = y < 0.35 ? log1p(-y) : ln(x);
  const u = -t * lx;
  const h = regularizedGammaPrefix(B, u);
  if (h <= SMALLEST_NORMAL) return 0.0;
  if (a !== lastA) {
    lastGammaRatio = gammaDeltaRatio(a, B);
    lastPowT = pow(t, B);
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
  let b2n = B;
  for (let n = 1; n < TERMS; ++n) {
    j = (b2n * (b2n + 1.0) * j + (u + b2n + 1.0) * lxp) / t4;
    lxp *= lx2;
    b2n += 2.0;
    const r = prefix * COEFFICIENTS[n]! * j;
    sum += r;
    if (r > 1.0) {
      if (Math.abs(r) < Math.abs(EPSILON * sum)) break;
    } else if (Math.abs(r / EPSILON) < Math.abs(sum)) {
      break;
    }
  }
  return sum;
}

/**
 * P(T ≤ x) for Student's t with `v` degrees of freedom, equal to stdlib's `cdf(x, v)` bit for
 * bit, where stdlib computes it by BGRAT; null elsewhere (small df, |t| below about 1 or beyond
 * √(v/2), NaN), where the caller asks stdlib.
 */
export function studentTCdfByBgrat(x: number, v: number): number | null {
  if (!(v >= MIN_DF && v < Number.POSITIVE_INFINITY)) return null;
  // stdlib's t CDF: x² by its pow, and for v > 2x² the upper I_z(½, v/2) with z = x²/(v + x²).
  const x2 = pow(x, 2.0);
  if (!(v > 2.0 * x2)) return null;
  const z = x2 / (v + x2);
  // z = 0 (x² underflows): stdlib's edge case, not the series.
  if (!(z > 0)) return null;
  const halfV = v / 2.0;
  // Its incomplete beta: the power series for small z and small (v/2)·z (|t| below about 1),
  // else turned round to I_{1−z}(v/2, ½), by the series below unless 1 − z is below 0.7.
  if (z < 0.1 && pow(halfV * z, B) <= 0.7) return null;
  if (z >= 0.3) return null;
  const p = bgrat(halfV, 1.0 - z, z) / 2.0;
  return x > 0.0 ? 1.0 - p : p;
}
