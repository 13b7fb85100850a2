/**
 * Autosave without React: changes are merged into one pending value and saved after a short
 * pause, at once on request, or when the screen closes; saves run one at a time, in order; a
 * failed save keeps its changes for the next try. `useAutosave` wires it into components, and
 * every form that saves as the consultant types uses that hook.
 */

/** The pause after the last keystroke before a save (or, throttled, after the first one). */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What a save reports: `invalid` when the value was not sent because it does not validate. */
export type SaveOutcome = 'saved' | 'invalid';

export interface AutosaveOptions<P> {
  /** Sends what is pending. Throws when it could not be saved (the changes are kept). */
  save(pending: P): Promise<SaveOutcome | void>;
  /** Combines pending changes with newer ones (e.g. a patch spread, or "the newer wins"). */
  merge(older: P, newer: P): P;
  /**
   * `debounce`: saves after a pause in typing. `throttle`: at most the delay after the first
   * unsaved change, so continuous typing is still saved regularly (interview notes).
   */
  timing?: 'debounce' | 'throttle';
  delayMs?: number;
}

export class AutosaveQueue<P> {
  private pending: { value: P } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private current: SaveState = 'idle';
  private lastError: unknown = undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private options: AutosaveOptions<P>) {}

  /** Takes newer `save` and `merge` functions (a component's latest closures). */
  setOptions(options: AutosaveOptions<P>): void {
    this.options = options;
  }

  get state(): SaveState {
    return this.current;
  }

  get error(): unknown {
    return this.lastError;
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a change; saved after the delay, or at once with `immediately`. */
  change(value: P, immediately = false): void {
    this.pending = { value: this.pending ? this.options.merge(this.pending.value, value) : value };
    this.setState('saving');
    if (immediately) {
      void this.flush();
      return;
    }
    const delay = this.options.delayMs ?? AUTOSAVE_DELAY_MS;
    if (this.options.timing === 'throttle') {
      this.timer ??= setTimeout(() => void this.flush(), delay);
    } else {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), delay);
    }
  }

  /** Saves whatever is pending now; resolves when everything queued so far is saved or failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const run = this.saveOne(pending.value);
    this.running = run;
    try {
      await run;
    } finally {
      this.running = null;
    }
  }

  private async saveOne(value: P): Promise<void> {
    this.setState('saving');
    try {
      const outcome = await this.options.save(value);
      this.lastError = undefined;
      if (this.pending) this.setState('saving');
      else this.setState(outcome === 'invalid' ? 'idle' : 'saved');
    } catch (error) {
      // Keep what failed under anything typed since, so the next save carries both.
      this.pending = {
        value: this.pending ? this.options.merge(value, this.pending.value) : value,
      };
      this.lastError = error;
      this.setState('error');
    }
  }

  private setState(state: SaveState): void {
    this.current = state;
    for (const listener of this.listeners) listener();
  }
}
