import { describe, expect, it } from 'vitest';
import { describe as describeSample } from '@shared/stats/descriptives';
import { emptyHedgesResult, hedgesG, hedgesGInto } from '@shared/stats/hedges';
import { emptyWelchResult, welchTTest, welchTTestInto } from '@shared/stats/welch';
import { hedgesGOfSamples, twoSidedZ, welchTTestOfSamples } from '@shared/stats';
import { expectClose, nums, reference } from '@test/fixtures/r/reference';

describe('Welch t-test and Hedges g against R', () => {
  for (const c of reference.twoSample) {
    it(c.name, () => {
      const welch = welchTTestOfSamples(nums(c.a), nums(c.b));
      const hedges = hedgesGOfSamples(nums(c.a), nums(c.b));
      if ('error' in c.welch) {
        expect(welch.status).not.toBe('ok');
        for (const value of [welch.t, welch.df, welch.p, welch.ciLow, welch.ciHigh]) {
          expect(value).toBeNaN();
        }
      } else {
        expect(welch.status).toBe('ok');
        expectClose(welch.t, c.welch.t, 't');
        expectClose(welch.df, c.welch.df, 'df');
        expectClose(welch.p, c.welch.p, 'p');
        expectClose(welch.ciLow, c.welch.ciLow, 'ciLow');
        expectClose(welch.ciHigh, c.welch.ciHigh, 'ciHigh');
      }
      if ('error' in c.hedges) {
        expect(hedges.status).not.toBe('ok');
        expect(hedges.g).toBeNaN();
        expect(hedges.ciLow).toBeNaN();
      } else {
        expectClose(hedges.g, c.hedges.g, 'g');
        expectClose(hedges.se, c.hedges.se, 'se');
        expectClose(hedges.ciLow, c.hedges.ciLow, 'g ciLow');
        expectClose(hedges.ciHigh, c.hedges.ciHigh, 'g ciHigh');
      }
    });
  }

  it('says why a comparison is not computable', () => {
    expect(welchTTestOfSamples([4], [2, 3, 4]).status).toBe('groupTooSmall');
    expect(welchTTestOfSamples([4], [2, 3, 4]).diff).toBe(1);
    expect(welchTTestOfSamples([NaN, NaN], [2, 3]).status).toBe('noData');
    expect(welchTTestOfSamples([NaN, NaN], [2, 3]).diff).toBeNaN();
    expect(welchTTestOfSamples([4, 4, 4], [2, 2]).status).toBe('noVariance');
    expect(welchTTestOfSamples([4, 4, 4], [2, 2]).diff).toBe(2);
    expect(hedgesGOfSamples([4, 4, 4], [2, 2]).status).toBe('noVariance');
    expect(hedgesGOfSamples([4], [2, 3]).status).toBe('groupTooSmall');
  });

  it('uses df = n − 1 of the other group when one group has no variance', () => {
    expect(welchTTestOfSamples([3, 3, 3, 3], [1, 2, 4, 2, 3]).df).toBe(4);
  });

  it('uses the normal quantile of the confidence level', () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959963984540054, 14);
  });
});

describe('Welch and Hedges written into one reused record (the gap table)', () => {
  it('gives each pair exactly what a fresh computation gives, whatever came before', () => {
    // Computable, not computable for each reason, then computable again: nothing carries over.
    const samples = [
      [
        [1, 2, 3, 5, 4],
        [2, 2, 4, 3],
      ],
      [[4], [2, 3, 4]],
      [
        [4, 4, 4],
        [2, 2],
      ],
      [
        [NaN, NaN],
        [2, 3],
      ],
      [
        [3, 3, 3, 3],
        [1, 2, 4, 2, 3],
      ],
      [
        [5, 4, 4, 5, 3, 4],
        [1, 2, 2, 3, 1],
      ],
    ].map(([a, b]) => [describeSample(a!), describeSample(b!)] as const);
    const welch = emptyWelchResult();
    const hedges = emptyHedgesResult();
    for (const [a, b] of samples) {
      welchTTestInto(welch, a.n, a.mean, a.variance, b.n, b.mean, b.variance);
      hedgesGInto(hedges, a.n, a.mean, a.variance, b.n, b.mean, b.variance);
      expect({ ...welch }).toEqual(welchTTest(a, b));
      expect({ ...hedges }).toEqual(hedgesG(a, b));
    }
  });
});
