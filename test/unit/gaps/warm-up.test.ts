import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpAnalysis, warmUpReads } from '@main/core/warm-up';
import { DecodedAnswerCache } from '@main/core/repositories/decoded-answers';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { runWarmUpStep, warmUpReport, WARM_UP_STEPS } from '@shared/gaps/warm-up';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

afterEach(() => vi.restoreAllMocks());

describe('the start-up warm-up of the analysis', () => {
  it('runs every statistic on data that differ per step', () => {
    // 6 pairs × (24 statements + 4 dimensions + the overall index): every test computed.
    for (let step = 0; step < WARM_UP_STEPS; step++) expect(runWarmUpStep(step)).toBe(6 * 29);
  });

  it("runs the t distribution's code below 30 degrees of freedom and above, near 0 and in the tails", () => {
    const rows = warmUpReport(0).comparisons.flatMap((c) => [...c.items, ...c.dimensions]);
    const df = rows.map((row) => row.df!);
    const t = rows.map((row) => Math.abs(row.t!));
    expect(df.some((value) => value < 30)).toBe(true);
    expect(df.some((value) => value >= 30)).toBe(true);
    expect(rows.some((row) => row.df! >= 30 && Math.abs(row.t!) < 0.5)).toBe(true);
    expect(rows.some((row) => row.df! >= 30 && Math.abs(row.t!) > 1.5)).toBe(true);
    expect(t.every(Number.isFinite)).toBe(true);
  });

  it('runs all its steps in the background and finishes', async () => {
    await expect(warmUpAnalysis(0)).resolves.toBe(WARM_UP_STEPS * 6 * 29);
  });

  it('decodes the answers of the engagements worked on last, so their first read finds them', async () => {
    const workspace = tempWorkspace();
    const older = createSampleEngagement(workspace, 'nl');
    const recent = createSampleEngagement(workspace, 'en');
    // Worked on last, a moment later (activity is compared by its timestamp).
    await new Promise((resolve) => setTimeout(resolve, 5));
    workspace.engagements.update(recent.id, { notes: 'Vandaag verder gewerkt.' });
    const decode = vi.spyOn(
      DecodedAnswerCache.prototype as unknown as { decode: () => unknown },
      'decode',
    );
    await warmUpReads(
      0,
      () => workspace,
      () => false,
      1,
    );
    const decodedAhead = decode.mock.calls.length;
    expect(decodedAhead).toBeGreaterThan(0);

    const { call } = testDispatcher(workspace);
    await call('gaps.analyse', { engagementId: recent.id });
    expect(decode).toHaveBeenCalledTimes(decodedAhead);
    // Only the most recent one was warmed: the other is decoded at its first read.
    await call('gaps.analyse', { engagementId: older.id });
    expect(decode.mock.calls.length).toBeGreaterThan(decodedAhead);
  });

  it('stops when asked (a restore is coming) before touching the workspace', async () => {
    const opened = vi.fn(() => tempWorkspace());
    await warmUpReads(0, opened, () => true);
    expect(opened).not.toHaveBeenCalled();
  });
});
