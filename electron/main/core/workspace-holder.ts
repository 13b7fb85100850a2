import { AppError } from '@shared/ipc/errors';
import type { Workspace } from './workspace';

/**
 * The open workspace, replaceable while the app runs: restoring a backup closes the database,
 * swaps the file and opens it again. Everything long-lived (the dispatcher's context, the Electron
 * shell's menu) reads the workspace through a holder instead of keeping the first one.
 */
export class WorkspaceHolder {
  private readonly listeners = new Set<(next: Workspace) => void>();
  private readonly releasers = new Set<() => Promise<void>>();
  /** Calls still running (many await: an import in its worker, an archive being read). */
  private inFlight = 0;
  private readonly whenIdle = new Set<() => void>();
  /** Set while a restore runs: calls arriving meanwhile wait for it. */
  private exclusive: Promise<void> | null = null;

  constructor(private workspace: Workspace) {}

  /**
   * Runs a call against the workspace as "in flight": a restore waits until it is done, and a
   * call that arrives while a restore runs waits for the restored workspace.
   */
  async track<T>(work: () => T | Promise<T>): Promise<T> {
    while (this.exclusive) await this.exclusive;
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of [...this.whenIdle]) wake();
    }
  }

  /**
   * Runs `work` with nothing else in flight: waits up to `waitMs` for running calls (an import
   * of thousands of rows takes seconds) and refuses with `backup.busy` after that. Calls that
   * arrive meanwhile wait until `work` is done.
   */
  async exclusively<T>(work: () => Promise<T>, waitMs: number): Promise<T> {
    while (this.exclusive) await this.exclusive;
    let release = () => {};
    this.exclusive = new Promise<void>((resolve) => (release = resolve));
    try {
      await this.idle(waitMs);
      return await work();
    } finally {
      this.exclusive = null;
      release();
    }
  }

  private idle(waitMs: number): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.whenIdle.delete(wake);
        resolve();
      };
      const timer = setTimeout(() => {
        this.whenIdle.delete(wake);
        reject(new AppError('backup.busy'));
      }, waitMs);
      this.whenIdle.add(wake);
    });
  }

  get current(): Workspace {
    return this.workspace;
  }

  /** Makes `next` the workspace every later call works on; the caller closed the old one. */
  replace(next: Workspace): void {
    this.workspace = next;
    for (const listener of this.listeners) listener(next);
  }

  /**
   * `release` runs before a restore replaces the file (with nothing else in flight): other
   * connections to it (the read worker's) close, so none reads the old file or holds its WAL.
   */
  beforeReplace(release: () => Promise<void>): () => void {
    this.releasers.add(release);
    return () => this.releasers.delete(release);
  }

  /** Called by a restore before it closes the workspace and replaces its file. */
  async releaseOtherConnections(): Promise<void> {
    await Promise.all([...this.releasers].map((release) => release()));
  }

  onReplace(listener: (next: Workspace) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
