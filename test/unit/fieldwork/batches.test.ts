/**
 * Batches: every import, kiosk session and live session is listed with its file name, date and
 * number of responses; removing one takes exactly its respondents, after a backup.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportArchive, importArchive } from '@main/core/archive/archives';
import { listBackups } from '@main/core/backup/backup-files';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { DEFAULT_KIOSK_TIMING, KioskSession } from '@main/core/kiosk/session';
import { removeBatch } from '@main/core/services/batch-removal';
import type { IpcResponse } from '@shared/ipc/errors';
import type { BatchRemoval, RespondentBatch } from '@shared/questionnaire/batches';
import { tempWorkspace } from '@test/support/temp-workspace';
import { workshop } from '../live/live-fixture';

function csv(codes: string[], group: string): Uint8Array {
  const rows = codes.map((code, index) => `${code};${group};${1 + (index % 5)};3;4;2;5;1`);
  return new TextEncoder().encode(['Code;Afdeling;KK1;KK2;KK3;SW1;SW2;SW3', ...rows].join('\n'));
}

async function setUp() {
  const workspace = tempWorkspace();
  const setup = workshop({}, workspace);
  const kiosk = new KioskSession(workspace, { ...DEFAULT_KIOSK_TIMING, wrongPinDelayMs: 0 });
  const dispatch = createDispatcher(
    createHandlers(),
    { workspace, host: 'electron', appVersion: 'test', kiosk },
    () => {},
  );
  const call = async <T>(name: string, arg: unknown): Promise<T> => {
    const response = (await dispatch(name, arg)) as IpcResponse<T>;
    if (!response.ok) throw new Error(JSON.stringify(response.error));
    return response.value;
  };
  /** Imports a file as the app does (analyse, then commit the proposed mapping). */
  const importFile = async (
    fileName: string,
    bytes: Uint8Array,
    target = { engagementId: setup.engagement.id, instrumentId: setup.instrumentId },
  ) => {
    const file = { fileName, bytes };
    const analysis = await call<{ mapping: unknown; preview: { canImport: boolean } }>(
      'import.analyse',
      { ...target, file },
    );
    expect(analysis.preview.canImport).toBe(true);
    return call<{ imported: number }>('import.commit', {
      ...target,
      file,
      mapping: analysis.mapping,
    });
  };
  return { ...setup, kiosk, dispatch, call, importFile };
}

