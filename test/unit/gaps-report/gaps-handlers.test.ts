import { describe, expect, it } from 'vitest';
import type { GapAnalysis } from '@shared/gaps/report';
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

const dimensionMean = (analysis: GapAnalysis, groupId: number, code: string) => {
  const index = analysis.dimensions.findIndex((dimension) => dimension.code === code);
  return analysis.profiles.find((profile) => profile.groupId === groupId)?.dimensions[index]?.mean;
};

describe('gaps.analyse', () => {
  it('compares staff and customers on the statements both versions share', async () => {
    const { call, engagement, staffId, groups } = await seededEngagement();
    const analysis = await call('gaps.analyse', { engagementId: engagement.id });

    expect(analysis.instrumentId).toBe(staffId);
    expect(analysis.basis.kind).toBe('parallel');
    expect(analysis.basis.instruments.map((instrument) => instrument.key)).toEqual([
      'klantgerichtheidsscan',
      'klantgerichtheidsscan-klant',
    ]);
    // The staff-only statements do not count for anyone, so everyone's dimension scores rest on
    // the same statements.
    expect(analysis.basis.leftOutItems.map((item) => item.code)).toEqual([
      'KD6',
      'LC5',
      'SW3',
      'RF6',
    ]);
    expect(analysis.items.map((item) => item.code)).not.toContain('KD6');
    expect(analysis.items).toHaveLength(31);
    expect(dimensionMean(analysis, groups.production, 'KD')).toBeCloseTo(4.5, 12);

    expect(analysis.compared).toEqual([groups.production, groups.sales, groups.customers]);
    expect(analysis.comparisons.map((pair) => [pair.nameA, pair.nameB])).toEqual([
      ['Productie', 'Verkoop'],
      ['Productie', 'Klanten'],
      ['Verkoop', 'Klanten'],
    ]);
    const productionSales = analysis.comparisons[0]!;
    const kd = productionSales.dimensions.find((row) => row.code === 'KD')!;
    expect(kd).toMatchObject({ nA: 8, nB: 6, notable: true });
    expect(kd.diff).toBeCloseTo(2, 12);
    expect(kd.pHolm!).toBeLessThan(0.05);

    expect(analysis.largestGaps[0]).toMatchObject({
      higherName: 'Productie',
      lowerName: 'Verkoop',
    });
    expect(['KD', 'SW']).toContain(analysis.largestGaps[0]!.code);
    expect(analysis.largestGaps[0]!.sentence.nl).toMatch(
      /^Productie scoort '(Klantkennis delen|Samenwerking productie en verkoop)' 2,0 punt hoger dan Verkoop\.$/,
    );

    expect(analysis.blindSpots.map((spot) => [spot.name, spot.customerName])).toEqual([
      ['Productie', 'Klanten'],
      ['Verkoop', 'Klanten'],
    ]);
    const productionFeedback = analysis.blindSpots[0]!.dimensions.find((row) => row.code === 'FB')!;
    expect(productionFeedback.direction).toBe('blindSpot');
    expect(analysis.needsPicture.ipa.map((grid) => grid.name)).toEqual(['Klanten']);
    expect(analysis.needsPicture.ipa[0]!.needs).toHaveLength(10);
    expect(analysis.needsPicture.groups.map((group) => group.name)).toEqual([
      'Productie',
      'Verkoop',
      'Klanten',
    ]);
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

  it('compares staff groups on every statement of their own version', async () => {
    const { call, engagement, groups } = await seededEngagement();
    const analysis = await call('gaps.analyse', {
      engagementId: engagement.id,
      groupIds: [groups.production, groups.sales],
    });
    expect(analysis.basis.kind).toBe('single');
    expect(analysis.basis.leftOutItems).toEqual([]);
    expect(analysis.items).toHaveLength(35);
    // KD6 (always 1 or 2 in production) now counts: (5 × 4.5 + 1.5) / 6.
    expect(dimensionMean(analysis, groups.production, 'KD')).toBeCloseTo(4, 12);
    expect(analysis.blindSpots).toEqual([]);
    expect(analysis.needsPicture.ipa).toEqual([]);
    expect(analysis.needsPicture.correlations).toHaveLength(1);
  });

  it('refuses one group, unknown groups and engagements without a questionnaire', async () => {
    const { dispatch, call, engagement, groups, staffId, customerId } = await seededEngagement();
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
      await dispatch('gaps.analyse', { engagementId: empty.id, instrumentId: customerId }),
    ).toMatchObject({
      ok: false,
      error: { key: 'gaps.instrumentNotUsed' },
    });
    // Attached but unanswered: every group is reported as having no responses, nothing compared.
    const unanswered = await call('gaps.analyse', { engagementId: empty.id });
    expect(unanswered.compared).toEqual([]);
    expect(unanswered.comparisons).toEqual([]);
    expect(unanswered.groups.map((group) => group.reason)).toEqual(['noResponses', 'noResponses']);
  });

  it('bases the comparison on the customer version when asked to', async () => {
    const { call, engagement, customerId, groups } = await seededEngagement();
    const analysis = await call('gaps.analyse', {
      engagementId: engagement.id,
      instrumentId: customerId,
    });
    expect(analysis.instrumentId).toBe(customerId);
    expect(analysis.basis.kind).toBe('parallel');
    expect(analysis.basis.leftOutItems).toEqual([]);
    expect(analysis.items).toHaveLength(31);
    expect(analysis.compared).toEqual([groups.production, groups.sales, groups.customers]);
    expect(analysis.instrumentChoices.map((choice) => [choice.key, choice.respondents])).toEqual([
      ['klantgerichtheidsscan', 17],
      ['klantgerichtheidsscan-klant', 6],
    ]);
  });
});
