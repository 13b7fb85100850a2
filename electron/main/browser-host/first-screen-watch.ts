import type { RequestWatch } from './server';

/**
 * Tells once when the page's files are out (`filesOut`: the page sent, then no request in flight
 * for FILES_QUIET_MS), and once when the first screen is up (`onUp`: its list answered and then no
 * request, file or call, for QUIET_MS, so the page has drawn it, its texts and images at hand).
 */
export class FirstScreenWatch implements RequestWatch {
  /** Whether anything (the page, a file, a call) has been asked for. */
  requestSeen = false;
  private inFlight = 0;
  private pageSent = false;
  private filesOutTold = false;
  private filesQuiet: ReturnType<typeof setTimeout> | undefined;
  private listAnswered = false;
  private done = false;
  private quiet: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onUp: () => void,
    private readonly filesOut: () => void,
  ) {}

  started(): void {
    this.requestSeen = true;
    clearTimeout(this.quiet);
    clearTimeout(this.filesQuiet);
    this.inFlight++;
  }

  ended(): void {
    this.inFlight--;
    this.waitForFilesOut();
    this.waitForQuiet();
  }

  pageServed(): void {
    this.pageSent = true;
    this.waitForFilesOut();
  }

  /** The first screen's list has been answered (a page on another screen makes other calls). */
  answeredList(): void {
    this.listAnswered = true;
    this.waitForQuiet();
  }

  private waitForFilesOut(): void {
    if (this.filesOutTold || !this.pageSent || this.inFlight > 0) return;
    clearTimeout(this.filesQuiet);
    this.filesQuiet = setTimeout(() => {
      if (this.inFlight > 0 || this.filesOutTold) return;
      this.filesOutTold = true;
      this.filesOut();
    }, FILES_QUIET_MS);
  }

  private waitForQuiet(): void {
    if (this.done || !this.listAnswered || this.inFlight > 0) return;
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => {
      if (this.inFlight > 0 || this.done) return;
      this.done = true;
      this.onUp();
    }, QUIET_MS);
  }
}

/**
 * How long nothing is asked for after the page before its files count as out. The browser asks
 * for the files the page names as it reads the page (before the page has even arrived in full),
 * all at once; the next request is the entry's first call, which opens the workspace anyway.
 */
export const FILES_QUIET_MS = 50;

/**
 * How long the page asks for nothing before its first screen counts as up. The page's code is
 * all at hand before the list is answered (the app's chunks are preloaded), so the page asks for
 * nothing while it builds and draws the list, which takes it a few hundred milliseconds; the
 * table's load (a third of a second of the host) must not compete with that.
 */
export const QUIET_MS = 400;
