/**
 * A scoring's respondent rows (and α's rows when some respondents are left out) are written into
 * memory kept between scorings (shared/scoring/kept-values.ts): fresh memory costs more than the
 * scoring. The results must not depend on what an earlier scoring left there.
 */
import { describe, expect, it } from 'vitest';
import { buildScoringModel, scoreResponses, type ResponseMatrix } from '@shared/scoring';
import { KeptValues } from '@shared/scoring/kept-values';
import { syntheticSurvey } from '@test/support/synthetic-survey';

/** Group 0 reduced to three respondents (below the threshold: left out of α and the total). */
function withSmallGroup(matrix: ResponseMatrix): ResponseMatrix {
  const groupOf = Int32Array.from(matrix.groupOf, (g, r) => (r < 3 ? 0 : g === 0 ? 1 : g));
  return { ...matrix, groupOf };
}

function scoring(survey: ReturnType<typeof syntheticSurvey>) {
  const matrix = withSmallGroup(survey.matrix);
  const model = buildScoringModel(survey.instrument, matrix.itemCodes);
  return () => scoreResponses(matrix, model, { anonymityThreshold: 5 });
}

describe('scoring with kept rows', () => {
  it('gives the same results before and after a larger scoring left its rows behind', () => {
    const small = scoring(syntheticSurvey(150, 3));
    const large = scoring(syntheticSurvey(600, 4));
    const first = small();
    expect(first.suppressedGroups).toEqual([0]);
    expect(first.reliability.every((dimension) => Number.isFinite(dimension.alpha))).toBe(true);
    const largeFirst = large();
    expect(small()).toEqual(first);
    expect(large()).toEqual(largeFirst);
  });
});

describe('KeptValues', () => {
  it('hands out the kept array while it is large enough, and keeps none past its limit', () => {
    const kept = new KeptValues(100);
    const first = kept.take(80);
    first.fill(7);
    const smaller = kept.take(30);
    expect(smaller).toHaveLength(30);
    expect(smaller.buffer).toBe(first.buffer);
    const larger = kept.take(90);
    expect(larger.buffer).not.toBe(first.buffer);
    expect(kept.take(90).buffer).toBe(larger.buffer);
    const beyond = kept.take(200);
    expect(beyond).toHaveLength(200);
    expect(kept.take(200).buffer).not.toBe(beyond.buffer);
    expect(kept.take(50).buffer).toBe(larger.buffer);
  });
});
