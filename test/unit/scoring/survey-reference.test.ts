import { describe, expect, it } from 'vitest';
import {
  buildScoringModel,
  scoredColumn,
  scoreRespondents,
  scoreResponses,
  type ScoreBlock,
} from '@shared/scoring';
import {
  expectAllClose,
  expectClose,
  reference,
  type ScoreBlockRef,
} from '@test/fixtures/r/reference';
import { SURVEY_GROUPS, surveyInstrument, surveyMatrix } from '@test/fixtures/r/survey';

const survey = reference.survey;
const matrix = surveyMatrix();
const model = buildScoringModel(surveyInstrument(), matrix.itemCodes);
const result = scoreResponses(matrix, model);

function expectBlock(block: ScoreBlock, want: ScoreBlockRef, label: string): void {
  expect(block.respondents, `${label} respondents`).toBe(want.n);
  want.items.forEach((item, i) => {
    const got = block.items[i]!;
    expect(got.code).toBe(item.code);
    expect(got.n, `${label} ${item.code} n`).toBe(item.n);
    expectClose(got.mean, item.mean, `${label} ${item.code} mean`);
    expectClose(got.sd, item.sd, `${label} ${item.code} sd`);
    expectClose(got.ciLow, item.ciLow, `${label} ${item.code} CI low`);
    expectClose(got.ciHigh, item.ciHigh, `${label} ${item.code} CI high`);
    expect(got.distribution, `${label} ${item.code} distribution`).toEqual(item.distribution);
    expectClose(got.favourable.share, item.favourable.share, `${label} ${item.code} favourable`);
  });
  want.dimensions.forEach((dimension, i) => {
    const got = block.dimensions[i]!;
    expect(got.code).toBe(dimension.code);
    expect(got.n).toBe(dimension.n);
    expectClose(got.mean, dimension.mean, `${label} ${dimension.code} mean`);
    expectClose(got.sd, dimension.sd, `${label} ${dimension.code} sd`);
    expectClose(got.ciLow, dimension.ciLow, `${label} ${dimension.code} CI low`);
    expectClose(got.ciHigh, dimension.ciHigh, `${label} ${dimension.code} CI high`);
    const favourable = want.dimensionFavourable[i]!;
    expect(got.favourable.answers).toBe(favourable.answers);
    expectClose(got.favourable.share, favourable.share, `${label} ${dimension.code} favourable`);
  });
  expect(block.overall.n).toBe(want.overall.n);
  expectClose(block.overall.mean, want.overall.mean, `${label} overall mean`);
  expectClose(block.overall.sd, want.overall.sd, `${label} overall sd`);
  expectClose(block.overall100.mean, want.overall100.mean, `${label} overall 0-100 mean`);
  expectClose(block.overall100.sd, want.overall100.sd, `${label} overall 0-100 sd`);
  want.needs.forEach((need, i) => {
    const got = block.needs[i]!;
    expect(got.code).toBe(need.code);
    expect(got.importance.n).toBe(need.importance.n);
    expectClose(got.importance.mean, need.importance.mean, `${label} ${need.code} importance`);
    expectClose(got.importance.sd, need.importance.sd, `${label} ${need.code} importance sd`);
    expect(got.performance.n).toBe(need.performance.n);
    expectClose(got.performance.mean, need.performance.mean, `${label} ${need.code} performance`);
  });
}

describe('scoring the reference survey (compared with R)', () => {
  it('scores every respondent like R: reverse items, the half-answered rule, overall', () => {
    const scored = scoreRespondents(matrix, model);
    const { layout } = scored;
    expectAllClose(scoredColumn(scored, layout.dimensions), survey.respondentScores.KK, 'KK');
    expectAllClose(scoredColumn(scored, layout.dimensions + 1), survey.respondentScores.KD, 'KD');
    expectAllClose(
      scoredColumn(scored, layout.overall),
      survey.respondentScores.overall,
      'overall',
    );
  });

  it('matches R for the whole sample as it may be shown: the shown groups, cell by cell', () => {
    expect(result.total).not.toBeNull();
    expectBlock(result.total!, survey.total, 'total');
    // Management (4 respondents) is below the threshold and alone: left out of the total.
    expect(result.pooledRespondents).toBe(0);
  });

  it('returns only the groups at or above the anonymity threshold', () => {
    expect(result.anonymityThreshold).toBe(5);
    expect(result.groups.map((g) => SURVEY_GROUPS[g.group])).toEqual(survey.visibleGroups);
    expect(result.suppressedGroups.map((g) => SURVEY_GROUPS[g])).toEqual(['Management']);
    for (const block of result.groups) {
      const name = SURVEY_GROUPS[block.group]!;
      expectBlock(block, survey.perGroup[name]!, name);
    }
  });

  it('matches psych::alpha and alpha.ci per dimension (listwise, after reversing, shown groups)', () => {
    survey.reliability.forEach((want, d) => {
      const got = result.reliability[d]!;
      expect(got.code).toBe(want.code);
      expect(got.nComplete).toBe(want.nComplete);
      expectClose(got.alpha, want.rawAlpha, `${want.code} alpha`);
      expectClose(got.ciLow, want.ciLow, `${want.code} alpha CI low`);
      expectClose(got.ciHigh, want.ciHigh, `${want.code} alpha CI high`);
      expectAllClose(got.alphaIfDeleted, want.alphaIfDeleted, `${want.code} alpha if deleted`);
      expectAllClose(got.itemTotalCorrelation, want.itemTotalCorrelation, `${want.code} r.drop`);
    });
  });
});
