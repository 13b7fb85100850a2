/**
 * The t CDF's direct path (shared/stats/t-cdf-direct.ts) must give stdlib's value bit for bit
 * wherever it answers: every p-value and interval of every surface rests on it, and the figures
 * were stdlib's before. Checked over R's grid (test/fixtures/r/t-quantiles.R), a dense df × t
 * grid with points on both sides of every boundary between stdlib's branches, and random points.
 */
import { readFileSync } from 'node:fs';
import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibLn from '@stdlib/math-base-special-ln';
import stdlibLog1p from '@stdlib/math-base-special-log1p';
import stdlibPow from '@stdlib/math-base-special-pow';
import stdlibTCdf from '@stdlib/stats-base-dists-t-cdf';
import { describe, expect, it } from 'vitest';
import { studentTCdf } from '@shared/stats/distributions';
import { studentTCdfDirect } from '@shared/stats/t-cdf-direct';
import { seededRandom } from '@shared/util/seeded-random';

interface Reference {
  cdf: { x: number; df: number; lower: number }[];
}

const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/r/t-quantiles.json', import.meta.url), 'utf8'),
) as Reference;

/** The smallest normal double: the direct path takes anything below it as 0. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** Points where the direct path answers and differs from stdlib (Object.is: -0 and NaN too). */
function differences(points: [number, number][]): { answered: number; differing: string[] } {
  let answered = 0;
  const differing: string[] = [];
  for (const [x, df] of points) {
    const direct = studentTCdfDirect(x, df);
    if (direct === null) continue;
    answered++;
    const stdlib = stdlibTCdf(x, df);
    if (!Object.is(direct, stdlib)) differing.push(`x ${x}, df ${df}: ${direct} vs ${stdlib}`);
  }
  return { answered, differing };
}

/** The points the direct path must answer itself: 30 df and more, t not 0. */
function ownPoints(points: [number, number][]): number {
  return points.filter(([x, df]) => df >= 30 && x !== 0).length;
}

/** Degrees of freedom from 30 to ten million, whole and fractional (Welch's are fractional). */
function degreesOfFreedom(): number[] {
  const dfs = [30, 30.000001, 31, 45.5, 59.99, 60, 1000, 1e6];
  for (let df = 30.0123; df < 1e7; df *= 1.37) dfs.push(df);
  return dfs;
}

/** t values on both sides of each of stdlib's switches at this df, and across the range. */
function tValues(df: number): number[] {
  const halfDf = df / 2;
  // z = t²/(df + t²) at its switches (0.1 and 0.3), (df/2)·z at 0.49, and df = 2t²; beyond,
  // z = df/(df + t²) at ½.
  const atZ = (z: number) => Math.sqrt((z * df) / (1 - z));
  const zOfProduct = 0.49 / halfDf;
  const edges = [atZ(0.1), atZ(0.3), atZ(zOfProduct), Math.sqrt(df / 2), Math.sqrt(df)];
  const values = [1e-150, 1e-8, 0.01, 0.1, 0.5, 0.9, 1, 1.2, 1.5, 1.96, 2, 2.5, 3, 4, 5, 7, 10];
  values.push(15, 20, 30, 50, 100, 1000, 1e5, 1e20, 1e150);
  for (const edge of edges) {
    for (const factor of [1 - 1e-9, 1 - 1e-15, 1, 1 + 1e-15, 1 + 1e-9, 0.99, 1.01]) {
      values.push(edge * factor);
    }
  }
  return values.flatMap((t) => [t, -t]);
}

