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
