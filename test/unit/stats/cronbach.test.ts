import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '@shared/stats';
import { expectAllClose, expectClose, nums, reference } from '@test/fixtures/r/reference';

/** Fixture rows (respondents) → item columns. */
function columns(rows: (number | null)[][]): number[][] {
  const k = rows[0]?.length ?? 0;
  return Array.from({ length: k }, (_, j) => nums(rows.map((row) => row[j] ?? null)));
}

describe("Cronbach's alpha", () => {
  for (const c of reference.alpha) {
    it(`matches psych::alpha on listwise complete cases: ${c.name}`, () => {
      const result = cronbachAlpha(columns(c.items));
      expect(result.nComplete).toBe(c.nComplete);
      expectClose(result.alpha, c.rawAlpha, 'raw alpha');
      expectAllClose(result.alphaIfDeleted, c.alphaIfDeleted, 'alpha if deleted');
      expectAllClose(result.itemTotalCorrelation, c.itemTotalCorrelation, 'r.drop');
    });
  }

  it('is NaN without enough complete cases or items', () => {
    expect(
      cronbachAlpha([
        [1, NaN],
        [NaN, 2],
      ]).alpha,
    ).toBeNaN();
    expect(cronbachAlpha([[1, 2, 3]]).alpha).toBeNaN();
    expect(cronbachAlpha([]).alpha).toBeNaN();
  });

  it('is NaN when nobody varies, and marks an item without variance', () => {
    expect(
      cronbachAlpha([
        [3, 3, 3],
        [2, 2, 2],
      ]).alpha,
    ).toBeNaN();
    const withFlatItem = cronbachAlpha([
      [1, 2, 3, 4],
      [2, 2, 4, 4],
      [3, 3, 3, 3],
    ]);
    expect(withFlatItem.alpha).not.toBeNaN();
    expect(withFlatItem.itemTotalCorrelation[2]).toBeNaN();
  });

  it('has no alpha-if-deleted for a two-item scale', () => {
    const result = cronbachAlpha([
      [1, 2, 3, 5],
      [2, 2, 4, 4],
    ]);
    expect(result.alpha).toBeGreaterThan(0);
    expect(result.alphaIfDeleted.every(Number.isNaN)).toBe(true);
  });
});
