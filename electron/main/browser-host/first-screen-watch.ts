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
  private listAnswered = false;
  private readonly filesOutSignal: QuietSignal;
  private readonly upSignal: QuietSignal;

  constructor(onUp: () => void, filesOut: () => void) {
    const idle = () => this.inFlight === 0;
    this.filesOutSignal = new QuietSignal(FILES_QUIET_MS, () => this.pageSent && idle(), filesOut);
    this.upSignal = new QuietSignal(QUIET_MS, () => this.listAnswered && idle(), onUp);
  }

  started(): void {
    this.requestSeen = true;
    this.inFlight++;
    this.filesOutSignal.interrupt();
    this.upSignal.interrupt();
  }

  ended(): void {
    this.inFlight--;
    this.filesOutSignal.check();
    this.upSignal.check();
  }

  pageServed(): void {
    this.pageSent = true;
    this.filesOutSignal.check();
  }

  /** The first screen's list has been answered (a page on another screen makes other calls). */
  answeredList(): void {
    this.listAnswered = true;
    this.upSignal.check();
  }
}

/** Tells once, when `due` has held for `quietMs` with no request started meanwhile. */
class QuietSignal {
  private told = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly quietMs: number,
    private readonly due: () => boolean,
    private readonly tell: () => void,
  ) {}

  /** A request started: the quiet moment, if one was running, is over. */
  interrupt(): void {
    clearTimeout(this.timer);
  }

  /** Starts the quiet moment again if the signal is due (and not told yet). */
  check(): void {
    if (this.told || !this.due()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.told || !this.due()) return;
      this.told = true;
      this.tell();
    }, this.quietMs);
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
