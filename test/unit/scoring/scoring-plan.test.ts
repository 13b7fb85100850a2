/**
 * The scoring walks each dimension's items once, scoring and summing them together, and writes
 * a respondent either as a row (`scoreRespondents`) or into the group's columns (the gap
 * analysis's group moments). These tests hold both to the rules written out the plain way —
 * every item first, then each dimension from the scored items, then the overall index and the
 * needs — bit for bit, on a survey with everything the fast walk must not get wrong: an item of
 * no dimension, a dimension without items, an item whose column the file lacks, reverse items,
 * off-scale and fractional answers, needs on their own scale, and respondents without a group.
 */
import { describe, expect, it } from 'vitest';
import type { Instrument } from '@shared/questionnaire/instrument';
import {
  buildScoringModel,
  computeGroupMoments,
  scoreRespondents,
  type ResponseMatrix,
  type ScoringModel,
} from '@shared/scoring';
import { computeScoredGroupMoments } from '@shared/scoring/group-moments';
import { scoredLayout } from '@shared/scoring/respondent-scores';
import { smallInstrument } from '@test/support/synthetic-survey';

/** The scoring rules, one step after the other, with nothing fused. */
function referenceScores(matrix: ResponseMatrix, model: ScoringModel): Float64Array {
  const layout = scoredLayout(model);
  const width = matrix.itemCodes.length;
  const rows = matrix.groupOf.length;
  const out = new Float64Array(rows * layout.stride);
  const answer = (r: number, column: number) =>
    column >= 0 ? matrix.values[r * width + column]! : NaN;
  const { min, max } = model.scale;
  for (let r = 0; r < rows; r++) {
    const row = r * layout.stride;
    model.items.forEach((item, i) => {
      const x = answer(r, item.column);
      out[row + layout.items + i] = !(x >= min && x <= max)
        ? NaN
        : item.reverse
          ? min + max - x
          : x;
    });
    let dimensionSum = 0;
    let dimensionsScored = 0;
    model.dimensions.forEach((dimension, d) => {
      let sum = 0;
      let answered = 0;
      for (const i of dimension.items) {
        const x = out[row + layout.items + i]!;
        if (!Number.isNaN(x)) {
          sum += x;
          answered++;
        }
      }
      let score = NaN;
      if (answered > 0 && answered >= dimension.requiredAnswers) {
        score = sum / answered;
        dimensionSum += score;
        dimensionsScored++;
      }
      out[row + layout.dimensions + d] = score;
    });
    out[row + layout.overall] =
      dimensionsScored > 0 && dimensionsScored >= model.requiredDimensions
        ? dimensionSum / dimensionsScored
        : NaN;
    model.needs.forEach((need, k) => {
      for (const [offset, column] of [
        [layout.importance, need.importanceColumn],
        [layout.performance, need.performanceColumn],
      ] as const) {
        const x = answer(r, column);
        out[row + offset + k] = x >= model.needsScale.min && x <= model.needsScale.max ? x : NaN;
      }
    });
  }
  return out;
}

function expectSameBits(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  const differing = [];
  for (let k = 0; k < expected.length; k++) {
    if (!Object.is(actual[k], expected[k])) differing.push(k);
  }
  expect(differing).toEqual([]);
}

/** An instrument with a loose item (no dimension), an empty dimension and two needs. */
function awkwardInstrument(): Instrument {
  const base = smallInstrument(
    { A: ['A1', 'A2-', 'A3', 'A4'], B: ['B1-', 'B2', 'B3'], C: ['C1', 'C2'] },
    ['speed', 'price'],
  );
  return {
    ...base,
    needsScale: { ...base.needsScale, min: 0, max: 10 },
    dimensions: [...base.dimensions, { code: 'E', name: { nl: 'E', en: 'E' }, description: null }],
    items: base.items.map((item) => (item.code === 'B2' ? { ...item, dimension: null } : item)),
  };
}

/** Answers with gaps, off-scale and fractional values; some respondents in no group. */
function awkwardMatrix(itemCodes: string[], rows: number, groupCount: number): ResponseMatrix {
  let seed = 99;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const values = new Float64Array(rows * itemCodes.length);
  for (let k = 0; k < values.length; k++) {
    const u = random();
    values[k] =
      u < 0.1 ? NaN : u < 0.13 ? 7 : u < 0.16 ? 2.5 : u < 0.18 ? 0 : 1 + Math.floor(random() * 5);
  }
  const groupOf = Int32Array.from({ length: rows }, (_, r) =>
    r % 11 === 0 ? -1 : r % 13 === 0 ? groupCount : r % groupCount,
  );
  return { itemCodes, values, groupOf, groupCount };
}

describe('the scoring walk', () => {
  const instrument = awkwardInstrument();
  // The file lacks A4; C1 comes before the A items; the needs' columns are in the middle.
  const itemCodes = [
    'C1',
    'A1',
    'I_speed',
    'A2',
    'A3',
    'B1',
    'P_speed',
    'B2',
    'B3',
    'C2',
    'I_price',
    'P_price',
  ];
  const matrix = awkwardMatrix(itemCodes, 400, 3);
  const model = buildScoringModel(instrument, itemCodes);

  it('scores every respondent as the rules say, bit for bit', () => {
    expect(model.items.find((item) => item.code === 'A4')!.column).toBe(-1);
    expect(model.items.find((item) => item.code === 'B2')!.dimension).toBe(-1);
    expect(model.dimensions.find((d) => d.code === 'E')!.items).toEqual([]);
    const scored = scoreRespondents(matrix, model);
    expectSameBits(scored.values, referenceScores(matrix, model));
  });

  it("gives the group moments of those scores from the groups' columns, bit for bit", () => {
    const reference = referenceScores(matrix, model);
    const stride = scoredLayout(model).stride;
    const expected = computeGroupMoments(
      reference,
      matrix.groupOf.length,
      stride,
      0,
      stride,
      matrix.groupOf,
      matrix.groupCount,
    );
    for (const withTotal of [true, false]) {
      const { moments } = computeScoredGroupMoments(matrix, model, { withTotal });
      const groupSlots = matrix.groupCount * stride;
      const slots = withTotal ? expected.n.length : groupSlots;
      expectSameBits(moments.n.subarray(0, slots), expected.n.subarray(0, slots));
      expectSameBits(moments.mean.subarray(0, slots), expected.mean.subarray(0, slots));
      expectSameBits(moments.variance.subarray(0, slots), expected.variance.subarray(0, slots));
    }
  });

  it('leaves a group without respondents empty (n 0, no mean, no variance)', () => {
    // Four groups, nobody in group 3 (the respondents past the groups now have none).
    const groupOf = matrix.groupOf.map((g) => (g === 3 ? -1 : g));
    const empty = { ...matrix, groupOf, groupCount: 4 };
    const { moments } = computeScoredGroupMoments(empty, model, { withTotal: false });
    const stride = moments.variableCount;
    const slot = (values: Float64Array) => Array.from(values.subarray(3 * stride, 4 * stride));
    expect(slot(moments.n).every((n) => n === 0)).toBe(true);
    expect(slot(moments.mean).every(Number.isNaN)).toBe(true);
    expect(slot(moments.variance).every(Number.isNaN)).toBe(true);
  });
});