describe("Student's t CDF by the direct path", () => {
  it("equals stdlib's CDF bit for bit on R's grid", () => {
    const points = reference.cdf.flatMap(({ x, df }): [number, number][] => [
      [x, df],
      [-x, df],
    ]);
    const { answered, differing } = differences(points);
    expect(differing).toEqual([]);
    expect(answered).toBe(ownPoints(points));
    expect(answered).toBeGreaterThan(200);
  });

  it("equals stdlib's CDF bit for bit across df and t, on both sides of every switch", () => {
    const points = degreesOfFreedom().flatMap((df) =>
      tValues(df).map((t): [number, number] => [t, df]),
    );
    const { answered, differing } = differences(points);
    expect(differing).toEqual([]);
    expect(answered).toBe(ownPoints(points));
  });

  it("equals stdlib's CDF bit for bit at 100,000 random points", () => {
    const random = seededRandom(20261206);
    const points = Array.from({ length: 100_000 }, (): [number, number] => {
      const df = 30 * 10 ** (random() * 5.5);
      const t = (random() - 0.5) * (random() < 0.8 ? 12 : 200);
      return [t, df];
    });
    const { answered, differing } = differences(points);
    expect(differing).toEqual([]);
    expect(answered).toBe(ownPoints(points));
  });

  it('answers from 30 df on, for every t of a gap analysis, and leaves the rest to stdlib', () => {
    // Welch df of groups of a few hundred and of 15, t of real gaps, small and large, and the
    // 97.5 % quantile's neighbourhood.
    for (const [t, df] of [
      [-9.88, 1167.73],
      [-1.96, 1167.73],
      [-0.5, 1000],
      [0.05, 1000],
      [-30, 1000],
      [-2.04, 30.5],
      [-3.1, 58.2],
    ] as const) {
      expect(studentTCdfDirect(t, df)).toBe(stdlibTCdf(t, df));
    }
    // Below 30 df, at 0 and outside the domain: stdlib's.
    for (const [t, df] of [
      [-2, 29.9],
      [0, 1000],
      [1e-170, 1000],
      [Number.NEGATIVE_INFINITY, 1000],
      [Number.NaN, 100],
      [-2, Number.NaN],
      [-2, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(studentTCdfDirect(t, df)).toBeNull();
      expect(Object.is(studentTCdf(t, df), stdlibTCdf(t, df))).toBe(true);
    }
  });

  it("takes the engine's exp and logarithms, which give stdlib's very doubles", () => {
    // The direct path relies on it (see t-cdf-direct.ts); an engine whose built-ins took another
    // algorithm would fail here, with the first differing argument, before any p-value moved.
    const random = seededRandom(20261207);
    const firstDifference = (
      name: string,
      engine: (x: number) => number,
      stdlib: (x: number) => number,
      argument: () => number,
    ): string | null => {
      for (let i = 0; i < 1_000_000; i++) {
        const x = argument();
        if (!Object.is(engine(x), stdlib(x))) return `${name}(${x}): ${engine(x)} vs ${stdlib(x)}`;
      }
      return null;
    };
    const wide = () => (random() - 0.5) * 1500;
    // Down to e^-744: below it the results are the two smallest subnormals, which stdlib rounds
    // to 0 and the engine does not; both are below the smallest normal double, which the direct
    // path takes as 0 wherever an exponential can get there (as stdlib's path does).
    const aboveSubnormals = () => Math.max(-744, wide());
    expect(firstDifference('exp', Math.exp, stdlibExp, aboveSubnormals)).toBeNull();
    for (const x of [-744.5, -745, -745.1]) {
      expect(Math.max(Math.exp(x), stdlibExp(x))).toBeLessThan(SMALLEST_NORMAL);
    }
    expect(firstDifference('log', Math.log, stdlibLn, () => Math.exp(wide()))).toBeNull();
    expect(
      firstDifference('log1p', Math.log1p, stdlibLog1p, () => random() * 3 - 0.999),
    ).toBeNull();
    expect(
      firstDifference('log1p near 0', Math.log1p, stdlibLog1p, () => (random() - 0.5) * 1e-4),
    ).toBeNull();
    const positive = () => Math.exp(wide() / 2);
    expect(firstDifference('sqrt', Math.sqrt, (x) => stdlibPow(x, 0.5), positive)).toBeNull();
    expect(
      firstDifference(
        'square',
        (x) => x * x,
        (x) => stdlibPow(x, 2),
        wide,
      ),
    ).toBeNull();
  });
});