describe('respondent batches', () => {
  it('lists every import and kiosk session with its file name, date and number of rows', async () => {
    const context = await setUp();
    const { engagement, instrumentId, call, kiosk, groupId } = context;
    await context.importFile('productie.csv', csv(['A1', 'A2', 'A3'], 'Productie'));
    await context.importFile('verkoop.csv', csv(['B1', 'B2'], 'Verkoop'));
    await call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: 'R001',
      groupId: groupId('Productie'),
      answers: { KK1: 3 },
    });
    await kiosk.start(engagement.id, instrumentId, '4821');
    kiosk.submit(groupId('Management'), { KK1: 5 });
    kiosk.submit(groupId('Management'), { KK1: 4 });
    await kiosk.exit('4821');

    const batches = await call<RespondentBatch[]>('batches.list', {
      engagementId: engagement.id,
      instrumentId,
    });
    expect(
      batches.map(({ source, fileName, respondents }) => ({ source, fileName, respondents })),
    ).toEqual([
      { source: 'kiosk', fileName: '', respondents: 2 },
      { source: 'import', fileName: 'verkoop.csv', respondents: 2 },
      { source: 'import', fileName: 'productie.csv', respondents: 3 },
    ]);
    for (const batch of batches) expect(Date.parse(batch.createdAt)).not.toBeNaN();
  });

  it('removes exactly the batch’s respondents, after a backup that still holds them', async () => {
    const context = await setUp();
    const { workspace, engagement, instrumentId, call, groupId } = context;
    await context.importFile('productie.csv', csv(['A1', 'A2', 'A3'], 'Productie'));
    await context.importFile('verkoop.csv', csv(['B1', 'B2'], 'Verkoop'));
    await call('respondents.save', {
      engagementId: engagement.id,
      instrumentId,
      code: 'R001',
      groupId: groupId('Productie'),
      answers: { KK1: 3 },
    });
    // Another engagement in the same workspace, with an import of its own.
    const other = workshop({}, workspace);
    await context.importFile('productie.csv', csv(['A1', 'A2'], 'Productie'), {
      engagementId: other.engagement.id,
      instrumentId: other.instrumentId,
    });

    const codes = () =>
      workspace.respondents
        .list(engagement.id, instrumentId)
        .map((respondent) => respondent.code)
        .sort();
    expect(codes()).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'R001']);
    const productie = workspace.batches
      .list(engagement.id)
      .find((batch) => batch.fileName === 'productie.csv')!;

    const removal = await call<BatchRemoval>('batches.remove', {
      engagementId: engagement.id,
      batchId: productie.id,
    });
    expect(removal.removedRespondents).toBe(3);
    expect(codes()).toEqual(['B1', 'B2', 'R001']);
    expect(workspace.batches.list(engagement.id).map((batch) => batch.fileName)).toEqual([
      'verkoop.csv',
    ]);
    expect(workspace.respondents.list(other.engagement.id, other.instrumentId)).toHaveLength(2);

    // The backup was made first and still has the removed rows: the removal can be undone.
    const [backup] = listBackups(workspace.dataDir);
    expect(backup).toMatchObject({ fileName: removal.backupFileName, reason: 'pre-removal' });
    const copy = new Database(join(workspace.dataDir, 'backups', removal.backupFileName), {
      readonly: true,
    });
    const kept = copy
      .prepare('SELECT code FROM respondents WHERE engagement_id = ? ORDER BY code')
      .all(engagement.id);
    copy.close();
    expect(kept).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'R001'].map((code) => ({ code })));
  });

  it('refuses an unknown batch or one of another engagement, and makes no backup for it', async () => {
    const context = await setUp();
    const { workspace, engagement, dispatch } = context;
    await context.importFile('productie.csv', csv(['A1'], 'Productie'));
    const other = workshop({}, workspace);
    const [batch] = workspace.batches.list(engagement.id);
    for (const arg of [
      { engagementId: engagement.id, batchId: 999 },
      { engagementId: other.engagement.id, batchId: batch!.id },
    ]) {
      const response = await dispatch('batches.remove', arg);
      expect(response).toMatchObject({ ok: false, error: { key: 'errors.notFound' } });
    }
    expect(listBackups(workspace.dataDir)).toEqual([]);
    expect(workspace.respondents.list(engagement.id, context.instrumentId)).toHaveLength(1);
  });

  it('travel with their engagement in an archive, each respondent in its own batch', async () => {
    const context = await setUp();
    const { workspace, engagement, instrumentId, kiosk, groupId } = context;
    await context.importFile('productie.csv', csv(['A1', 'A2', 'A3'], 'Productie'));
    await kiosk.start(engagement.id, instrumentId, '4821');
    kiosk.submit(groupId('Management'), { KK1: 5 });
    await kiosk.exit('4821');
    const archive = await exportArchive(workspace, engagement.id, { appVersion: 'test' });

    const elsewhere = tempWorkspace();
    workshop({}, elsewhere);
    const { engagementId } = await importArchive(elsewhere, archive.bytes);
    const batches = elsewhere.batches.list(engagementId);
    expect(
      batches.map(({ source, fileName, respondents }) => ({ source, fileName, respondents })),
    ).toEqual([
      { source: 'kiosk', fileName: '', respondents: 1 },
      { source: 'import', fileName: 'productie.csv', respondents: 3 },
    ]);
    const removed = await removeBatch(elsewhere, engagementId, batches[1]!.id);
    expect(removed.removedRespondents).toBe(3);
    const [instrument] = elsewhere.instruments.forEngagement(engagementId);
    expect(elsewhere.respondents.list(engagementId, instrument!.id).map((r) => r.code)).toEqual([
      'K001',
    ]);
  });

  it('a failed import leaves no batch behind', async () => {
    const context = await setUp();
    const { workspace, engagement, instrumentId, call, dispatch } = context;
    const file = { fileName: 'dubbel.csv', bytes: csv(['A1', 'A2'], 'Productie') };
    const analysis = await call<{ mapping: unknown }>('import.analyse', {
      engagementId: engagement.id,
      instrumentId,
      file,
    });
    await call('import.commit', {
      engagementId: engagement.id,
      instrumentId,
      file,
      mapping: analysis.mapping,
    });
    // The same codes again: refused as a whole.
    const again = await dispatch('import.commit', {
      engagementId: engagement.id,
      instrumentId,
      file,
      mapping: analysis.mapping,
    });
    expect(again.ok).toBe(false);
    expect(workspace.batches.list(engagement.id)).toHaveLength(1);
  });
});
