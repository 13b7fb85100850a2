import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GridStore, type GridStoreDeps } from '@renderer/features/questionnaire/capture/grid-store';
import type { GridRow } from '@renderer/features/questionnaire/capture/grid-model';
import { CallError } from '@renderer/ipc/client';

function deps(overrides: Partial<GridStoreDeps> = {}) {
  let nextId = 100;
  const saved: GridRow[] = [];
  const calls = {
    saved,
    deleted: [] as number[],
    counts: 0,
    failures: [] as string[],
  };
  const value: GridStoreDeps = {
    saveRespondent: async (row) => {
      saved.push(row);
      return { id: row.id ?? nextId++ } as never;
    },
    deleteRespondent: async (id) => {
      calls.deleted.push(id);
    },
    onCountChanged: () => {
      calls.counts++;
    },
    onSaveFailed: (_row, error) => {
      calls.failures.push(error.key);
    },
    ...overrides,
  };
  return { value, calls };
}

describe('grid store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts with one new row, saves it once when asked, and updates the same respondent after', async () => {
    const { value, calls } = deps();
    const store = new GridStore([], 7, value);
    const [row] = store.getRows();
    expect(row).toMatchObject({ code: 'R001', groupId: 7, status: 'new' });
    store.setAnswer(row!.key, 'KK1', 4);
    store.setAnswer(row!.key, 'KK2', 2);
    await store.save(row!.key);
    expect(store.find(row!.key)).toMatchObject({ id: 100, status: 'saved' });
    store.setAnswer(row!.key, 'KK2', null);
    await store.save(row!.key);
    expect(calls.saved.map((saved) => [saved.id, saved.answers])).toEqual([
      [null, { KK1: 4, KK2: 2 }],
      [100, { KK1: 4 }],
    ]);
    expect(calls.counts).toBe(1);
  });

  it('saves a row the consultant stopped typing in after a pause', async () => {
    const { value, calls } = deps();
    const store = new GridStore([], 1, value);
    const key = store.getRows()[0]!.key;
    store.setAnswer(key, 'KK1', 3);
    expect(calls.saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls.saved).toHaveLength(1);
  });

  it('takes the next code when a generated one is used elsewhere in the engagement', async () => {
    let first = true;
    const { value } = deps({
      saveRespondent: async (row) => {
        if (first) {
          first = false;
          throw new CallError({ key: 'respondent.duplicateCode' });
        }
        return { id: 5, code: row.code } as never;
      },
    });
    const store = new GridStore([], 1, value);
    const key = store.getRows()[0]!.key;
    store.setAnswer(key, 'KK1', 1);
    await store.save(key);
    expect(store.find(key)).toMatchObject({ code: 'R002', status: 'saved' });
  });

  it('keeps a row whose save failed as an error, and keeps one row when the last is removed', async () => {
    const { value, calls } = deps({
      saveRespondent: async () => {
        throw new CallError({ key: 'errors.validation' });
      },
    });
    const store = new GridStore([], 1, value);
    const key = store.getRows()[0]!.key;
    store.setAnswer(key, 'KK1', 1);
    await store.save(key);
    expect(store.find(key)?.status).toBe('error');
    expect(calls.failures).toEqual(['errors.validation']);
    await store.remove(key);
    expect(store.getRows()).toHaveLength(1);
    expect(store.getRows()[0]!.key).not.toBe(key);
  });

  it('deletes a saved respondent when its row is removed', async () => {
    const { value, calls } = deps();
    const saved: GridRow = {
      key: 'r9',
      id: 9,
      code: 'R009',
      codeAuto: false,
      groupId: 1,
      role: '',
      answers: {},
      status: 'saved',
      error: null,
      version: 0,
    };
    const store = new GridStore([saved], 1, value);
    await store.remove('r9');
    expect(calls.deleted).toEqual([9]);
    expect(calls.counts).toBe(1);
  });
});
