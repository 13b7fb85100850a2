import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, AutosaveQueue } from '@renderer/autosave/autosave-queue';

const patch = (older: Record<string, string>, newer: Record<string, string>) => ({
  ...older,
  ...newer,
});

describe('autosave queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a pause in typing, with every change merged', async () => {
    const saved: Record<string, string>[] = [];
    const queue = new AutosaveQueue<Record<string, string>>({
      merge: patch,
      save: async (value) => {
        saved.push(value);
      },
    });
    queue.change({ name: 'B' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    queue.change({ name: 'Ba', sector: 'x' });
    expect(queue.state).toBe('saving');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(saved).toEqual([{ name: 'Ba', sector: 'x' }]);
    expect(queue.state).toBe('saved');
  });

  it('throttled: continuous typing is still saved regularly', async () => {
    const saved: string[] = [];
    const queue = new AutosaveQueue<string>({
      merge: (_older, newer) => newer,
      timing: 'throttle',
      save: async (value) => {
        saved.push(value);
      },
    });
    for (let index = 0; index < 10; index++) {
      queue.change(`v${index}`);
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 4);
    }
    expect(saved.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a failed save for the next try, under what was typed since', async () => {
    let fail = true;
    const saved: Record<string, string>[] = [];
    const queue = new AutosaveQueue<Record<string, string>>({
      merge: patch,
      save: async (value) => {
        if (fail) throw new Error('offline');
        saved.push(value);
      },
    });
    queue.change({ a: '1', b: '1' }, true);
    await vi.runAllTimersAsync();
    expect(queue.state).toBe('error');
    fail = false;
    queue.change({ b: '2' });
    await queue.flush();
    expect(saved).toEqual([{ a: '1', b: '2' }]);
    expect(queue.state).toBe('saved');
  });

  it('runs saves one at a time, in order, and reports an invalid value as not saved', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const queue = new AutosaveQueue<string>({
      merge: (_older, newer) => newer,
      save: async (value) => {
        order.push(`start ${value}`);
        if (value === 'first') await new Promise<void>((resolve) => (release = resolve));
        order.push(`end ${value}`);
        return value === 'bad' ? 'invalid' : 'saved';
      },
    });
    queue.change('first', true);
    queue.change('second', true);
    await vi.advanceTimersByTimeAsync(0);
    release();
    await queue.flush();
    expect(order).toEqual(['start first', 'end first', 'start second', 'end second']);
    queue.change('bad', true);
    await queue.flush();
    expect(queue.state).toBe('idle');
  });
});
