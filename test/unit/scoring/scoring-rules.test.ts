import { describe, expect, it } from 'vitest';
import {
  buildScoringModel,
  DEFAULT_ANONYMITY_THRESHOLD,
  effectiveAnonymityThreshold,
  groupSizes,
  scoredColumn,
  scoreRespondents,
  scoreResponses,
  visibleGroups,
} from '@shared/scoring';
import { matrixOf, smallInstrument } from '@test/support/synthetic-survey';

const instrument = smallInstrument({ A: ['A1', 'A2', 'A3-', 'A4'], B: ['B1', 'B2', 'B3'] });
const codes = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3'];

function scores(rows: (number | null)[][], fraction?: number) {
  const matrix = matrixOf(
    codes,
    rows,
    rows.map(() => 0),
    1,
  );
  const model = buildScoringModel(instrument, codes, { minAnsweredFraction: fraction });
  const scored = scoreRespondents(matrix, model);
  const { layout } = scored;
  return {
    model,
    a: Array.from(scoredColumn(scored, layout.dimensions)),
    b: Array.from(scoredColumn(scored, layout.dimensions + 1)),
    overall: Array.from(scoredColumn(scored, layout.overall)),
    items: (column: number) => Array.from(scoredColumn(scored, layout.items + column)),
  };
}

describe('respondent scores', () => {
  it('turns reverse items round before anything else (min + max − x)', () => {
    const s = scores([[5, 5, 1, 5, 3, 3, 3]]);
    expect(s.items(2)).toEqual([5]);
    expect(s.a).toEqual([5]);
  });

  it('scores a dimension only when at least half of its items are answered', () => {
    const s = scores([
      [4, 2, null, null, 4, null, null], // A: 2 of 4 → scored; B: 1 of 3 → not scored
      [4, null, null, null, 4, 2, null], // A: 1 of 4 → not scored; B: 2 of 3 → scored
    ]);
    expect(s.a).toEqual([3, NaN]);
    expect(s.b).toEqual([NaN, 3]);
    // The overall index needs half of the dimensions: one of two is enough.
    expect(s.overall).toEqual([3, 3]);
  });

  it('lets the answered fraction be configured', () => {
    const strict = scores([[4, 2, null, 4, 4, 2, 3]], 1);
    expect(strict.a).toEqual([NaN]);
    expect(strict.b).toEqual([3]);
    expect(strict.overall).toEqual([NaN]); // all dimensions required at fraction 1
    const lenient = scores([[4, null, null, null, null, null, null]], 0);
    expect(lenient.a).toEqual([4]);
    expect(lenient.overall).toEqual([4]);
  });

  it('rounds the required number of answers up and never asks for fewer than one', () => {
    const model = scores([[1, 1, 1, 1, 1, 1, 1]], 0.5).model;
    expect(model.dimensions.map((d) => d.requiredAnswers)).toEqual([2, 2]);
    expect(model.requiredDimensions).toBe(1);
    expect(scores([[1, 1, 1, 1, 1, 1, 1]], 0).model.dimensions[0]!.requiredAnswers).toBe(1);
  });

  it('gives no scores to a respondent who answered nothing', () => {
    const s = scores([[null, null, null, null, null, null, null]]);
    expect(s.a).toEqual([NaN]);
    expect(s.b).toEqual([NaN]);
    expect(s.overall).toEqual([NaN]);
  });

  it('treats answers outside the scale as missing', () => {
    const s = scores([[0, 6, 3, 3, 3, 3, 3]]);
    expect(s.items(0)).toEqual([NaN]);
    expect(s.items(1)).toEqual([NaN]);
    expect(s.a).toEqual([3]);
  });

  it('ignores open, importance and performance items in dimension scores', () => {
    const withNeeds = smallInstrument({ A: ['A1', 'A2'] }, ['PRIJS']);
    const model = buildScoringModel(withNeeds, ['A1', 'A2', 'I_PRIJS', 'P_PRIJS']);
    expect(model.items.map((i) => i.code)).toEqual(['A1', 'A2']);
    expect(model.needs).toEqual([
      {
        code: 'PRIJS',
        importanceItem: 'I_PRIJS',
        performanceItem: 'P_PRIJS',
        importanceColumn: 2,
        performanceColumn: 3,
      },
    ]);
  });

  it('treats an item missing from the responses as unanswered', () => {
    const model = buildScoringModel(instrument, ['A1', 'A2']);
    expect(model.items.find((i) => i.code === 'A3')!.column).toBe(-1);
    const matrix = matrixOf(
      ['A1', 'A2'],
      [
        [4, 2],
        [4, 2],
        [4, 2],
      ],
      [0, 0, 0],
      1,
    );
    const result = scoreResponses(matrix, model, { anonymityThreshold: 3 });
    expect(result.total!.dimensions[0]!.mean).toBe(3);
    expect(result.total!.items[2]!.n).toBe(0);
    expect(result.reliability[0]!.itemCodes).toEqual(['A1', 'A2']);
  });
});

