import { describe, expect, it } from 'vitest';
import { shownComparison, type GapAnalysisView } from '@shared/gaps/view';
import type { Answers } from '@shared/questionnaire/answers';
import type { Instrument } from '@shared/questionnaire/instrument';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

/** Intended score (after reverse coding) per dimension; `KD6` overrides that one item. */
interface Profile {
  dimensions: Record<string, number>;
  kd6?: number;
  importance?: number;
  performance?: number;
}

function answersFor(instrument: Instrument, profile: Profile, respondent: number): Answers {
  const { min, max } = instrument.scale;
  const answers: Answers = {};
  for (const item of instrument.items) {
    if (item.kind === 'likert' && item.dimension) {
      const base =
        item.code === 'KD6' && profile.kd6 !== undefined
          ? profile.kd6
          : (profile.dimensions[item.dimension] ?? 3);
      // Alternate by one point so no group is constant.
      const value = Math.min(max, base + (respondent % 2));
      answers[item.code] = item.reverse ? min + max - value : value;
    } else if (item.kind === 'importance' && profile.importance !== undefined) {
      answers[item.code] = profile.importance;
    } else if (item.kind === 'performance' && profile.performance !== undefined) {
      answers[item.code] = profile.performance;
    }
  }
  return answers;
}

const PRODUCTION: Profile = {
  dimensions: { KK: 3, KD: 4, FB: 3, LC: 3, SW: 4, RF: 3 },
  kd6: 1,
  importance: 4,
};
const SALES: Profile = { dimensions: { KK: 4, KD: 2, FB: 3, LC: 3, SW: 2, RF: 3 }, importance: 3 };
const MANAGEMENT: Profile = {
  dimensions: { KK: 4, KD: 4, FB: 4, LC: 4, SW: 4, RF: 4 },
  importance: 4,
};
const CUSTOMERS: Profile = {
  dimensions: { KK: 3, KD: 2, FB: 2, LC: 3, SW: 3, RF: 2 },
  importance: 4,
  performance: 3,
};

async function seededEngagement() {
  const workspace = tempWorkspace();
  const { dispatch, call } = testDispatcher(workspace);
  const engagement = await call('engagements.create', {
    clientName: 'Metaal BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop', kind: 'department' },
      { name: 'Directie', kind: 'management' },
      { name: 'Klanten', kind: 'customer' },
    ],
  });
  const staffId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  const customerId = workspace.instruments.latestByKey('klantgerichtheidsscan-klant')!;
  const staff = workspace.instruments.get(staffId).instrument;
  const customer = workspace.instruments.get(customerId).instrument;
  await call('questionnaire.attach', { engagementId: engagement.id, instrumentId: staffId });
  await call('questionnaire.attach', { engagementId: engagement.id, instrumentId: customerId });
  const [production, sales, management, customers] = engagement.groups.map((group) => group.id);
  let number = 0;
  const seed = (
    instrumentId: number,
    instrument: Instrument,
    groupId: number,
    profile: Profile,
    count: number,
  ) =>
    workspace.respondents.insertMany(
      engagement.id,
      instrumentId,
      'grid',
      Array.from({ length: count }, (_, r) => ({
        groupId,
        code: `R${++number}`,
        role: '',
        answers: answersFor(instrument, profile, r),
      })),
    );
  seed(staffId, staff, production!, PRODUCTION, 8);
  seed(staffId, staff, sales!, SALES, 6);
  seed(staffId, staff, management!, MANAGEMENT, 3);
  seed(customerId, customer, customers!, CUSTOMERS, 6);
  return {
    workspace,
    dispatch,
    call,
    engagement,
    staffId,
    customerId,
    groups: {
      production: production!,
      sales: sales!,
      management: management!,
      customers: customers!,
    },
  };
}

/** A group's mean on a dimension on the common basis, as the tab's pictures show it. */
const dimensionMean = (analysis: GapAnalysisView, groupId: number, code: string) => {
  const index = analysis.dimensions.findIndex((dimension) => dimension.code === code);
  return analysis.profiles.find((profile) => profile.groupId === groupId)?.common.dimensions[index];
};

/** A second, unrelated instrument that reuses the built-in scan's item codes. */
const OTHER_SCAN = {
  id: 'andere-scan',
  name: 'Andere scan',
  scale: { min: 1, max: 5 },
  dimensions: [
    {
      code: 'KK',
      name: 'Iets heel anders',
      items: [
        { code: 'KK1', text: 'Onze koffie is goed.' },
        { code: 'KK2', text: 'De kantine is schoon.' },
      ],
    },
  ],
};

