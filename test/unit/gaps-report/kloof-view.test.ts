/**
 * The Kloof tab is sent a part of the gap analysis (`gaps.analyse`, shared/gaps/view.ts): every
 * figure it is sent is the analysis' own value, bit for bit, in the same place — the same numbers
 * the export, the report and `analyze` show — and the rows it is sent are all the rows there are.
 */
import { describe, expect, it } from 'vitest';
import { analyseEngagementGaps } from '@main/core/services/gap-analysis';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import type { GapRow } from '@shared/gaps';
import { SHOWN_GAP_FIGURES, shownComparison, type ShownGapRow } from '@shared/gaps/view';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

const SHOWN_FIELDS = ['id', 'code', 'large', 'notable', 'status', ...SHOWN_GAP_FIGURES] as const;

function expectSameShownRows(
  sent: readonly ShownGapRow[],
  full: readonly GapRow[],
  alsoSent: string[] = [],
) {
  expect(sent).toHaveLength(full.length);
  full.forEach((row, index) => {
    const shown = sent[index]!;
    expect(Object.keys(shown).sort()).toEqual([...SHOWN_FIELDS, ...alsoSent].sort());
    for (const field of SHOWN_FIELDS) {
      expect(Object.is(shown[field], row[field]), `${row.code} ${field}`).toBe(true);
    }
  });
}

describe('what the Kloof tab is sent', () => {
  it('is the analysis the export and report read, with the figures the tab shows', async () => {
    const workspace = tempWorkspace();
    const engagement = createSampleEngagement(workspace, 'nl');
    const full = analyseEngagementGaps(workspace, { engagementId: engagement.id });
    const sent = await testDispatcher(workspace).call('gaps.analyse', {
      engagementId: engagement.id,
    });

    // The sample has a customer group: comparisons on two bases, and blind spots.
    expect(full.comparisons.length).toBeGreaterThan(1);
    expect(full.blindSpots.length).toBeGreaterThan(0);
    expect(sent.comparisons).toHaveLength(full.comparisons.length);
    sent.comparisons.forEach((view, index) => {
      const pair = full.comparisons[index]!;
      const rows = shownComparison(view);
      expect([rows.groupA, rows.groupB, rows.nameA, rows.nameB, rows.basisId]).toEqual([
        pair.groupA,
        pair.groupB,
        pair.nameA,
        pair.nameB,
        pair.basisId,
      ]);
      expectSameShownRows(rows.items, pair.items);
      expectSameShownRows(rows.dimensions, pair.dimensions);
      expectSameShownRows([rows.overall], [pair.overall]);
    });
    sent.blindSpots.forEach((spot, index) => {
      const report = full.blindSpots[index]!;
      for (const level of ['dimensions', 'items'] as const) {
        expectSameShownRows(spot[level], report[level], ['direction']);
        expect(spot[level].map((row) => row.direction)).toEqual(
          report[level].map((row) => row.direction),
        );
      }
      expectSameShownRows([spot.overall], [report.overall], ['direction']);
    });

    // The profiles: each compared group's means on the common basis.
    expect(sent.profiles.map((profile) => profile.groupId)).toEqual(
      full.profiles.map((profile) => profile.groupId),
    );
    sent.profiles.forEach((profile, index) => {
      const { common, respondents } = full.profiles[index]!;
      expect(profile.respondents).toBe(respondents);
      expect(profile.common).toEqual({
        basisId: common.basisId,
        overall: common.overall.mean,
        dimensions: common.dimensions.map((summary) => summary?.mean ?? null),
        items: common.items.map((summary) => summary?.mean ?? null),
      });
    });

    // Everything else as the analysis has it, the largest gaps' sentences included.
    const { comparisons: _c, blindSpots: _b, profiles: _p, ...rest } = full;
    const { comparisons: _sc, blindSpots: _sb, profiles: _sp, ...sentRest } = sent;
    expect(sentRest).toEqual(JSON.parse(JSON.stringify(rest)));
  });
});
