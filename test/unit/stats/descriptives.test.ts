import { describe as suite, expect, it } from 'vitest';
import { answerDistribution, describe } from '@shared/stats';
import { expectClose, nums, reference } from '@test/fixtures/r/reference';

suite('descriptives', () => {
  for (const c of reference.descriptives) {
    it(`matches R's mean and sd: ${c.name}`, () => {
      const result = describe(nums(c.values));
      expect(result.n).toBe(c.n);
      expectClose(result.mean, c.mean, 'mean');
      expectClose(result.sd, c.sd, 'sd');
    });
  }

  it('gives NaN, not an error, when everything is missing', () => {
    const result = describe([NaN, NaN]);
    expect(result.n).toBe(0);
    expect(result.mean).toBeNaN();
    expect(result.sd).toBeNaN();
    expect(describe([]).n).toBe(0);
  });

  it('has a zero SD for identical answers', () => {
    expect(describe([3, 3, 3]).sd).toBe(0);
  });

  it('counts answers per scale point and skips missing and off-scale values', () => {
    expect(answerDistribution([1, 2, 2, NaN, 5, 7, 2.5, 0], 1, 5)).toEqual([1, 2, 0, 0, 1]);
  });
});
