import { describe, expect, it } from 'vitest';
import {
  compareAllPairs,
  compareGroups,
  comparisonRows,
  gapDirection,
  ipaQuadrant,
  isNotableGap,
  needsPicture,
  NOTABLE_ABS_G,
  NOTABLE_DIFF_FRACTION_OF_RANGE,
  notableDifference,
  prepareGapData,
} from '@shared/gaps';
import { buildScoringModel } from '@shared/scoring';
import { matrixOf, smallInstrument } from '@test/support/synthetic-survey';

const instrument = smallInstrument({ A: ['A1', 'A2', 'A3'] }, ['N1', 'N2', 'N3']);
const codes = ['A1', 'A2', 'A3', 'I_N1', 'P_N1', 'I_N2', 'P_N2', 'I_N3', 'P_N3'];
const model = buildScoringModel(instrument, codes);

/** Five respondents per group; `cells(group, respondent)` gives their answers. */
function dataOf(
  groupCount: number,
  cells: (group: number, respondent: number) => (number | null)[],
  sizes: number[] = Array.from({ length: groupCount }, () => 5),
) {
  const rows: (number | null)[][] = [];
  const groupOf: number[] = [];
  sizes.forEach((size, g) => {
    for (let r = 0; r < size; r++) {
      rows.push(cells(g, r));
      groupOf.push(g);
    }
  });
  const names = ['Productie', 'Verkoop', 'Klanten', 'Directie'].slice(0, groupCount);
  return prepareGapData({
    matrix: matrixOf(codes, rows, groupOf, groupCount),
    model,
    groupNames: names,
  });
}

describe('comparison edge cases', () => {
  it('gives "not computable" for an item that only one respondent of a group answered', () => {
    const data = dataOf(2, (g, r) => [
      g === 0 && r > 0 ? null : 3 + (r % 2),
      3,
      4,
      3,
      null,
      3,
      null,
      3,
      null,
    ]);
    const rows = comparisonRows(compareGroups(data, 0, 1)!);
    expect(rows.items[0]).toMatchObject({
      nA: 1,
      nB: 5,
      t: null,
      p: null,
      g: null,
      status: 'groupTooSmall',
    });
    expect(rows.items[0]!.diff).toBeCloseTo(3 - 3.4, 12);
  });

  it('gives "not computable" when an item is missing for a whole group', () => {
    const data = dataOf(2, (g, r) => [
      g === 0 ? null : 2 + (r % 3),
      3,
      4,
      3,
      null,
      3,
      null,
      3,
      null,
    ]);
    const row = comparisonRows(compareGroups(data, 0, 1)!).items[0]!;
    expect(row).toMatchObject({ nA: 0, meanA: null, diff: null, status: 'noData', notable: false });
  });

  it('tests normally when one group has no variance, and not at all when both have none', () => {
    const data = dataOf(2, (g, r) => [
      g === 0 ? 4 : 1 + (r % 3),
      g === 0 ? 4 : 2,
      3,
      3,
      null,
      3,
      null,
      3,
      null,
    ]);
    const rows = comparisonRows(compareGroups(data, 0, 1)!);
    expect(rows.items[0]!.status).toBe('ok');
    expect(rows.items[0]!.df).toBe(4);
    expect(rows.items[0]!.g).not.toBeNull();
    // A2: 4 vs 2 with no spread anywhere: the gap is real but has no t, p or g.
    expect(rows.items[1]).toMatchObject({
      diff: 2,
      t: null,
      p: null,
      pHolm: null,
      g: null,
      status: 'noVariance',
    });
    expect(rows.items[1]!.notable).toBe(true); // |2| ≥ 4/3 even without g
    // A3: everyone answers 3.
    expect(rows.items[2]).toMatchObject({ diff: 0, status: 'noVariance', notable: false });
  });

  it('adjusts p across items and across dimensions separately', () => {
    const data = dataOf(2, (g, r) => [
      g + 1 + (r % 3),
      2 + (r % 2) + g,
      4 - g - (r % 2),
      3,
      null,
      3,
      null,
      3,
      null,
    ]);
    const comparison = compareGroups(data, 0, 1)!;
    const p = Array.from(comparison.items.p);
    const sorted = [...p].sort((a, b) => a - b);
    expect(comparison.items.pHolm[p.indexOf(sorted[0]!)]).toBeCloseTo(
      Math.min(1, 3 * sorted[0]!),
      14,
    );
    expect(comparison.dimensions.pHolm[0]).toBe(comparison.dimensions.p[0]); // one dimension
    expect(comparison.overall.pHolm[0]).toBe(comparison.overall.p[0]);
  });

  it('never compares a group below the anonymity threshold', () => {
    const data = dataOf(3, (g, r) => [1 + g + (r % 2), 3, 3, 3, null, 3, null, 3, null], [5, 4, 6]);
    expect(data.suppressedGroups).toEqual([1]);
    expect(compareGroups(data, 0, 1)).toBeNull();
    expect(compareGroups(data, 1, 2)).toBeNull();
    expect(compareGroups(data, 0, 0)).toBeNull();
    expect(compareGroups(data, 0, 9)).toBeNull();
    expect(compareAllPairs(data).map((c) => [c.groupA, c.groupB])).toEqual([[0, 2]]);
    expect(compareAllPairs(data, [2, 1, 0]).map((c) => [c.nameA, c.nameB])).toEqual([
      ['Klanten', 'Productie'],
    ]);
    // Its data is wiped from the prepared moments, not only hidden.
    expect(data.moments.n[1 * data.moments.variableCount]).toBe(0);
  });
});

