/** The tests' one way into the handlers: typed by the contract, through the real dispatcher. */
import { describe, expect, it } from 'vitest';
import { IpcCallError, testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

describe('test dispatcher', () => {
  it('calls the real handlers with the contract’s types and validation', async () => {
    const { call, fail } = testDispatcher(tempWorkspace());
    const created = await call('engagements.create', {
      clientName: 'Bakkerij Van Dam',
      language: 'nl',
    });
    // The result is typed by the contract: no cast, and a wrong field would not compile.
    const engagement = await call('engagements.get', { id: created.id });
    expect(engagement.clientName).toBe('Bakkerij Van Dam');
    // @ts-expect-error: the contract wants a number id
    const wrong = call('engagements.get', { id: 'one' });
    await expect(wrong).rejects.toBeInstanceOf(IpcCallError);
    await expect(wrong).rejects.toMatchObject({ key: 'errors.validation' });
    expect(await fail('engagements.get', { id: 999 })).toMatchObject({ key: 'errors.notFound' });
    await expect(fail('engagements.get', { id: created.id })).rejects.toThrow(/unexpectedly/);
  });
});
