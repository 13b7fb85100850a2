import { describe, expect, it } from 'vitest';
import {
  blindSpots,
  compareAllPairs,
  comparisonRows,
  needsPicture,
  prepareGapData,
  type GapRow,
} from '@shared/gaps';
import { buildScoringModel, scoreResponses } from '@shared/scoring';
import {
  expectAllClose,
  expectClose,
  reference,
  type ComparisonRowRef,
} from '@test/fixtures/r/reference';
import {
  SURVEY_CUSTOMER_GROUP,
  SURVEY_GROUPS,
  surveyInstrument,
  surveyMatrix,
} from '@test/fixtures/r/survey';

const survey = reference.survey;
const matrix = surveyMatrix();
const model = buildScoringModel(surveyInstrument(), matrix.itemCodes);
const data = prepareGapData({ matrix, model, groupNames: SURVEY_GROUPS });

const NUMBER_FIELDS = [
  'nA',
  'nB',
  'meanA',
  'meanB',
  'sdA',
  'sdB',
  'diff',
  'ciLow',
  'ciHigh',
  't',
  'df',
  'p',
  'pHolm',
  'g',
  'gCiLow',
  'gCiHigh',
] as const;

function expectRow(got: GapRow, want: ComparisonRowRef, label: string): void {
  for (const field of NUMBER_FIELDS)
    expectClose(got[field] ?? NaN, want[field], `${label} ${field}`);
  expect(got.notable, `${label} notable`).toBe(want.notable);
  expect(got.status).toBe('ok');
}

describe('group comparisons on the reference survey (compared with R)', () => {
  const comparisons = compareAllPairs(data);

  it('compares every pair of visible groups and never the suppressed one', () => {
    expect(data.suppressedGroups).toEqual([2]);
    expect(comparisons.map((c) => [c.nameA, c.nameB])).toEqual(
      survey.comparisons.map((c) => [c.groupA, c.groupB]),
    );
  });

  survey.comparisons.forEach((want, index) => {
    it(`${want.groupA} vs ${want.groupB}: Welch, Holm, Hedges g, notable`, () => {
      const rows = comparisonRows(comparisons[index]!);
      want.items.forEach((row, i) => {
        expect(rows.items[i]!.code).toBe(row.code);
        expectRow(rows.items[i]!, row, `item ${row.code}`);
      });
      want.dimensions.forEach((row, i) => {
        expect(rows.dimensions[i]!.code).toBe(row.code);
        expectRow(rows.dimensions[i]!, row, `dimension ${row.code}`);
      });
      expectRow(rows.overall, want.overall, 'overall');
    });
  });

  it('gives the same answers when reusing the scores of scoreResponses', () => {
    const scored = scoreResponses(matrix, model).scored;
    const reused = prepareGapData({ matrix, model, groupNames: SURVEY_GROUPS, scored });
    expect(Array.from(compareAllPairs(reused)[0]!.items.t)).toEqual(
      Array.from(comparisons[0]!.items.t),
    );
  });
});

describe('blind spots against the customers', () => {
  it('marks internal-higher as blind spot and lower as hidden strength', () => {
    const reports = blindSpots(data, SURVEY_CUSTOMER_GROUP);
    expect(reports.map((r) => r.comparison.nameA)).toEqual(['Productie', 'Verkoop']);
    for (const report of reports) {
      const want = survey.comparisons.find(
        (c) => c.groupA === report.comparison.nameA && c.groupB === 'Klanten',
      )!;
      want.dimensions.forEach((row, d) => {
        const expected = row.diff! > 0 ? 'blindSpot' : row.diff! < 0 ? 'hiddenStrength' : 'none';
        expect(report.dimensions[d]).toBe(expected);
        expectClose(report.comparison.dimensions.diff[d]!, row.diff, 'diff');
      });
      want.items.forEach((row, i) => {
        const expected = row.diff! > 0 ? 'blindSpot' : row.diff! < 0 ? 'hiddenStrength' : 'none';
        expect(report.items[i]).toBe(expected);
      });
    }
    // Production rates its customer knowledge far above what customers see.
    expect(reports[0]!.overall).toBe('blindSpot');
  });

  it('has no report when the customer group is suppressed', () => {
    expect(blindSpots(data, 2)).toEqual([]);
  });
});

describe('customer needs picture', () => {
  const picture = needsPicture(data, { customerGroup: SURVEY_CUSTOMER_GROUP });
  const want = survey.needs;

  it('ranks the needs per group by mean importance, ties averaged', () => {
    expect(picture.groupNames).toEqual(want.groups);
    want.importance.forEach((need, k) => {
      expect(picture.needCodes[k]).toBe(need.code);
      expectAllClose(
        picture.importance.map((means) => means[k]!),
        need.means,
        `${need.code} means`,
      );
      expect(picture.ranks.map((ranks) => ranks[k])).toEqual(need.ranks);
    });
  });

  it('correlates every pair of groups like cor(method = "spearman")', () => {
    expect(picture.correlations.map((c) => [c.nameA, c.nameB])).toEqual(
      want.spearman.map((c) => [c.groupA, c.groupB]),
    );
    picture.correlations.forEach((c, i) => {
      expectClose(c.rho, want.spearman[i]!.rho, `${c.nameA}-${c.nameB}`);
      expect(c.needCount).toBe(5);
    });
  });

  it('lists the needs with the largest rank disagreement first', () => {
    const ranges = picture.disagreement.map((d) => d.rankRange);
    expect(ranges).toEqual([...ranges].sort((a, b) => b - a));
    for (const d of picture.disagreement) {
      expect(d.rankRange).toBe(want.importance.find((n) => n.code === d.code)!.rankRange);
    }
  });

  it('places the customers needs in the importance-performance grid', () => {
    const ipa = picture.ipa!;
    expect(ipa.name).toBe('Klanten');
    expectClose(ipa.importanceSplit, want.ipa.importanceSplit, 'importance split');
    expectClose(ipa.performanceSplit, want.ipa.performanceSplit, 'performance split');
    want.ipa.needs.forEach((need, k) => {
      expectClose(ipa.needs[k]!.importance, need.importance, `${need.code} importance`);
      expectClose(ipa.needs[k]!.performance, need.performance, `${need.code} performance`);
      expect(ipa.needs[k]!.quadrant).toBe(need.quadrant);
    });
  });

  it('leaves suppressed groups out of the needs picture', () => {
    const all = needsPicture(data, { groups: [0, 1, 2, 3] });
    expect(all.groups).toEqual([0, 1, 3]);
    expect(all.ipa).toBeNull();
  });
});