describe('gaps.analyse', () => {
  it('compares staff groups on their whole version and staff with customers on the linked statements', async () => {
    const { call, engagement, staffId, customerId, groups } = await seededEngagement();
    const analysis = await call('gaps.analyse', { engagementId: engagement.id });

    expect(analysis.family.family).toBe('klantgerichtheidsscan');
    expect(analysis.family.versions.map((version) => version.key)).toEqual([
      'klantgerichtheidsscan',
      'klantgerichtheidsscan-klant',
    ]);
    const byId = new Map(analysis.bases.map((basis) => [basis.id, basis]));
    const staffOnly = byId.get(String(staffId))!;
    const linked = byId.get(`${staffId}+${customerId}`)!;
    expect(staffOnly.kind).toBe('version');
    expect(staffOnly.statementIds).toHaveLength(35);
    expect(linked.kind).toBe('linked');
    expect(linked.statementIds).toHaveLength(31);
    expect(linked.leftOutStatements.map((item) => item.code)).toEqual(['KD6', 'LC5', 'SW3', 'RF6']);
    expect(analysis.commonBasisId).toBe(linked.id);

    expect(analysis.compared).toEqual([groups.production, groups.sales, groups.customers]);
    expect(analysis.comparisons.map((pair) => [pair.nameA, pair.nameB, pair.basisId])).toEqual([
      ['Productie', 'Verkoop', staffOnly.id],
      ['Productie', 'Klanten', linked.id],
      ['Verkoop', 'Klanten', linked.id],
    ]);
    // Production against Sales counts KD6 (always 1 or 2 in production): (5 × 4.5 + 1.5) / 6,
    // whether or not the customers are selected (below). Side-by-side pictures use the linked
    // basis.
    expect(dimensionMean(analysis, groups.production, 'KD')).toBeCloseTo(4.5, 12);
    const kd = shownComparison(analysis.comparisons[0]!).dimensions.find((r) => r.code === 'KD')!;
    expect(kd).toMatchObject({ nA: 8, nB: 6, large: true, notable: true });
    expect(kd.meanA).toBeCloseTo(4, 12);
    expect(kd.shownDiff).toBe(1.5);

    expect(analysis.largestGaps[0]).toMatchObject({
      higherName: 'Productie',
      lowerName: 'Verkoop',
    });
    expect(analysis.largestGaps[0]!.sentence.nl).toMatch(
      /^Productie scoort '.+' \d,\d\d punt hoger dan Verkoop \(\d,\d\d tegen \d,\d\d\)\.$/,
    );

    expect(analysis.blindSpots.map((spot) => [spot.name, spot.customerName, spot.basisId])).toEqual(
      [
        ['Productie', 'Klanten', linked.id],
        ['Verkoop', 'Klanten', linked.id],
      ],
    );
    const productionFeedback = analysis.blindSpots[0]!.dimensions.find((row) => row.code === 'FB')!;
    expect(productionFeedback.direction).toBe('blindSpot');
    expect(analysis.needsPicture.ipa.map((grid) => grid.name)).toEqual(['Klanten']);
    expect(analysis.needsPicture.ipa[0]!.needs).toHaveLength(10);
    expect(analysis.anova.map((row) => row.code)).toEqual([
      'KK',
      'KD',
      'FB',
      'LC',
      'SW',
      'RF',
      'overall',
    ]);
  });

  it('gives Production against Sales the same numbers with or without the customers selected', async () => {
    const { call, engagement, groups } = await seededEngagement();
    const all = await call('gaps.analyse', { engagementId: engagement.id });
    const two = await call('gaps.analyse', {
      engagementId: engagement.id,
      groupIds: [groups.production, groups.sales],
    });
    const pick = (analysis: GapAnalysisView) =>
      shownComparison(analysis.comparisons[0]!).dimensions.map(
        ({ nA, nB, meanA, meanB, shownDiff, ciLow, ciHigh, g, gCiLow, gCiHigh }) => ({
          nA,
          nB,
          meanA,
          meanB,
          shownDiff,
          ciLow,
          ciHigh,
          g,
          gCiLow,
          gCiHigh,
        }),
      );
    expect(pick(all)).toEqual(pick(two));
    expect(two.commonBasisId).toBe(two.comparisons[0]!.basisId);
    expect(two.blindSpots).toEqual([]);
  });

  it('keeps a group below the anonymity threshold out of every comparison and says why', async () => {
    const { call, engagement, groups } = await seededEngagement();
    const analysis = await call('gaps.analyse', {
      engagementId: engagement.id,
      groupIds: [groups.production, groups.management],
    });
    expect(analysis.groups.find((group) => group.groupId === groups.management)).toMatchObject({
      selected: true,
      shown: false,
      respondents: null,
      reason: 'belowThreshold',
    });
    expect(analysis.anonymityThreshold).toBe(5);
    expect(analysis.compared).toEqual([groups.production]);
    expect(analysis.comparisons).toEqual([]);
    expect(analysis.largestGaps).toEqual([]);
    expect(JSON.stringify({ ...analysis, groups: [] })).not.toContain('Directie');
    // The family's respondent count leaves the small group out, so it cannot be worked out.
    expect(analysis.familyChoices[0]!.respondents).toBe(8 + 6 + 6);

    // Raising the threshold above the sales group's size hides it too.
    await call('engagements.update', { id: engagement.id, anonymityThreshold: 7 });
    const stricter = await call('gaps.analyse', { engagementId: engagement.id });
    expect(stricter.compared).toEqual([groups.production]);
    expect(stricter.groups.filter((group) => !group.shown).map((group) => group.name)).toEqual([
      'Verkoop',
      'Directie',
      'Klanten',
    ]);
  });

  it('never mixes two different questionnaires that share item codes', async () => {
    const { workspace, call, engagement, groups } = await seededEngagement();
    const other = await call('instruments.importFile', {
      fileName: 'andere.instrument.json',
      bytes: new TextEncoder().encode(JSON.stringify(OTHER_SCAN)),
    });
    await call('questionnaire.attach', { engagementId: engagement.id, instrumentId: other.id });
    workspace.respondents.insertMany(
      engagement.id,
      other.id,
      'grid',
      Array.from({ length: 6 }, (_, r) => ({
        groupId: groups.sales,
        code: `X${r}`,
        role: '',
        answers: { KK1: 1, KK2: 1 + (r % 2) },
      })),
    );
    const analysis = await call('gaps.analyse', { engagementId: engagement.id });
    expect(analysis.familyChoices.map((choice) => [choice.family, choice.respondents])).toEqual([
      ['klantgerichtheidsscan', 20],
      ['andere-scan', 6],
    ]);
    // Sales' answers to the other scan are not counted with its answers to the built-in scan.
    expect(analysis.groups.find((group) => group.groupId === groups.sales)?.respondents).toBe(6);
    const kk = shownComparison(analysis.comparisons[0]!).dimensions.find((r) => r.code === 'KK')!;
    expect(kk.nB).toBe(6);
    expect(kk.meanB).toBeCloseTo(4.5, 12);

    const apart = await call('gaps.analyse', {
      engagementId: engagement.id,
      family: 'andere-scan',
    });
    expect(apart.family.versions.map((version) => version.key)).toEqual(['andere-scan']);
    expect(apart.dimensions.map((dimension) => dimension.name.nl)).toEqual(['Iets heel anders']);
    expect(apart.groups.filter((group) => group.shown).map((group) => group.name)).toEqual([
      'Verkoop',
    ]);
    // The questionnaire picker counts this engagement's respondents only.
    const instruments = await call('questionnaire.instruments', { engagementId: engagement.id });
    expect(instruments.map((entry) => [entry.key, entry.engagementRespondents])).toEqual([
      ['klantgerichtheidsscan', 17],
      ['klantgerichtheidsscan-klant', 6],
      ['andere-scan', 6],
    ]);
  });

  it('refuses one group, unknown groups and engagements without a questionnaire', async () => {
    const { dispatch, call, engagement, groups, staffId } = await seededEngagement();
    expect(
      await dispatch('gaps.analyse', { engagementId: engagement.id, groupIds: [groups.sales] }),
    ).toMatchObject({
      ok: false,
      error: { key: 'errors.validation' },
    });
    expect(
      await dispatch('gaps.analyse', {
        engagementId: engagement.id,
        groupIds: [groups.sales, 99999],
      }),
    ).toMatchObject({
      ok: false,
      error: { key: 'errors.notFound', params: { what: 'group', id: 99999 } },
    });
    const empty = await call('engagements.create', {
      clientName: 'Leeg BV',
      language: 'nl',
      groups: [
        { name: 'Productie', kind: 'department' },
        { name: 'Klanten', kind: 'customer' },
      ],
    });
    expect(await dispatch('gaps.analyse', { engagementId: empty.id })).toMatchObject({
      ok: false,
      error: { key: 'gaps.noInstrument' },
    });
    await call('questionnaire.attach', { engagementId: empty.id, instrumentId: staffId });
    expect(
      await dispatch('gaps.analyse', { engagementId: empty.id, family: 'andere-scan' }),
    ).toMatchObject({
      ok: false,
      error: { key: 'gaps.familyNotUsed' },
    });
    // Attached but unanswered: every group is reported as having no responses, nothing compared.
    const unanswered = await call('gaps.analyse', { engagementId: empty.id });
    expect(unanswered.compared).toEqual([]);
    expect(unanswered.comparisons).toEqual([]);
    expect(unanswered.groups.map((group) => group.reason)).toEqual(['noResponses', 'noResponses']);
  });

  it('exports the comparison it shows, row for row', async () => {
    const { call, engagement } = await seededEngagement();
    const analysis = await call('gaps.analyse', { engagementId: engagement.id });
    const file = await call('gaps.export', {
      engagementId: engagement.id,
      format: 'csv',
    });
    const lines = new TextDecoder()
      .decode(file.bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    const rows = analysis.comparisons.reduce(
      (sum, comparison) => sum + comparison.dimensions.ids.length + 1 + comparison.items.ids.length,
      0,
    );
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]).toContain('p (Holm, alle vergelijkingen)');
    const kd = shownComparison(analysis.comparisons[0]!).dimensions.find((r) => r.code === 'KD')!;
    const line = lines.find((candidate) => candidate.startsWith('dimensie;KD;'))!;
    expect(line).toContain(String(kd.ciLow).replace('.', ','));
  });
});
