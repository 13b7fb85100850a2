/**
 * Student's t quantile (shared/stats/distributions.ts): from df = 30 on, for the tails of the
 * intervals, found as the root of the t CDF rather than by stdlib's inverse (the app's quantile
 * before). It must be at least as close to R's qt (test/fixtures/r/t-quantiles.R) as stdlib's
 * inverse over a wide df × probability grid, and equal that inverse to 1e-12 everywhere: the
 * confidence intervals of every gap row and every score rest on it. The CDF (the p-values) is
 * stdlib's, checked against R's pt on the same grid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import stdlibTQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { cachedStudentTQuantile, studentTCdf, studentTQuantile } from '@shared/stats/distributions';

interface Reference {
  quantiles: { p: number; df: number; q: number }[];
  cdf: { x: number; df: number; lower: number }[];
}

const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/r/t-quantiles.json', import.meta.url), 'utf8'),
) as Reference;

function relativeDifference(a: number, b: number): number {
  return a === b ? 0 : Math.abs(a - b) / Math.abs(b);
}

/** One unit in the last place of `x`. */
function ulp(x: number): number {
  return 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52);
}

describe("Student's t quantile", () => {
  it("is at least as close to R's qt as stdlib's inverse, over whole and fractional df and near and far tails", () => {
    expect(reference.quantiles.length).toBeGreaterThan(400);
    let worstOurs = 0;
    let worstBefore = 0;
    let differing = 0;
    for (const { p, df, q } of reference.quantiles) {
      const ours = studentTQuantile(p, df);
      const before = stdlibTQuantile(p, df);
      if (ours !== before) differing++;
      worstOurs = Math.max(worstOurs, relativeDifference(ours, q));
      worstBefore = Math.max(worstBefore, relativeDifference(before, q));
      // Point by point never more than two units in the last place farther from R.
      expect(Math.abs(ours - q), `p ${p}, df ${df}`).toBeLessThanOrEqual(
        Math.abs(before - q) + 2 * ulp(q),
      );
    }
    // The grid reaches the new method (df ≥ 30 in the intervals' tails), not only stdlib's.
    expect(differing).toBeGreaterThan(100);
    expect(worstOurs).toBeLessThanOrEqual(worstBefore);
    expect(worstOurs).toBeLessThan(1e-14);
  });

  it("equals stdlib's inverse (the figures before) to 1e-12 across df from 30 to ten million", () => {
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
    expect(worst).toBeLessThan(1e-12);
  });

  it("keeps stdlib's answer below 30 df, near the median, far out and outside the domain", () => {
    for (const df of [1, 2, 2.5, 10, 29, 29.999]) {
      expect(studentTQuantile(0.975, df)).toBe(stdlibTQuantile(0.975, df));
    }
    for (const p of [0.6, 0.51, 0.4, 0.8]) {
      expect(studentTQuantile(p, 248.7)).toBe(stdlibTQuantile(p, 248.7));
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

describe("Student's t CDF", () => {
  it("equals R's pt from the centre to far tails, whole and fractional df", () => {
    expect(reference.cdf.length).toBeGreaterThan(400);
    for (const { x, df, lower } of reference.cdf) {
      expect(relativeDifference(studentTCdf(x, df), lower), `x ${x}, df ${df}`).toBeLessThan(1e-12);
    }
  });
});

describe("Student's t: one implementation on every surface", () => {
  it('is imported from stdlib only by shared/stats/distributions.ts', () => {
    // Screen, export, CLI, Word and PowerPoint all compute through shared/; a second import of
    // stdlib's t functions anywhere would let one surface's intervals differ from another's.
    const root = new URL('../../../', import.meta.url).pathname;
    const importers = ['shared', 'electron', 'renderer'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => join(root, folder, file))
        .filter((path) => readFileSync(path, 'utf8').includes('@stdlib/stats-base-dists-t-'))
        .map((path) => relative(root, path)),
    );
    expect(importers).toEqual(['shared/stats/distributions.ts']);
  });
});
