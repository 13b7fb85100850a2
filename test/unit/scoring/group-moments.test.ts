/**
 * The group moments the gap analysis reads (`computeScoredGroupMoments`: rows scored and summed
 * in one walk, into a buffer kept between analyses) are the very numbers — bit for bit — of
 * scoring every respondent first and then taking the moments of the scored rows, for the groups
 * and for the whole sample, also when the kept buffer still holds an earlier, larger analysis.
 */
import { describe, expect, it } from 'vitest';
import {
  buildScoringModel,
  computeGroupMoments,
  scoreRespondents,
  type ResponseMatrix,
} from '@shared/scoring';
import { computeScoredGroupMoments } from '@shared/scoring/group-moments';
import { syntheticSurvey } from '@test/support/synthetic-survey';

function expectSameBits(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  for (let k = 0; k < expected.length; k++) expect(Object.is(actual[k], expected[k])).toBe(true);
}

/** The survey with some respondents in no group and one group index past the groups. */
function withStrayRespondents(matrix: ResponseMatrix): ResponseMatrix {
  const groupOf = Int32Array.from(matrix.groupOf, (g, r) =>
    r % 17 === 0 ? -1 : r % 23 === 0 ? matrix.groupCount : g,
  );
  return { ...matrix, groupOf };
}

describe('group moments of the scored rows', () => {
  const large = syntheticSurvey(600, 4);
  const small = syntheticSurvey(150, 3);

  for (const [name, survey] of [
    ['a survey', large],
    ['a smaller survey after a larger one', small],
  ] as const) {
    it(`equal scoring first and summing after, bit for bit: ${name}`, () => {
      const matrix = withStrayRespondents(survey.matrix);
      const model = buildScoringModel(survey.instrument, matrix.itemCodes);
      const scored = scoreRespondents(matrix, model);
      const stride = scored.layout.stride;
      const expected = computeGroupMoments(
        scored.values,
        scored.respondentCount,
        stride,
        0,
        stride,
        matrix.groupOf,
        matrix.groupCount,
      );
      const withTotal = computeScoredGroupMoments(matrix, model).moments;
      expectSameBits(withTotal.n, expected.n);
      expectSameBits(withTotal.mean, expected.mean);
      expectSameBits(withTotal.variance, expected.variance);

      // Groups only: the same group slots, an empty whole-sample slot.
      const groupsOnly = computeScoredGroupMoments(matrix, model, { withTotal: false }).moments;
      const groupSlots = matrix.groupCount * stride;
      expectSameBits(
        groupsOnly.mean.subarray(0, groupSlots),
        expected.mean.subarray(0, groupSlots),
      );
      expectSameBits(
        groupsOnly.variance.subarray(0, groupSlots),
        expected.variance.subarray(0, groupSlots),
      );
      expect(Array.from(groupsOnly.n.subarray(groupSlots)).every((n) => n === 0)).toBe(true);
      expect(Array.from(groupsOnly.mean.subarray(groupSlots)).every(Number.isNaN)).toBe(true);
    });
  }
});
