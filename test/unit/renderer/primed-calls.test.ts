import { describe, expect, it } from 'vitest';
import { PrimedCalls, callKey } from '@renderer/ipc/primed-calls';
import { CallError } from '@renderer/ipc/client';

/** A stand-in for main: answers each call when the test says so, and counts the asks. */
function fakeMain() {
  const asked: string[] = [];
  const pending = new Map<
    string,
    { resolve: (value: unknown) => void; reject: (e: unknown) => void }
  >();
  const send = ((name: string, arg: unknown) => {
    asked.push(callKey(name as never, arg));
    return new Promise<unknown>((resolve, reject) => pending.set(name, { resolve, reject }));
  }) as ConstructorParameters<typeof PrimedCalls>[0];
  return { asked, pending, send };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('primed calls', () => {
  it('hands a primed call to the first screen that asks, once', async () => {
    const main = fakeMain();
    const calls = new PrimedCalls(main.send);
    void calls.prime('engagements.list', { search: '', status: 'all', sort: 'updated' });
    expect(calls.outcome('engagements.list', { search: '', status: 'all', sort: 'updated' })).toBe(
      undefined,
    );
    main.pending.get('engagements.list')!.resolve([]);
    await flush();
    // Arrived before the screen rendered: its first render can show it.
    expect(
      calls.outcome('engagements.list', { sort: 'updated', status: 'all', search: '' }),
    ).toEqual({
      data: [],
    });
    const taken = calls.take('engagements.list', { sort: 'updated', search: '', status: 'all' });
    await expect(taken).resolves.toEqual([]);
    // A later load of the same list asks main again.
    expect(calls.take('engagements.list', { search: '', status: 'all', sort: 'updated' })).toBe(
      undefined,
    );
    expect(main.asked).toHaveLength(1);
  });

  it('serves only the same call with an equal argument', () => {
    const main = fakeMain();
    const calls = new PrimedCalls(main.send);
    void calls.prime('engagements.list', { search: '', status: 'all', sort: 'updated' });
    expect(
      calls.take('engagements.list', { search: 'bakker', status: 'all', sort: 'updated' }),
    ).toBe(undefined);
    expect(calls.take('settings.get', {})).toBe(undefined);
  });

  it('keeps a failure as the error the screen shows', async () => {
    const main = fakeMain();
    const calls = new PrimedCalls(main.send);
    const primed = calls.prime('kiosk.status', {});
    main.pending.get('kiosk.status')!.reject(new CallError({ key: 'errors.hostUnavailable' }));
    await expect(primed).rejects.toBeInstanceOf(CallError);
    expect(calls.outcome('kiosk.status', {})).toEqual({ error: { key: 'errors.hostUnavailable' } });
  });

  it('forgets what no screen took, so it is never shown later as if fresh', () => {
    const main = fakeMain();
    const calls = new PrimedCalls(main.send);
    void calls.prime('settings.get', {});
    calls.forget();
    expect(calls.take('settings.get', {})).toBe(undefined);
  });
});
