/**
 * The gap analysis takes the groups' moments from a scoring of the same answers (the Results
 * figures' `scoreResponses`) instead of scoring every respondent again: the figures must be the
 * very same, bit for bit, as when it scores them itself — one version or a staff and a customer
 * version, small and pooled groups, respondents without a group — and a scoring that does not
 * fit (another completeness rule) must not be taken.
 */
import { describe, expect, it } from 'vitest';
import { analyseFamily, type FamilyAnalysisInput } from '@shared/gaps';
import { withIdentity, type Instrument } from '@shared/questionnaire/instrument';
import { analysisJson } from '@shared/questionnaire/analysis-json';
import { buildScoringModel, scoreResponses, type ResponseMatrix } from '@shared/scoring';
import type { ScoredGroupMoments } from '@shared/scoring/group-moments';
import { smallInstrument, syntheticSurvey } from '@test/support/synthetic-survey';

const staff = smallInstrument({ KD: ['KD1', 'KD2', 'KD3-'], SW: ['SW1', 'SW2-'], LO: ['LO1'] }, [
  'N1',
  'N2',
]);
// The customer version: KD1 and SW2 linked (SW2 worded positively), its own K9, performance asked.
const customer: Instrument = withIdentity({
  ...staff,
  id: 'small-klant',
  audience: 'customer',
  items: [
    { ...staff.items[0]!, id: 'small-klant/K1', linkedTo: staff.items[0]!.id, code: 'K1' },
    {
      ...staff.items[4]!,
      id: 'small-klant/K2',
      linkedTo: staff.items[4]!.id,
      code: 'K2',
      reverse: false,
    },
    { ...staff.items[2]!, id: 'small-klant/K9', linkedTo: null, code: 'K9' },
    ...staff.items
      .filter((item) => item.kind !== 'likert')
      .map((item) => ({ ...item, id: `small-klant/${item.code}`, linkedTo: item.id })),
  ],
});

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Answers 1–5 with some missing and some off the scale; `groupOf` per respondent. */
function answers(instrument: Instrument, groupOf: number[], groupCount: number, seed: number) {
  const next = random(seed);
  const itemCodes = instrument.items.map((item) => item.code);
  const values = new Float64Array(groupOf.length * itemCodes.length);
  for (let k = 0; k < values.length; k++) {
    const u = next();
    values[k] = u < 0.08 ? Number.NaN : u > 0.98 ? 7 : 1 + Math.floor(next() * 5);
  }
  const matrix: ResponseMatrix = {
    itemCodes,
    values,
    groupOf: Int32Array.from(groupOf),
    groupCount,
  };
  return matrix;
}

const groupsOf = (sizes: number[]) => sizes.flatMap((size, g) => Array<number>(size).fill(g));

const GROUPS = [
  { id: 1, name: 'Productie', kind: 'department' as const, invited: null },
  { id: 2, name: 'Verkoop', kind: 'department' as const, invited: 40 },
  { id: 3, name: 'Directie', kind: 'management' as const, invited: null },
  { id: 4, name: 'Klanten', kind: 'customer' as const, invited: null },
  { id: 5, name: 'Logistiek', kind: 'department' as const, invited: null },
];

function scoredMoments(
  instrument: Instrument,
  matrix: ResponseMatrix,
  options: { minAnsweredFraction?: number; anonymityThreshold?: number } = {},
): ScoredGroupMoments {
  const model = buildScoringModel(instrument, matrix.itemCodes, {
    minAnsweredFraction: options.minAnsweredFraction ?? 0.5,
  });
  return scoreResponses(matrix, model, { anonymityThreshold: options.anonymityThreshold ?? 5 })
    .groupMoments;
}

/** Staff in Productie, Verkoop, a small Directie and some without a group; customers apart. */
function familyInput(): FamilyAnalysisInput {
  // Directie (2) is below the threshold; two respondents have no group.
  const staffGroups = [...groupsOf([30, 12, 2]), -1, -1];
  const customerGroups = groupsOf([0, 0, 0, 9]);
  return {
    versions: [
      {
        instrumentId: 1,
        key: staff.id,
        version: 1,
        instrument: staff,
        matrix: answers(staff, staffGroups, GROUPS.length, 7),
      },
      {
        instrumentId: 2,
        key: customer.id,
        version: 1,
        instrument: customer,
        matrix: answers(customer, customerGroups, GROUPS.length, 11),
      },
    ],
    groups: GROUPS,
    selected: [0, 1, 2, 3, 4],
    anonymityThreshold: 5,
    minAnsweredFraction: 0.5,
  };
}

