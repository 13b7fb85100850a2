import { describe, expect, it } from 'vitest';
import { analyseFamily, type GapRow } from '@shared/gaps';
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
const instrument = surveyInstrument();
const groups = SURVEY_GROUPS.map((name, index) => ({
  id: index + 1,
  name,
  kind: index === SURVEY_CUSTOMER_GROUP ? ('customer' as const) : ('department' as const),
  invited: null,
}));
const report = analyseFamily({
  versions: [{ instrumentId: 7, key: instrument.id, version: 1, instrument, matrix }],
  groups,
  selected: groups.map((_, index) => index),
});

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
  it('compares every pair of shown groups and never the suppressed one', () => {
    expect(report.groups.map((group) => group.shown)).toEqual([true, true, false, true]);
    expect(report.groups[2]).toMatchObject({ respondents: null, reason: 'belowThreshold' });
    expect(report.comparisons.map((c) => [c.nameA, c.nameB])).toEqual(
      survey.comparisons.map((c) => [c.groupA, c.groupB]),
    );
  });

  survey.comparisons.forEach((want, index) => {
    it(`${want.groupA} vs ${want.groupB}: Welch, Holm over all pairs, Hedges g, notable`, () => {
      const got = report.comparisons[index]!;
      want.items.forEach((row, i) => {
        expect(got.items[i]!.code).toBe(row.code);
        expectRow(got.items[i]!, row, `item ${row.code}`);
      });
      want.dimensions.forEach((row, i) => {
        expect(got.dimensions[i]!.code).toBe(row.code);
        expectRow(got.dimensions[i]!, row, `dimension ${row.code}`);
      });
      expectRow(got.overall, want.overall, 'overall');
    });
  });

  it('corrects across every comparison of the analysis, not per pair', () => {
    expect(report.multiplicity).toMatchObject({
      method: 'holm',
      dimensionTests: survey.multiplicity.dimensionTests,
      statementTests: survey.multiplicity.statementTests,
    });
  });

  it('calls a gap notable only when it is large and supported after the correction', () => {
    const rows = report.comparisons.flatMap((c) => [...c.dimensions, ...c.items, c.overall]);
    for (const gap of rows) expect(gap.notable).toBe(gap.large && (gap.pHolm ?? 1) < 0.05);
    // Large by effect size alone is not enough: the survey has such statements.
    expect(rows.some((gap) => gap.large && !gap.supported)).toBe(true);
  });

  it("runs Welch's ANOVA per dimension and on the overall index like oneway.test, Holm across them", () => {
    expect(report.anova.map((row) => row.code)).toEqual(survey.anova.map((row) => row.code));
    survey.anova.forEach((want, index) => {
      const got = report.anova[index]!;
      expect(got.groups).toBe(3);
      expectClose(got.f ?? NaN, want.f, `${want.code} F`);
      expectClose(got.df1 ?? NaN, want.df1, `${want.code} df1`);
      expectClose(got.df2 ?? NaN, want.df2, `${want.code} df2`);
      expectClose(got.p ?? NaN, want.p, `${want.code} p`);
      expectClose(got.pHolm ?? NaN, want.pHolm, `${want.code} p Holm`);
      expectClose(got.omegaSquared ?? NaN, want.omegaSquared, `${want.code} omega squared`);
    });
  });

  it('lists only notable gaps as the largest, by the difference as shown', () => {
    const notable = survey.comparisons.flatMap((c) => c.dimensions.filter((row) => row.notable));
    expect(report.largestGaps).toHaveLength(Math.min(5, notable.length));
    const sizes = report.largestGaps.map((gap) => gap.diff);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const gap of report.largestGaps) {
      expect(gap.diff).toBeCloseTo(gap.meanHigher - gap.meanLower, 10);
    }
  });
});

describe('blind spots against the customers', () => {
  it('orients every row as internal − customer and takes its figures from the comparison', () => {
    expect(report.blindSpots.map((spot) => spot.name)).toEqual(['Productie', 'Verkoop']);
    for (const spot of report.blindSpots) {
      const want = survey.comparisons.find(
        (c) => c.groupA === spot.name && c.groupB === 'Klanten',
      )!;
      want.dimensions.forEach((row, d) => {
        const expected = row.diff! > 0 ? 'blindSpot' : row.diff! < 0 ? 'hiddenStrength' : 'none';
        expect(spot.dimensions[d]!.direction).toBe(expected);
        expectClose(spot.dimensions[d]!.diff ?? NaN, row.diff, 'diff');
        expect(spot.dimensions[d]!.notable).toBe(row.notable);
      });
    }
  });
});

describe('customer needs picture', () => {
  const picture = report.needsPicture;
  const want = survey.needs;

  it('ranks the needs per group by mean importance, ties averaged', () => {
    expect(picture.groups.map((group) => group.name)).toEqual(want.groups);
    want.importance.forEach((need, k) => {
      expect(picture.rankings[k]!.code).toBe(need.code);
      expectAllClose(
        picture.rankings[k]!.importance.map((mean) => mean ?? NaN),
        need.means,
        `${need.code} means`,
      );
      expect(picture.rankings[k]!.rank).toEqual(need.ranks);
    });
  });

  it('correlates every pair of groups like cor(method = "spearman")', () => {
    expect(picture.correlations.map((c) => [c.nameA, c.nameB])).toEqual(
      want.spearman.map((c) => [c.groupA, c.groupB]),
    );
    picture.correlations.forEach((c, i) => {
      expectClose(c.rho ?? NaN, want.spearman[i]!.rho, `${c.nameA}-${c.nameB}`);
      expect(c.needCount).toBe(5);
    });
  });

  it('lists the needs with the largest rank disagreement first', () => {
    const ranges = picture.disagreement.map((d) => d.rankRange ?? -1);
    expect(ranges).toEqual([...ranges].sort((a, b) => b - a));
    for (const d of picture.disagreement) {
      expect(d.rankRange).toBe(want.importance.find((n) => n.code === d.code)!.rankRange);
    }
  });

  it('places the customers needs in the importance-performance grid', () => {
    const ipa = picture.ipa[0]!;
    expect(ipa.name).toBe('Klanten');
    expectClose(ipa.importanceSplit, want.ipa.importanceSplit, 'importance split');
    expectClose(ipa.performanceSplit, want.ipa.performanceSplit, 'performance split');
    want.ipa.needs.forEach((need, k) => {
      expectClose(ipa.needs[k]!.importance ?? NaN, need.importance, `${need.code} importance`);
      expectClose(ipa.needs[k]!.performance ?? NaN, need.performance, `${need.code} performance`);
      expect(ipa.needs[k]!.quadrant).toBe(need.quadrant);
    });
  });
});
