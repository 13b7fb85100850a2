/**
 * The data-entry grid's rows and saves, wired as EntryGrid wires them but to the real handlers on
 * a real workspace: what the consultant types ends up stored once, in order, and a refused row
 * says why without losing what was typed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GridStore } from '@renderer/features/questionnaire/capture/grid-store';
import type { GridRow } from '@renderer/features/questionnaire/capture/grid-model';
import { CallError } from '@renderer/ipc/client';
import type { IpcError } from '@shared/ipc/errors';
import { IpcCallError, testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

afterEach(() => vi.useRealTimers());

/** As the renderer's `invoke`: a failed call rejects with a CallError. */
async function asRenderer<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw error instanceof IpcCallError ? new CallError(error.ipc) : error;
  }
}

async function engagementWithGrid(rows: GridRow[] = []) {
  const workspace = tempWorkspace();
  const { call } = testDispatcher(workspace);
  const engagement = await call('engagements.create', {
    clientName: 'Metaal BV',
    language: 'nl',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop', kind: 'department' },
    ],
  });
  const instrumentId = workspace.instruments.latestByKey('klantgerichtheidsscan')!;
  const customerId = workspace.instruments.latestByKey('klantgerichtheidsscan-klant')!;
  await call('questionnaire.attach', { engagementId: engagement.id, instrumentId });
  const [production, sales] = engagement.groups.map((group) => group.id) as [number, number];
  const failures: { code: string; error: IpcError }[] = [];
  let countChanges = 0;
  const store = new GridStore(rows, production, {
    saveRespondent: (row) =>
      asRenderer(
        call('respondents.save', {
          engagementId: engagement.id,
          instrumentId,
          ...(row.id !== null ? { id: row.id } : {}),
          code: row.code,
          groupId: row.groupId,
          role: row.role,
          answers: row.answers,
        }),
      ),
    deleteRespondent: async (id) => {
      await asRenderer(call('respondents.delete', { engagementId: engagement.id, id }));
    },
    onCountChanged: () => countChanges++,
    onSaveFailed: (row, error) => failures.push({ code: row.code, error }),
  });
  const stored = () => call('respondents.list', { engagementId: engagement.id, instrumentId });
  return {
    workspace,
    call,
    store,
    engagement,
    instrumentId,
    customerId,
    production,
    sales,
    failures,
    stored,
    countChanges: () => countChanges,
  };
}

