/**
 * Student's t quantile (shared/stats/distributions.ts): from df = 30 on found as the root of the
 * t CDF rather than by stdlib's inverse. Both must give the same figures: equal to R's qt
 * (test/fixtures/r/t-quantiles.R) and to stdlib's inverse, which the app used before, to 1e-12
 * relative — the confidence intervals of every gap row rest on it.
 */
import { readFileSync } from 'node:fs';
import stdlibTQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { cachedStudentTQuantile, studentTQuantile } from '@shared/stats/distributions';

const TOLERANCE = 1e-12;

interface QuantileRef {
  p: number;
  df: number;
  q: number;
}

const rReference = JSON.parse(
  readFileSync(new URL('../../fixtures/r/t-quantiles.json', import.meta.url), 'utf8'),
) as QuantileRef[];

function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
}

describe("Student's t quantile", () => {
  it("equals R's qt at whole and fractional df, near and far tails", () => {
    expect(rReference.length).toBeGreaterThan(100);
    for (const { p, df, q } of rReference) {
      const ours = studentTQuantile(p, df);
      expect(relativeDifference(ours, q), `p ${p}, df ${df}`).toBeLessThan(TOLERANCE);
    }
  });

  it("equals stdlib's inverse (the figures before) across df from 30 to ten million", () => {
    const levels = [0.975, 0.025, 0.95, 0.05, 0.995, 0.9, 0.6, 0.51, 0.9995, 0.4];
    let worst = 0;
    let checked = 0;
    for (const p of levels) {
      // Fractional steps, as Welch's df are.
      for (let df = 30; df < 1e7; df *= 1.0123) {
        worst = Math.max(
          worst,
          relativeDifference(studentTQuantile(p, df), stdlibTQuantile(p, df)),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(worst).toBeLessThan(TOLERANCE);
  });

  it("keeps stdlib's answer below 30 df, at the median, far out and outside the domain", () => {
    for (const df of [1, 2, 2.5, 10, 29, 29.999]) {
      expect(studentTQuantile(0.975, df)).toBe(stdlibTQuantile(0.975, df));
    }
    expect(studentTQuantile(0.5, 100)).toBe(0);
    expect(studentTQuantile(1e-12, 100)).toBe(stdlibTQuantile(1e-12, 100));
    expect(studentTQuantile(1, 100)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0, 100)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(Number.NaN, 100)).toBeNaN();
    expect(studentTQuantile(0.975, Number.NaN)).toBeNaN();
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTQuantile(1.5, 100)).toBeNaN();
  });

  it('keeps exactly the computed quantile, for each level and df', () => {
    for (const df of [12, 48.5, 333.25, 1247.3]) {
      for (const p of [0.975, 0.995]) {
        expect(cachedStudentTQuantile(p, df)).toBe(studentTQuantile(p, df));
        expect(cachedStudentTQuantile(p, df)).toBe(studentTQuantile(p, df));
      }
    }
  });
});
