/**
 * The browser host answers the first screen's calls (the language, kiosk mode, the engagement
 * list) before it has loaded the whole handler table and contract. Those answers, and what it
 * refuses, must be exactly what the full dispatcher gives.
 */
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { createFirstScreenDispatcher, firstScreenHandlers } from '@main/core/handlers/first-screen';
import { FIRST_SCREEN_CALLS } from '@main/core/handlers/first-screen-calls';
import { contract } from '@shared/ipc';
import { firstScreenArgs } from '@shared/ipc/first-screen-args';
import { tempWorkspace } from '@test/support/temp-workspace';

function dispatchers() {
  const workspace = tempWorkspace();
  for (const name of ['Bakkerij Jansen', 'Metaalwerk Noord']) {
    workspace.engagements.create({
      clientName: name,
      sector: 'Maakindustrie',
      consultants: ['Test'],
      startDate: '2026-01-01',
      endDate: null,
      language: 'nl',
      status: 'active',
      notes: '',
      groups: [],
    });
  }
  const context = { workspace, host: 'browser' as const, appVersion: 'test' };
  return {
    first: createFirstScreenDispatcher(context),
    full: createDispatcher(createHandlers(), context),
  };
}

describe("the first screen's calls", () => {
  it('are validated with the very schemas of the contract and answered by its very handlers', () => {
    const full = createHandlers();
    expect(Object.keys(firstScreenArgs).sort()).toEqual([...FIRST_SCREEN_CALLS].sort());
    expect(Object.keys(firstScreenHandlers).sort()).toEqual([...FIRST_SCREEN_CALLS].sort());
    for (const name of FIRST_SCREEN_CALLS) {
      expect(contract[name].arg).toBe(firstScreenArgs[name]);
      expect(firstScreenHandlers[name]).toBe(full[name]);
    }
  });

  it('get the same answers from the first-screen dispatcher as from the full one', async () => {
    const { first, full } = dispatchers();
    const list = { search: 'bakkerij', status: 'all', sort: 'client' };
    for (const [name, arg] of [
      ['settings.get', {}],
      ['kiosk.status', {}],
      ['engagements.list', {}],
      ['engagements.list', list],
    ] as const) {
      const answer = await first(name, arg);
      expect(answer.ok).toBe(true);
      expect(answer).toEqual(await full(name, arg));
    }
    const found = await first('engagements.list', list);
    expect(found.ok && (found.value as { clientName: string }[]).map((e) => e.clientName)).toEqual([
      'Bakkerij Jansen',
    ]);
  });

  it('refuse a wrong argument as the full dispatcher does, naming the field', async () => {
    const { first, full } = dispatchers();
    const wrong = { status: 'deleted' };
    const refused = await first('engagements.list', wrong);
    expect(refused).toEqual(await full('engagements.list', wrong));
    expect(!refused.ok && refused.error.key).toBe('errors.validation');
    expect(!refused.ok && refused.error.issues?.map((issue) => issue.path)).toEqual(['status']);
  });

  it('leave every other call to the full table', async () => {
    const { first } = dispatchers();
    const answer = await first('engagements.get', { id: 1 });
    expect(answer).toEqual({
      ok: false,
      error: { key: 'errors.unknownCall', params: { name: 'engagements.get' } },
    });
  });
});