describe('grid store', () => {
  it('starts an empty grid with one row to type in', async () => {
    const { store, production } = await engagementWithGrid();
    expect(store.getRows()).toHaveLength(1);
    expect(store.getRows()[0]).toMatchObject({ code: 'R001', groupId: production, status: 'new' });
  });

  it('stores a typed row once and later edits update the same respondent', async () => {
    const { store, stored, countChanges } = await engagementWithGrid();
    const key = store.getRows()[0]!.key;
    store.setAnswer(key, 'KK1', 4);
    store.setAnswer(key, 'KK2', 2);
    expect(store.find(key)?.status).toBe('dirty');
    await store.save(key);
    expect(store.find(key)).toMatchObject({ status: 'saved', error: null });
    const id = store.find(key)!.id;
    expect(id).not.toBeNull();

    store.setAnswer(key, 'KK2', 5);
    store.setAnswer(key, 'KK1', null);
    await store.save(key);
    const respondents = await stored();
    expect(respondents).toHaveLength(1);
    expect(respondents[0]).toMatchObject({ id, code: 'R001' });
    expect(respondents[0]!.answers).toMatchObject({ KK2: 5 });
    expect(respondents[0]!.answers.KK1 ?? null).toBeNull();
    // Only the new respondent changed the counts; the update did not.
    expect(countChanges()).toBe(1);
  });

  it('keeps an edit made while the row was saving and stores it with the next save', async () => {
    const { store, stored } = await engagementWithGrid();
    const key = store.getRows()[0]!.key;
    store.setAnswer(key, 'KK1', 3);
    // The consultant types on as soon as the save has gone out.
    const typeOn = store.subscribe(() => {
      if (store.find(key)?.status !== 'saving') return;
      typeOn();
      store.setAnswer(key, 'KK1', 5);
    });
    await store.save(key);
    expect(store.find(key)?.status).toBe('dirty');
    expect((await stored())[0]!.answers.KK1).toBe(3);
    await store.save(key);
    expect(store.find(key)?.status).toBe('saved');
    const respondents = await stored();
    expect(respondents).toHaveLength(1);
    expect(respondents[0]!.answers.KK1).toBe(5);
  });

  it('saves many quick saves of one new row as one respondent, in order', async () => {
    const { store, stored } = await engagementWithGrid();
    const key = store.getRows()[0]!.key;
    const saves: Promise<void>[] = [];
    for (const value of [1, 2, 3, 4, 5]) {
      store.setAnswer(key, 'KK1', value);
      saves.push(store.save(key));
    }
    await Promise.all(saves);
    const respondents = await stored();
    expect(respondents).toHaveLength(1);
    expect(respondents[0]!.answers.KK1).toBe(5);
  });

  it('gives a new row the next code and the group used last', async () => {
    const { store, sales } = await engagementWithGrid();
    const first = store.getRows()[0]!;
    store.edit(first.key, { groupId: sales });
    const second = store.addRow();
    expect(second).toMatchObject({ code: 'R002', groupId: sales });
  });

  it('takes the next code when a generated one is used in another instrument of the engagement', async () => {
    const { call, store, engagement, customerId, production, stored } = await engagementWithGrid();
    await call('questionnaire.attach', { engagementId: engagement.id, instrumentId: customerId });
    await call('respondents.save', {
      engagementId: engagement.id,
      instrumentId: customerId,
      code: 'R001',
      groupId: production,
      answers: {},
    });
    const key = store.getRows()[0]!.key;
    store.setAnswer(key, 'KK1', 4);
    await store.save(key);
    expect(store.find(key)).toMatchObject({ code: 'R002', status: 'saved' });
    expect((await stored()).map((respondent) => respondent.code)).toEqual(['R002']);
  });

  it('marks a refused row with the reason, keeps what was typed and stores nothing', async () => {
    const { store, stored, failures } = await engagementWithGrid();
    const key = store.getRows()[0]!.key;
    store.edit(key, { code: 'A'.repeat(41), codeAuto: false });
    store.setAnswer(key, 'KK1', 4);
    await store.save(key);
    expect(store.find(key)).toMatchObject({ status: 'error', answers: { KK1: 4 } });
    expect(store.find(key)?.error?.key).toBe('errors.validation');
    expect(failures.map((failure) => failure.error.key)).toEqual(['errors.validation']);
    expect(await stored()).toEqual([]);
    // Corrected, the same row is stored.
    store.edit(key, { code: 'P-1' });
    await store.save(key);
    expect(store.find(key)?.status).toBe('saved');
    expect((await stored()).map((respondent) => respondent.code)).toEqual(['P-1']);
  });

  it('removes a saved row with its respondent and always keeps one row to type in', async () => {
    const { store, stored, countChanges } = await engagementWithGrid();
    const key = store.getRows()[0]!.key;
    store.setAnswer(key, 'KK1', 2);
    await store.save(key);
    expect(await stored()).toHaveLength(1);
    await store.remove(key);
    expect(await stored()).toEqual([]);
    expect(store.getRows()).toHaveLength(1);
    expect(store.getRows()[0]!.key).not.toBe(key);
    expect(countChanges()).toBe(2);
  });

  it('saves a row by itself after a pause in typing, and the previous row when another is edited', async () => {
    vi.useFakeTimers();
    const { store, stored } = await engagementWithGrid();
    const first = store.getRows()[0]!.key;
    store.setAnswer(first, 'KK1', 4);
    const second = store.addRow().key;
    // Editing another row saves the first without waiting for the pause.
    store.setAnswer(second, 'KK1', 2);
    await vi.waitFor(() => expect(store.find(first)?.status).toBe('saved'));
    expect(store.find(second)?.status).toBe('dirty');
    await vi.advanceTimersByTimeAsync(1600);
    await vi.waitFor(() => expect(store.find(second)?.status).toBe('saved'));
    expect((await stored()).map((respondent) => respondent.code).sort()).toEqual(['R001', 'R002']);
  });

  it('tells subscribers about every change and replaces only the edited row', async () => {
    const { store } = await engagementWithGrid();
    const other = store.addRow();
    const key = store.getRows()[0]!.key;
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    const before = store.getRows();
    store.setAnswer(key, 'KK1', 3);
    expect(notified).toBeGreaterThan(0);
    expect(store.getRows()).not.toBe(before);
    expect(store.find(other.key)).toBe(other);
    unsubscribe();
    const seen = notified;
    store.setAnswer(key, 'KK1', 4);
    expect(notified).toBe(seen);
    store.dispose();
  });
});