describe('summaries', () => {
  it('reports n = 0 and shows no mean, SD or distribution when an item is missing for everyone', () => {
    const rows = Array.from({ length: 6 }, () => [3, 4, 2, null, 3, 3, 3]);
    const matrix = matrixOf(
      codes,
      rows,
      rows.map(() => 0),
      1,
    );
    const result = scoreResponses(matrix, buildScoringModel(instrument, codes));
    const a4 = result.total!.items[3]!;
    expect(a4.n).toBe(0);
    expect(a4.mean).toBeNaN();
    expect(a4.sd).toBeNaN();
    expect(a4.distribution).toBeNull();
  });

  it('reports SD 0 and NaN alpha when everyone answers the same', () => {
    const rows = Array.from({ length: 6 }, () => [3, 3, 3, 3, 2, 2, 2]);
    const matrix = matrixOf(
      codes,
      rows,
      rows.map(() => 0),
      1,
    );
    const result = scoreResponses(matrix, buildScoringModel(instrument, codes));
    expect(result.total!.items[0]).toMatchObject({ n: 6, mean: 3, sd: 0, ciLow: 3, ciHigh: 3 });
    expect(result.total!.items[0]!.distribution).toEqual([0, 0, 6, 0, 0]);
    expect(result.total!.dimensions[1]).toMatchObject({ n: 6, mean: 2, sd: 0 });
    expect(result.total!.overall100).toMatchObject({ n: 6, mean: 37.5, sd: 0 });
    expect(result.reliability[0]!.alpha).toBeNaN();
  });

  it('counts the distribution of a reverse item after reversal, and its favourable share', () => {
    const rows = [
      [3, 3, 1, 3, 3, 3, 3],
      [3, 3, 2, 3, 3, 3, 3],
      [3, 3, 2, 3, 3, 3, 3],
      [3, 3, 5, 3, 3, 3, 3],
      [3, 3, 4, 3, 3, 3, 3],
    ];
    const matrix = matrixOf(codes, rows, [0, 0, 0, 0, 0], 1);
    const result = scoreResponses(matrix, buildScoringModel(instrument, codes));
    expect(result.total!.items[2]!.distribution).toEqual([1, 1, 0, 2, 1]);
    // Disagreeing with a negatively worded statement (1, 2 → 5, 4) is favourable.
    expect(result.total!.items[2]!.favourable).toEqual({ favourable: 3, answers: 5, share: 0.6 });
  });

  it('shows nothing of an empty matrix', () => {
    const matrix = matrixOf(codes, [], [], 2);
    const result = scoreResponses(matrix, buildScoringModel(instrument, codes));
    expect(result.total).toBeNull();
    expect(result.groups).toEqual([]);
    expect(result.suppressedGroups).toEqual([0, 1]);
  });
});

