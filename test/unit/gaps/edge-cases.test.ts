import { describe, expect, it } from 'vitest';
import {
  analyseFamily,
  gapDirection,
  ipaQuadrant,
  isLargeGap,
  isNotableGap,
  NOTABLE_ABS_G,
  NOTABLE_DIFF_FRACTION_OF_RANGE,
  notableDifference,
  type FamilyAnalysisInput,
} from '@shared/gaps';
import { withIdentity, type Instrument } from '@shared/questionnaire/instrument';
import { shownDifference } from '@shared/i18n/format';
import { matrixOf, smallInstrument } from '@test/support/synthetic-survey';

const instrument = smallInstrument({ A: ['A1', 'A2', 'A3'] }, ['N1', 'N2', 'N3']);
const codes = ['A1', 'A2', 'A3', 'I_N1', 'P_N1', 'I_N2', 'P_N2', 'I_N3', 'P_N3'];
const NAMES = ['Productie', 'Verkoop', 'Klanten', 'Directie'];

/** Five respondents per group (the threshold); `cells(group, respondent)` gives their answers. */
function analyse(
  groupCount: number,
  cells: (group: number, respondent: number) => (number | null)[],
  sizes: number[] = Array.from({ length: groupCount }, () => 5),
  kinds: ('department' | 'customer')[] = [],
) {
  const rows: (number | null)[][] = [];
  const groupOf: number[] = [];
  sizes.forEach((size, g) => {
    for (let r = 0; r < size; r++) {
      rows.push(cells(g, r));
      groupOf.push(g);
    }
  });
  const groups = NAMES.slice(0, groupCount).map((name, index) => ({
    id: index + 1,
    name,
    kind: kinds[index] ?? ('department' as const),
    invited: null,
  }));
  return analyseFamily({
    versions: [
      {
        instrumentId: 1,
        key: instrument.id,
        version: 1,
        instrument,
        matrix: matrixOf(codes, rows, groupOf, groupCount),
      },
    ],
    groups,
    selected: groups.map((_, index) => index),
  });
}

