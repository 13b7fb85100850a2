/**
 * Main's side of the read worker (read-worker.ts): one long-lived worker thread, started when
 * the workspace opens, that runs the heavy reads (OFF_MAIN_CALLS) so no such call holds the main
 * process up. The dispatcher validates a call and applies the kiosk guard first, then hands it
 * here; the answer comes back as wire text (`PreEncoded`), which the transports pass on as it is.
 *
 * The thread does not keep the process alive while idle. When it stops (a crash), the calls
 * waiting for it fail and the next call starts a new one.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '@shared/ipc/errors';
import { PreEncoded } from '@shared/ipc/wire';
import type { WorkspaceHolder } from '../workspace-holder';
import { WARM_UP_DELAY_MS } from '../warm-up';
import {
  isOffMainCall,
  type OffMainCall,
  type ReadReply,
  type ReadRequest,
  type ReadWorkerData,
} from './protocol';

/**
 * The read worker's nursery. Its answers outlive the young generation anyway (they are the
 * result), and most of a first call's garbage is short-lived numbers of code still running
 * interpreted. At V8's default (16 MB) the nursery grew into fresh memory during a fresh
 * worker's first gap analysis, and first-touching memory is costly (some 3 ms a megabyte on the
 * bench machine): with 4 MB, as the survey workers have (files/parse-jobs.ts), the first Kloof
 * call of 5,000 respondents took some 30 ms less CPU (bench case analysis, alternated runs),
 * warm calls the same.
 */
const READ_WORKER_YOUNG_GENERATION_MB = 4;

/** What the dispatcher needs: which calls go off the main thread, and a way to run them. */
export interface OffMainReads {
  runs(name: string): name is OffMainCall;
  call(databasePath: string, name: OffMainCall, arg: unknown): Promise<PreEncoded>;
}

export interface ReadWorkerOptions {
  host: ReadWorkerData['host'];
  appVersion: string;
  /** The workspace file (the warm-up reads it); each call names the current one again. */
  databasePath: string;
  /** Delay of the warm-up after the start; negative: none (tests). */
  warmUpDelayMs?: number;
  /** How many recent engagements the warm-up decodes ahead (default: the app's). */
  warmUpEngagements?: number;
}

interface Waiting {
  name: string;
  resolve(text: string): void;
  reject(error: unknown): void;
}

/** A worker's internal failure, logged by the dispatcher like any other. */
export class ReadWorkerError extends Error {
  constructor(name: string, detail: string) {
    super(`read worker: ${name} failed\n${detail}`);
    this.name = 'ReadWorkerError';
  }
}

export class ReadWorker implements OffMainReads {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly workerFile: string,
    private readonly options: ReadWorkerOptions,
  ) {}

  /** Starts the thread now (at workspace open), so it loads its code and warms up ahead. */
  start(): this {
    this.thread();
    return this;
  }

  runs(name: string): name is OffMainCall {
    return isOffMainCall(name);
  }

  async call(databasePath: string, name: OffMainCall, arg: unknown): Promise<PreEncoded> {
    const text = await this.request((id) => ({ type: 'call', id, databasePath, name, arg }), name);
    return new PreEncoded(text);
  }

  /**
   * Closes the worker's connection (a restore is about to replace the file; see
   * WorkspaceHolder.beforeReplace). The next call opens the file anew.
   */
  async release(): Promise<void> {
    if (!this.worker) return;
    await this.request((id) => ({ type: 'release', id }), 'release');
  }

  /** Resolves once the worker's start-up warm-up has run (bench and tests). */
  async warmedUp(): Promise<void> {
    await this.request((id) => ({ type: 'warmedUp', id }), 'warm-up');
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private request(message: (id: number) => ReadRequest, name: string): Promise<string> {
    const id = this.nextId++;
    const worker = this.thread();
    return new Promise<string>((resolve, reject) => {
      this.waiting.set(id, { name, resolve, reject });
      // Waiting for an answer keeps the process alive; an idle worker does not.
      if (this.waiting.size === 1) worker.ref();
      worker.postMessage(message(id));
    })
      .finally(() => {
        if (this.waiting.size === 0) this.worker?.unref();
      })
      .catch((error: unknown) => {
        throw error instanceof AppError || error instanceof ReadWorkerError
          ? error
          : new ReadWorkerError(name, String(error));
      });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const { warmUpDelayMs = WARM_UP_DELAY_MS, ...rest } = this.options;
    const worker = new Worker(this.workerFile, {
      workerData: { ...rest, warmUpDelayMs } satisfies ReadWorkerData,
      resourceLimits: { maxYoungGenerationSizeMb: READ_WORKER_YOUNG_GENERATION_MB },
    });
    worker.unref();
    worker.on('message', (reply: ReadReply) => this.settle(reply));
    const stopped = (reason: unknown) => {
      if (this.worker === worker) this.worker = null;
      const waiting = [...this.waiting.values()];
      this.waiting.clear();
      for (const call of waiting) call.reject(reason);
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`read worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private settle(reply: ReadReply): void {
    const call = this.waiting.get(reply.id);
    if (!call) return;
    this.waiting.delete(reply.id);
    if (reply.ok) call.resolve(reply.text);
    else if (reply.internal !== undefined) {
      call.reject(new ReadWorkerError(call.name, reply.internal));
    } else {
      const { key, params, issues } = reply.error;
      call.reject(new AppError(key, params, issues));
    }
  }
}

/**
 * The read worker of an app or browser host: started ahead, told to let go of the file before a
 * restore replaces it.
 */
export function startReadWorker(
  holder: WorkspaceHolder,
  workerFile: string,
  options: Omit<ReadWorkerOptions, 'databasePath'>,
): ReadWorker {
  const reads = new ReadWorker(workerFile, {
    ...options,
    databasePath: holder.current.databasePath,
  }).start();
  holder.beforeReplace(() => reads.release());
  return reads;
}