describe('notable gaps', () => {
  it('exports its thresholds', () => {
    expect(NOTABLE_DIFF_FRACTION_OF_RANGE).toBeCloseTo(1 / 3, 15);
    expect(NOTABLE_ABS_G).toBe(0.5);
    expect(notableDifference(1, 5)).toBeCloseTo(4 / 3, 15);
    expect(notableDifference(1, 7)).toBe(2);
  });

  it('flags a gap of a third of the range or a medium effect, and nothing else', () => {
    const third = notableDifference(1, 5);
    expect(isNotableGap(4 / 3, 0.1, third)).toBe(true);
    expect(isNotableGap(-(4 / 3), 0.1, third)).toBe(true);
    expect(isNotableGap(1.3, 0.49, third)).toBe(false);
    expect(isNotableGap(0.2, -0.5, third)).toBe(true);
    expect(isNotableGap(NaN, NaN, third)).toBe(false);
  });
});

describe('blind spot direction', () => {
  it('calls internal-higher a blind spot and internal-lower a hidden strength', () => {
    expect(gapDirection(0.4)).toBe('blindSpot');
    expect(gapDirection(-0.4)).toBe('hiddenStrength');
    expect(gapDirection(0)).toBe('none');
    expect(gapDirection(NaN)).toBe('none');
  });
});

describe('needs edge cases', () => {
  it('averages tied ranks and leaves unrated needs out of the correlation', () => {
    // Group 0 rates N1 = N2 = 5, N3 = 2; group 1 never rates N3.
    const data = dataOf(2, (g) => [
      3,
      3,
      3,
      5,
      null,
      g === 0 ? 5 : 3,
      null,
      g === 0 ? 2 : null,
      null,
    ]);
    const picture = needsPicture(data);
    expect(Array.from(picture.ranks[0]!)).toEqual([1.5, 1.5, 3]);
    expect(Array.from(picture.ranks[1]!)).toEqual([1, 2, NaN]);
    expect(picture.correlations[0]!.needCount).toBe(2);
    expect(picture.correlations[0]!.rho).toBeNaN(); // group 0 ties on both shared needs
    // Equal disagreement keeps questionnaire order; a need ranked by one group only comes last.
    expect(picture.disagreement.map((d) => d.code)).toEqual(['N1', 'N2', 'N3']);
    expect(picture.disagreement.map((d) => d.rankRange)).toEqual([0.5, 0.5, NaN]);
    expect(picture.ipa).toBeNull();
  });

  it('has no grid when the customers rated no performance', () => {
    const data = dataOf(2, () => [3, 3, 3, 4, null, 3, null, 2, null]);
    expect(needsPicture(data, { customerGroup: 1 }).ipa).toBeNull();
  });

  it('splits the grid at the means, a value on the split counting as high', () => {
    expect(ipaQuadrant(4, 2, 3, 3)).toBe('concentrateHere');
    expect(ipaQuadrant(4, 4, 3, 3)).toBe('keepUpTheGoodWork');
    expect(ipaQuadrant(2, 2, 3, 3)).toBe('lowPriority');
    expect(ipaQuadrant(2, 4, 3, 3)).toBe('possibleOverkill');
    expect(ipaQuadrant(3, 3, 3, 3)).toBe('keepUpTheGoodWork');
    expect(ipaQuadrant(NaN, 3, 3, 3)).toBeNull();
  });
});
