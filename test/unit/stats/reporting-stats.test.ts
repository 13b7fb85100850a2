import { describe, expect, it } from 'vitest';
import {
  alphaConfidenceInterval,
  answerDistribution,
  describe as describeValues,
  favourableCounts,
  favourableShare,
  favourableValues,
  holmAdjust,
  meanConfidenceInterval,
  mergeMoments,
  welchAnova,
} from '@shared/stats';
import { cachedFisherFQuantile, fisherFQuantile } from '@shared/stats/distributions';
import { expectClose, nums, reference } from '@test/fixtures/r/reference';

describe('95 % interval of a mean (t.test(x)$conf.int)', () => {
  for (const want of reference.meanCi) {
    it(want.name, () => {
      const interval = meanConfidenceInterval(describeValues(nums(want.values)));
      expectClose(interval?.low ?? NaN, want.low, 'low');
      expectClose(interval?.high ?? NaN, want.high, 'high');
    });
  }
});

describe('% favourable (top-2-box)', () => {
  for (const want of reference.topBox) {
    it(want.name, () => {
      const distribution = answerDistribution(nums(want.values), want.min, want.max);
      expect(distribution).toEqual(want.distribution);
      expect(favourableCounts(distribution, want.min, want.max)).toEqual({
        favourable: want.favourable,
        answers: want.answers,
      });
      expectClose(favourableShare(distribution, want.min, want.max), want.share, 'share');
    });
  }

  it('counts the two highest points of the scale, whatever its length', () => {
    expect(favourableValues(1, 5)).toEqual([4, 5]);
    expect(favourableValues(1, 7)).toEqual([6, 7]);
    expect(favourableValues(0, 1)).toEqual([1]);
    expect(favourableShare([0, 0, 0], 1, 3)).toBe(NaN);
  });
});

describe("Feldt's interval of Cronbach's α (psych::alpha.ci)", () => {
  for (const want of reference.alphaCi) {
    it(want.name, () => {
      const interval = alphaConfidenceInterval(want.alpha, want.nComplete, want.items);
      expectClose(interval?.low ?? NaN, want.low, 'low');
      expectClose(interval?.high ?? NaN, want.high, 'high');
    });
  }

  it('keeps exactly the computed F quantile, asked again by the same degrees of freedom', () => {
    for (const [p, df1, df2] of [
      [0.975, 9, 27],
      [0.025, 4_999, 44_991],
      [0.975, 624, 3_120],
    ] as const) {
      expect(cachedFisherFQuantile(p, df1, df2)).toBe(fisherFQuantile(p, df1, df2));
      expect(cachedFisherFQuantile(p, df1, df2)).toBe(fisherFQuantile(p, df1, df2));
    }
  });

  it('has no interval without α or with a single item', () => {
    expect(alphaConfidenceInterval(NaN, 10, 4)).toBeNull();
    expect(alphaConfidenceInterval(0.8, 10, 1)).toBeNull();
  });
});

describe("Welch's ANOVA (oneway.test) and ω² (from aov)", () => {
  for (const want of reference.welchAnova) {
    it(want.name, () => {
      const result = welchAnova(want.groups.map((values) => describeValues(nums(values))));
      expect(result.status).toBe('ok');
      expectClose(result.f, want.f, 'F');
      expectClose(result.df1, want.df1, 'df1');
      expectClose(result.df2, want.df2, 'df2');
      expectClose(result.p, want.p, 'p');
      expectClose(result.omegaSquared, want.omegaSquared, 'omega squared');
    });
  }

  it('is not computable with one group, a group of one, or a group without spread', () => {
    const group = describeValues([1, 2, 3]);
    expect(welchAnova([group]).status).toBe('noData');
    expect(welchAnova([group, describeValues([4])]).status).toBe('groupTooSmall');
    expect(welchAnova([group, describeValues([4, 4, 4])]).status).toBe('noVariance');
  });
});

describe('merged moments', () => {
  it('equal the moments of all values at once', () => {
    const a = [4, 5, 3, 4, 2];
    const b = [1, 2, 2, 3];
    const c = [5];
    const merged = mergeMoments([a, b, c].map((values) => describeValues(values)));
    const all = describeValues([...a, ...b, ...c]);
    expect(merged.n).toBe(all.n);
    expectClose(merged.mean, all.mean, 'mean');
    expectClose(merged.variance, all.variance, 'variance');
  });
});

describe('Holm across many tests (p.adjust over every comparison of the survey)', () => {
  it('adjusts the dimension family of all pairs at once, as R does', () => {
    const survey = reference.survey;
    const p = survey.comparisons.flatMap((comparison) => [
      ...comparison.dimensions.map((row) => row.p ?? NaN),
      comparison.overall.p ?? NaN,
    ]);
    const want = survey.comparisons.flatMap((comparison) => [
      ...comparison.dimensions.map((row) => row.pHolm),
      comparison.overall.pHolm,
    ]);
    const got = holmAdjust(p);
    want.forEach((value, index) => expectClose(got[index]!, value, `test ${index}`));
    expect(p.filter((value) => !Number.isNaN(value))).toHaveLength(
      survey.multiplicity.dimensionTests,
    );
  });
});
