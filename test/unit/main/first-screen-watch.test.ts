/**
 * The browser host opens the workspace once the page and its files are out (opening holds the
 * host, and a browser that waits for its files can run nothing), and loads the handler table once
 * the first screen is up. Requests are simulated as the server reports them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILES_QUIET_MS, FirstScreenWatch, QUIET_MS } from '@main/browser-host/first-screen-watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function watch() {
  const told = { filesOut: 0, up: 0 };
  const watcher = new FirstScreenWatch(
    () => told.up++,
    () => told.filesOut++,
  );
  return { watcher, told };
}

describe('the files-out signal (the workspace opens)', () => {
  it('waits for the page and every file asked for meanwhile, then a quiet moment', () => {
    const { watcher, told } = watch();
    watcher.started(); // the page
    watcher.started(); // the entry, asked for while the page still arrives
    watcher.pageServed();
    watcher.ended();
    vi.advanceTimersByTime(FILES_QUIET_MS * 3);
    expect(told.filesOut).toBe(0); // a file is still on its way
    watcher.ended();
    vi.advanceTimersByTime(FILES_QUIET_MS - 1);
    expect(told.filesOut).toBe(0);
    watcher.started(); // one more, asked for within the quiet moment
    vi.advanceTimersByTime(FILES_QUIET_MS * 3);
    expect(told.filesOut).toBe(0);
    watcher.ended();
    vi.advanceTimersByTime(FILES_QUIET_MS);
    expect(told.filesOut).toBe(1);
  });

  it('is not given before the page has been sent, and only once', () => {
    const { watcher, told } = watch();
    expect(watcher.requestSeen).toBe(false);
    watcher.started(); // a file, no page (someone opened an asset's address)
    expect(watcher.requestSeen).toBe(true);
    watcher.ended();
    vi.advanceTimersByTime(FILES_QUIET_MS * 10);
    expect(told.filesOut).toBe(0);
    watcher.started();
    watcher.pageServed();
    watcher.ended();
    vi.advanceTimersByTime(FILES_QUIET_MS);
    watcher.started(); // a reload
    watcher.pageServed();
    watcher.ended();
    vi.advanceTimersByTime(FILES_QUIET_MS * 10);
    expect(told.filesOut).toBe(1);
  });
});

describe('the first-screen-up signal (the handler table loads)', () => {
  it('comes once the list is answered and nothing is asked for a while', () => {
    const { watcher, told } = watch();
    watcher.started(); // engagements.list
    watcher.answeredList();
    watcher.ended();
    vi.advanceTimersByTime(QUIET_MS - 1);
    watcher.started(); // the logo, asked for as the list is drawn
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect(told.up).toBe(0);
    watcher.ended();
    vi.advanceTimersByTime(QUIET_MS);
    expect(told.up).toBe(1);
  });

  it('does not come without the list (a page opened on another screen)', () => {
    const { watcher, told } = watch();
    watcher.started();
    watcher.ended();
    vi.advanceTimersByTime(QUIET_MS * 10);
    expect(told.up).toBe(0);
  });
});