describe('comparison edge cases', () => {
  it('shows nothing of a statement fewer people answered than the threshold, even in a group of exactly the threshold', () => {
    // The case: a group of 5 in which one person answered A1 with an extreme value.
    const report = analyse(2, (g, r) => [
      g === 0 ? (r === 0 ? 5 : null) : 1 + (r % 2),
      3,
      4,
      3,
      null,
      3,
      null,
      3,
      null,
    ]);
    const row = report.comparisons[0]!.items[0]!;
    expect(row).toMatchObject({
      nA: 1,
      nB: 5,
      meanA: null,
      diff: null,
      shownDiff: null,
      p: null,
      g: null,
      notable: false,
      status: 'tooFewAnswers',
    });
    expect(report.profiles[0]!.own.items[0]).toMatchObject({ n: 1, mean: null, ciLow: null });
  });

  it('gives "too few answers" when a statement is missing for a whole group', () => {
    const report = analyse(2, (g, r) => [
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
    expect(report.comparisons[0]!.items[0]).toMatchObject({
      nA: 0,
      meanA: null,
      diff: null,
      status: 'tooFewAnswers',
      notable: false,
    });
  });

  it('tests normally when one group has no spread; with none in either the gap is large but unsupported', () => {
    const report = analyse(2, (g, r) => [
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
    const rows = report.comparisons[0]!.items;
    expect(rows[0]!.status).toBe('ok');
    expect(rows[0]!.df).toBe(4);
    expect(rows[0]!.g).not.toBeNull();
    // A2: 4 vs 2 with no spread anywhere: the gap is large, but nothing supports it as a finding.
    expect(rows[1]).toMatchObject({
      diff: 2,
      t: null,
      p: null,
      pHolm: null,
      g: null,
      large: true,
      supported: false,
      notable: false,
      status: 'noVariance',
    });
    expect(rows[2]).toMatchObject({ diff: 0, status: 'noVariance', notable: false });
  });

  it('adjusts p across every pair at once: dimensions with the overall index, statements apart', () => {
    const report = analyse(3, (g, r) => [
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
    // Three pairs × (one dimension + the overall index), and three pairs × three statements.
    expect(report.multiplicity).toMatchObject({ dimensionTests: 6, statementTests: 9 });
    const p = report.comparisons.flatMap((c) => [...c.dimensions, c.overall]).map((r) => r.p!);
    const smallest = Math.min(...p);
    const row = report.comparisons
      .flatMap((c) => [...c.dimensions, c.overall])
      .find((candidate) => candidate.p === smallest)!;
    expect(row.pHolm).toBeCloseTo(Math.min(1, 6 * smallest), 14);
  });

  it('never compares a group below the anonymity threshold, nor shows its size', () => {
    const report = analyse(
      3,
      (g, r) => [1 + g + (r % 2), 3, 3, 3, null, 3, null, 3, null],
      [5, 4, 6],
    );
    expect(report.comparisons.map((c) => [c.nameA, c.nameB])).toEqual([['Productie', 'Klanten']]);
    expect(report.groups[1]).toMatchObject({ shown: false, respondents: null });
    expect(report.profiles.map((profile) => profile.name)).toEqual(['Productie', 'Klanten']);
  });

  it('computes a shown difference from the means as shown, so the figures add up', () => {
    // 4.205 and 2.854 show as 4,21 and 2,85: the difference shown is 1,36, not 1,35.
    expect(shownDifference(4.205, 2.854)).toBe(1.36);
    expect(shownDifference(3.344, 3.356)).toBe(-0.02);
    const report = analyse(2, (g, r) => [
      g === 0 ? 4 + (r % 2) : 1 + (r % 2),
      3,
      3,
      3,
      null,
      3,
      null,
      3,
      null,
    ]);
    for (const row of report.comparisons[0]!.items) {
      if (row.meanA === null || row.meanB === null) continue;
      expect(row.shownDiff).toBe(shownDifference(row.meanA, row.meanB));
    }
  });
});

describe('the largest gaps', () => {
  it('lists only notable gaps, names ties and keeps every gap tied at the last place', () => {
    // Four groups: Productie far above the three others, which score exactly alike.
    const report = analyse(4, (g, r) => [
      g === 0 ? 5 - (r % 2) : 1 + (r % 2),
      g === 0 ? 5 - (r % 2) : 1 + (r % 2),
      g === 0 ? 5 - (r % 2) : 1 + (r % 2),
      3,
      null,
      3,
      null,
      3,
      null,
    ]);
    const gaps = report.largestGaps;
    for (const gap of gaps) {
      const pair = report.comparisons.find(
        (c) =>
          [c.groupA, c.groupB].includes(gap.higherGroupId) &&
          [c.groupA, c.groupB].includes(gap.lowerGroupId),
      )!;
      expect(pair.dimensions.find((row) => row.code === gap.code)!.notable).toBe(true);
    }
    // Productie against each of the three others: three gaps of exactly the same size.
    expect(gaps).toHaveLength(3);
    expect(gaps.map((gap) => gap.rank)).toEqual([1, 1, 1]);
    expect(gaps.every((gap) => gap.tied && gap.higherName === 'Productie')).toBe(true);
    expect(gaps[0]!.sentence.nl).toContain('3,20 punt hoger dan Verkoop (4,60 tegen 1,40)');
    // Worded when first read, and carried by JSON (the browser host, the CLI) and by a
    // structured clone (Electron's IPC, worker threads) alike.
    for (const copy of [JSON.parse(JSON.stringify(gaps[1])), structuredClone(gaps[1])]) {
      expect((copy as (typeof gaps)[1]).sentence).toEqual(gaps[1]!.sentence);
      expect((copy as (typeof gaps)[1]).sentence.en).toContain('higher than');
    }
    // Worded once per gap, by one getter for all gaps (a getter per gap gave each gap an
    // object shape of its own, which kept every analysis's report alive in memory for longer).
    expect(gaps[1]!.sentence).toBe(gaps[1]!.sentence);
    const getters = gaps.map((gap) => Object.getOwnPropertyDescriptor(gap, 'sentence')!.get);
    expect(new Set(getters).size).toBe(1);
    expect(Object.keys(gaps[1]!).at(-1)).toBe('sentence');
  });

  it('is empty when no difference is supported, however large', () => {
    const report = analyse(2, (g) => [g === 0 ? 5 : 1, 3, 3, 3, null, 3, null, 3, null]);
    expect(report.comparisons[0]!.dimensions[0]).toMatchObject({ large: true, notable: false });
    expect(report.largestGaps).toEqual([]);
  });
});

describe('statement identity across versions', () => {
  const staff = smallInstrument({ A: ['A1', 'A2-', 'A3'] });
  // The customer version words A2 positively (not reversed) and calls its statements K1…K3;
  // K3 has no staff counterpart. Links, not codes, say which statements are the same.
  const customer: Instrument = withIdentity({
    ...staff,
    id: 'small-klant',
    family: staff.family,
    audience: 'customer',
    items: [
      { ...staff.items[0]!, id: 'small-klant/K1', linkedTo: staff.items[0]!.id, code: 'K1' },
      {
        ...staff.items[1]!,
        id: 'small-klant/K2',
        linkedTo: staff.items[1]!.id,
        code: 'K2',
        reverse: false,
      },
      { ...staff.items[2]!, id: 'small-klant/K3', linkedTo: null, code: 'K3' },
    ],
  });

  function input(): FamilyAnalysisInput {
    const staffRows = Array.from({ length: 10 }, (_, r) => [4 + (r % 2), 2 - (r % 2), 3 + (r % 2)]);
    const customerRows = Array.from({ length: 5 }, (_, r) => [2 + (r % 2), 4 + (r % 2), 1]);
    return {
      versions: [
        {
          instrumentId: 1,
          key: staff.id,
          version: 1,
          instrument: staff,
          matrix: matrixOf(['A1', 'A2', 'A3'], staffRows, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], 3),
        },
        {
          instrumentId: 2,
          key: customer.id,
          version: 1,
          instrument: customer,
          matrix: matrixOf(['K1', 'K2', 'K3'], customerRows, [2, 2, 2, 2, 2], 3),
        },
      ],
      groups: [
        { id: 1, name: 'Productie', kind: 'department', invited: null },
        { id: 2, name: 'Verkoop', kind: 'department', invited: null },
        { id: 3, name: 'Klanten', kind: 'customer', invited: null },
      ],
      selected: [0, 1, 2],
    };
  }

  it('compares staff groups on all statements and staff with customers on the linked ones only', () => {
    const report = analyseFamily(input());
    const [staffPair, first, second] = report.comparisons;
    expect(staffPair!.basisId).toBe('1');
    expect(staffPair!.items.map((row) => row.code)).toEqual(['A1', 'A2', 'A3']);
    expect(first!.basisId).toBe('1+2');
    expect(first!.items.map((row) => row.code)).toEqual(['A1', 'A2']);
    expect(second!.items.map((row) => row.code)).toEqual(['A1', 'A2']);
    const linked = report.bases.find((basis) => basis.id === '1+2')!;
    expect(linked.kind).toBe('linked');
    expect(linked.leftOutStatements.map((item) => item.code)).toEqual(['A3', 'K3']);
    expect(report.commonBasisId).toBe('1+2');
  });

  it("turns each answer round by its own version's wording before comparing", () => {
    const report = analyseFamily(input());
    // Staff A2 is reverse-worded (answers 2, 1 score 4, 5); customer K2 is not (answers 4, 5).
    // Both groups mean the same: 4.4, where comparing raw answers would set 1.6 against 4.4.
    const row = report.comparisons[1]!.items[1]!;
    expect(row.meanA).toBeCloseTo(4.4, 12);
    expect(row.meanB).toBeCloseTo(4.4, 12);
    expect(row.diff).toBeCloseTo(0, 12);
  });
});

describe('notable gaps', () => {
  it('exports its thresholds', () => {
    expect(NOTABLE_DIFF_FRACTION_OF_RANGE).toBeCloseTo(1 / 3, 15);
    expect(NOTABLE_ABS_G).toBe(0.5);
    expect(notableDifference(1, 5)).toBeCloseTo(4 / 3, 15);
    expect(notableDifference(1, 7)).toBe(2);
  });

  it('needs a large gap and an adjusted p below 0.05', () => {
    const third = notableDifference(1, 5);
    expect(isLargeGap(4 / 3, 0.1, third)).toBe(true);
    expect(isLargeGap(1.3, 0.49, third)).toBe(false);
    expect(isLargeGap(0.2, -0.5, third)).toBe(true);
    expect(isLargeGap(NaN, NaN, third)).toBe(false);
    expect(isNotableGap(-(4 / 3), 0.1, third, 0.01)).toBe(true);
    expect(isNotableGap(-(4 / 3), 0.1, third, 0.46)).toBe(false);
    expect(isNotableGap(0.3, 0.1, third, 0.0001)).toBe(false);
  });
});

describe('blind spot direction', () => {
  it('calls internal-higher a blind spot and internal-lower a hidden strength', () => {
    expect(gapDirection(0.4)).toBe('blindSpot');
    expect(gapDirection(-0.4)).toBe('hiddenStrength');
    expect(gapDirection(0)).toBe('none');
    expect(gapDirection(null)).toBe('none');
  });
});

describe('needs edge cases', () => {
  it('averages tied ranks and leaves unrated needs out of the correlation', () => {
    // Group 0 rates N1 = N2 = 5, N3 = 2; group 1 never rates N3.
    const report = analyse(2, (g) => [
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
    const picture = report.needsPicture;
    expect(picture.rankings.map((ranking) => ranking.rank[0])).toEqual([1.5, 1.5, 3]);
    expect(picture.rankings.map((ranking) => ranking.rank[1])).toEqual([1, 2, null]);
    expect(picture.correlations[0]!.needCount).toBe(2);
    expect(picture.correlations[0]!.rho).toBeNull(); // group 0 ties on both shared needs
    // Equal disagreement keeps questionnaire order; a need ranked by one group only comes last.
    expect(picture.disagreement.map((d) => d.code)).toEqual(['N1', 'N2', 'N3']);
    expect(picture.disagreement.map((d) => d.rankRange)).toEqual([0.5, 0.5, null]);
    expect(picture.ipa).toEqual([]);
  });

  it('has no grid when the customers rated no performance', () => {
    const report = analyse(
      2,
      () => [3, 3, 3, 4, null, 3, null, 2, null],
      [5, 5],
      ['department', 'customer'],
    );
    expect(report.needsPicture.ipa).toEqual([]);
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