describe('anonymity', () => {
  it('defaults to 5 and never goes below 3', () => {
    expect(effectiveAnonymityThreshold()).toBe(DEFAULT_ANONYMITY_THRESHOLD);
    expect(effectiveAnonymityThreshold(null)).toBe(5);
    expect(effectiveAnonymityThreshold(1)).toBe(3);
    expect(effectiveAnonymityThreshold(8)).toBe(8);
    expect(effectiveAnonymityThreshold(Number.NaN)).toBe(5);
  });

  it('shows only groups with at least threshold respondents', () => {
    expect(visibleGroups([5, 4, 0, 12])).toEqual([true, false, false, true]);
    expect(visibleGroups([3, 2], 3)).toEqual([true, false]);
    expect(visibleGroups([3, 2], 2)).toEqual([true, false]); // 2 is raised to the minimum 3
  });

  it('counts respondents per group, ignoring those without a group', () => {
    expect(Array.from(groupSizes([0, 1, 1, -1, 7, 1], 2))).toEqual([1, 3]);
  });

  it('leaves a small group out of the group results and, alone, out of the total too', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => [4, 4, 2, 4, 4, 4, 4]),
      ...Array.from({ length: 2 }, () => [1, 1, 5, 1, 1, 1, 1]),
      [2, 2, 4, 2, 2, 2, 2], // no group
    ];
    const matrix = matrixOf(codes, rows, [0, 0, 0, 0, 0, 1, 1, -1], 2);
    const result = scoreResponses(matrix, buildScoringModel(instrument, codes));
    expect(result.groups.map((g) => g.group)).toEqual([0]);
    expect(result.suppressedGroups).toEqual([1]);
    // Total minus the shown group would give the small group: so the total is the shown group.
    expect(result.pooledRespondents).toBe(0);
    expect(result.total!.respondents).toBe(5);
    expect(result.total!.overall.mean).toBe(4);
    const lowered = scoreResponses(matrix, buildScoringModel(instrument, codes), {
      anonymityThreshold: 2,
    });
    expect(lowered.anonymityThreshold).toBe(3);
    expect(lowered.suppressedGroups).toEqual([1]);
    // With threshold 3 the two small blocks together (3 respondents) may count as "other groups".
    expect(lowered.pooledRespondents).toBe(3);
    expect(lowered.total!.respondents).toBe(8);
    expect(lowered.total!.overall.mean).toBeCloseTo((5 * 4 + 2 * 1 + 2) / 8, 12);
  });

  it('pools small groups into the total only when together they reach the threshold', () => {
    const block = (value: number, size: number) =>
      Array.from({ length: size }, () => [value, value, 6 - value, value, value, value, value]);
    const rows = [...block(4, 6), ...block(2, 3), ...block(1, 3)];
    const groupOf = [...rows.keys()].map((r) => (r < 6 ? 0 : r < 9 ? 1 : 2));
    const result = scoreResponses(
      matrixOf(codes, rows, groupOf, 3),
      buildScoringModel(instrument, codes),
    );
    expect(result.suppressedGroups).toEqual([1, 2]);
    expect(result.pooledRespondents).toBe(6);
    expect(result.total!.respondents).toBe(12);
    expect(result.total!.overall.mean).toBeCloseTo((6 * 4 + 3 * 2 + 3 * 1) / 12, 12);
  });

  it('shows nothing at all when every group is below the threshold', () => {
    const rows = Array.from({ length: 8 }, (_, r) => [(r % 5) + 1, 3, 3, 3, 3, 3, 3]);
    const groupOf = [0, 0, 0, 0, 1, 1, 1, 1];
    const result = scoreResponses(
      matrixOf(codes, rows, groupOf, 2),
      buildScoringModel(instrument, codes),
    );
    expect(result.groups).toEqual([]);
    expect(result.total).toBeNull();
    expect(result.reliability.every((entry) => Number.isNaN(entry.alpha))).toBe(true);
  });

  it('hides every cell of a shown group that rests on fewer answers than the threshold', () => {
    const rows = Array.from({ length: 6 }, (_, r) => [r === 0 ? 5 : null, 3, 3, 3, 3, 3, 3]);
    const result = scoreResponses(
      matrixOf(
        codes,
        rows,
        rows.map(() => 0),
        1,
      ),
      buildScoringModel(instrument, codes),
    );
    const a1 = result.groups[0]!.items[0]!;
    expect(a1).toMatchObject({ n: 1, distribution: null });
    expect(a1.mean).toBeNaN();
    expect(result.total!.items[0]!.mean).toBeNaN();
  });
});