function withScorings(
  input: FamilyAnalysisInput,
  options: Parameters<typeof scoredMoments>[2] = {},
): FamilyAnalysisInput {
  return {
    ...input,
    versions: input.versions.map((version) => ({
      ...version,
      scored: scoredMoments(version.instrument, version.matrix, options),
    })),
  };
}

describe('the gap analysis on a scoring it is given', () => {
  it('gives the same figures as scoring itself: one version, small and ungrouped respondents', () => {
    const input = familyInput();
    const single = { ...input, versions: [input.versions[0]!] };
    const own = analyseFamily(single);
    const shared = analyseFamily(withScorings(single));
    expect(shared).toEqual(own);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(own));
  });

  it('gives the same figures as scoring itself with a staff and a customer version', () => {
    const input = familyInput();
    const own = analyseFamily(input);
    const shared = analyseFamily(withScorings(input));
    expect(shared.comparisons.map((c) => c.basisId)).toContain('1+2');
    expect(shared).toEqual(own);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(own));
  });

  it('gives the same figures on the 5,000-respondent benchmark survey', () => {
    const { instrument, matrix } = syntheticSurvey(2000, 8);
    const input: FamilyAnalysisInput = {
      versions: [{ instrumentId: 1, key: instrument.id, version: 1, instrument, matrix }],
      groups: Array.from({ length: 8 }, (_, g) => ({
        id: g + 1,
        name: `G${g}`,
        kind: 'department' as const,
        invited: null,
      })),
      selected: [0, 1, 2, 3, 4, 5, 6, 7],
    };
    expect(JSON.stringify(analyseFamily(withScorings(input)))).toBe(
      JSON.stringify(analyseFamily(input)),
    );
  });

  it('does not take a scoring made with another completeness rule or threshold', () => {
    const input = familyInput();
    const own = JSON.stringify(analyseFamily(input));
    expect(JSON.stringify(analyseFamily(withScorings(input, { minAnsweredFraction: 1 })))).toBe(
      own,
    );
    expect(JSON.stringify(analyseFamily(withScorings(input, { anonymityThreshold: 13 })))).toBe(
      own,
    );
  });

  it("really takes the scoring's moments (a marked scoring shows through)", () => {
    const input = familyInput();
    const marked = withScorings(input);
    const scored = marked.versions[0]!.scored!;
    const moments = { ...scored.moments, mean: scored.moments.mean.map((x) => x + 1) };
    marked.versions[0] = { ...marked.versions[0]!, scored: { ...scored, moments } };
    const own = analyseFamily(input).profiles[0]!.own.overall.mean!;
    expect(analyseFamily(marked).profiles[0]!.own.overall.mean).toBeCloseTo(own + 1, 10);
  });

  it('makes `analyze --json` equal to the separate scoring and analysis', () => {
    const input = familyInput();
    const { instrument, matrix } = input.versions[0]!;
    const json = analysisJson({
      instrument,
      matrix,
      groupNames: GROUPS.map((group) => group.name),
      anonymityThreshold: 5,
      minAnsweredFraction: 0.5,
    });
    const separate = analyseFamily({
      versions: [
        { instrumentId: 1, key: instrument.id, version: instrument.version, instrument, matrix },
      ],
      groups: GROUPS.map((group, index) => ({
        id: index + 1,
        name: group.name,
        kind: 'department',
        invited: null,
      })),
      selected: GROUPS.map((_, index) => index),
      anonymityThreshold: 5,
      minAnsweredFraction: 0.5,
    });
    expect(JSON.stringify(json.comparisons)).toBe(
      JSON.stringify(
        separate.comparisons.map((c) => ({
          groupA: c.nameA,
          groupB: c.nameB,
          items: c.items,
          dimensions: c.dimensions,
          overall: c.overall,
        })),
      ),
    );
    expect(JSON.stringify(json.anova)).toBe(JSON.stringify(separate.anova));
  });
});
