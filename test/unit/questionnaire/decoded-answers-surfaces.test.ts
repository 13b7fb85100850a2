/**
 * The answers of an engagement are decoded once and shared by every surface that reads them
 * (results, the Kloof tab, the responses export, the report), and a write made after a read is
 * seen by every one of them at once, whichever handler made it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEngagementReport } from '@main/core/report/build';
import { DecodedAnswerCache } from '@main/core/repositories/decoded-answers';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

const MINI = 'test/fixtures/samples/mini-scan.instrument.json';
const PER_GROUP = 6;

async function engagementWithAnswers() {
  const workspace = tempWorkspace();
  const { call } = testDispatcher(workspace);
  const engagement = await call('engagements.create', {
    clientName: 'Gedeeld BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop', kind: 'department' },
    ],
  });
  const { id: instrumentId } = await call('instruments.importFile', {
    fileName: 'mini-scan.instrument.json',
    bytes: readFileSync(MINI),
  });
  await call('questionnaire.attach', { engagementId: engagement.id, instrumentId });
  const [production, sales] = engagement.groups.map((group) => group.id) as [number, number];
  const answers = (value: number) =>
    Object.fromEntries(
      ['KK1', 'KK2', 'KK3', 'KK4', 'SW1', 'SW2', 'SW3', 'SW4', 'RF1', 'RF2', 'RF3', 'RF4'].map(
        (code) => [code, value],
      ),
    );
  let code = 0;
  const save = (groupId: number, value: number, id?: number) =>
    call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      ...(id === undefined ? {} : { id }),
      code: id === undefined ? `R${++code}` : `R-${id}`,
      groupId,
      answers: answers(value),
    });
  for (let r = 0; r < PER_GROUP; r++) {
    await save(production, 2 + (r % 3));
    await save(sales, 3 + (r % 2));
  }
  const request = { engagementId: engagement.id, instrumentId };

  /** Respondents and the KK1 mean as each surface reports them. */
  const surfaces = async () => {
    const results = await call('questionnaire.results', request);
    const gaps = await call('gaps.analyse', { engagementId: engagement.id });
    const csv = await call('exports.responses', { ...request, format: 'csv' });
    const kk1 = gaps.items.findIndex((item) => item.code === 'KK1');
    const rows = new TextDecoder().decode(csv.bytes).trim().split(/\r?\n/).length - 1;
    return {
      results: results.total?.respondents,
      resultsKk1: results.total?.items.find((item) => item.code === 'KK1')?.mean,
      gaps: gaps.profiles.map((profile) => profile.respondents),
      gapsKk1: gaps.profiles.map((profile) => profile.common.items[kk1]),
      exportRows: rows,
    };
  };
  return { workspace, call, engagement, instrumentId, production, sales, save, surfaces };
}

afterEach(() => vi.restoreAllMocks());

describe('answers decoded once, shared by every surface', () => {
  it('results, the Kloof tab, the export and the report share one decoding', async () => {
    const { workspace, engagement, surfaces } = await engagementWithAnswers();
    const decode = vi.spyOn(
      DecodedAnswerCache.prototype as unknown as { decode: () => unknown },
      'decode',
    );
    await surfaces();
    buildEngagementReport(workspace, engagement.id);
    await surfaces();
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('every surface sees a write made after it read, whichever handler made it', async () => {
    const { workspace, call, engagement, instrumentId, production, sales, save, surfaces } =
      await engagementWithAnswers();
    const before = await surfaces();
    expect(before).toMatchObject({ results: 12, gaps: [6, 6], exportRows: 12 });

    // A new respondent typed into the grid.
    const added = await save(sales, 5);
    expect(await surfaces()).toMatchObject({ results: 13, gaps: [6, 7], exportRows: 13 });

    // The same respondent corrected: as many respondents as before, other answers.
    const kk1Before = (await surfaces()).resultsKk1!;
    await save(sales, 1, added.id);
    const corrected = await surfaces();
    expect(corrected.results).toBe(13);
    expect(corrected.resultsKk1).toBeCloseTo(kk1Before - 4 / 13, 12);
    expect(corrected.gapsKk1[1]).toBeCloseTo((3 + 4 + 3 + 4 + 3 + 4 + 1) / 7, 12);

    // Removed again.
    await call('respondents.delete', { engagementId: engagement.id, id: added.id });
    expect(await surfaces()).toEqual(before);

    // A batch (as an import or kiosk session leaves one) removed as a whole.
    const batchId = workspace.batches.create(engagement.id, instrumentId, 'import', 'extra.csv');
    workspace.respondents.insertMany(
      engagement.id,
      instrumentId,
      'import',
      [1, 2].map((n) => ({ groupId: production, code: `B${n}`, role: '', answers: { KK1: 1 } })),
      batchId,
    );
    expect(await surfaces()).toMatchObject({ results: 14, gaps: [8, 6], exportRows: 14 });
    await call('batches.remove', { engagementId: engagement.id, batchId });
    expect(await surfaces()).toEqual(before);
  });
});
