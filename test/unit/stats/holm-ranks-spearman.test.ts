import { describe, expect, it } from 'vitest';
import { averageRanks, holmAdjust, pearson, spearman } from '@shared/stats';
import { expectAllClose, expectClose, nums, reference } from '@test/fixtures/r/reference';

describe('Holm adjustment', () => {
  for (const c of reference.holm) {
    it(`matches p.adjust(method = "holm"): ${c.name}`, () => {
      expectAllClose(holmAdjust(nums(c.p)), c.adjusted, 'holm');
    });
  }

  it('returns an empty array for no p-values', () => {
    expect(holmAdjust([]).length).toBe(0);
  });
});

describe('average ranks', () => {
  for (const c of reference.ranks) {
    it(`matches rank(ties.method = "average"): ${c.name}`, () => {
      expectAllClose(averageRanks(nums(c.values)), c.ranks, 'ranks');
    });
  }

  it('ranks the largest first when descending', () => {
    expect(Array.from(averageRanks([2, 5, 5, 1], 'descending'))).toEqual([3, 1.5, 1.5, 4]);
  });
});

describe('Spearman correlation', () => {
  for (const c of reference.spearman) {
    it(`matches cor(method = "spearman"): ${c.name}`, () => {
      expectClose(spearman(nums(c.x), nums(c.y)), c.rho, 'rho');
    });
  }

  it('is NaN when one side has all ties or there are too few pairs', () => {
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNaN();
    expect(spearman([1, NaN], [NaN, 2])).toBeNaN();
    expect(pearson([1], [2])).toBeNaN();
  });
});

/** Holm as R's p.adjust writes it: a stable order of the p-values, then the running maximum. */
function holmByOrder(p: readonly number[]): number[] {
  const present = p.flatMap((value, index) => (Number.isNaN(value) ? [] : [index]));
  const m = present.length;
  const adjusted = [...p];
  if (m <= 1) return adjusted;
  present.sort((x, y) => p[x]! - p[y]!);
  let runningMax = 0;
  present.forEach((index, rank) => {
    runningMax = Math.max(runningMax, (m - rank) * p[index]!);
    adjusted[index] = Math.min(1, runningMax);
  });
  return adjusted;
}

describe('Holm adjustment of many tests with ties and missing values', () => {
  it('gives every p exactly the value of the ordered running maximum, ties included', () => {
    // Rounded values repeat often (ties at every rank), NaN takes no part, zeros and ones occur.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const size of [2, 3, 17, 500, 2000]) {
      const p = Array.from({ length: size }, () => {
        const u = random();
        if (u < 0.05) return Number.NaN;
        if (u < 0.08) return 0;
        if (u < 0.1) return 1;
        return Math.round(random() ** 3 * 200) / 200;
      });
      expect(Array.from(holmAdjust(p))).toEqual(holmByOrder(p));
    }
  });

  it('leaves a single p-value and all-missing input as they are', () => {
    expect(Array.from(holmAdjust([Number.NaN, 0.02, Number.NaN]))).toEqual([
      Number.NaN,
      0.02,
      Number.NaN,
    ]);
  });
});
