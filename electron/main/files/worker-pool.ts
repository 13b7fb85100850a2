/**
 * Runs work on untrusted input in worker threads with a memory ceiling and a time limit, so a
 * hostile file can neither kill nor freeze the process that serves the UI. Each job gets a fresh
 * worker, ended as soon as the job is done (its memory goes back at once); at most
 * `concurrency` run at the same time, the others wait their turn.
 *
 * - Memory: `resourceLimits` caps the worker's V8 heap; V8 ends only that worker when a parse
 *   needs more (ERR_WORKER_OUT_OF_MEMORY), the main process is not affected.
 * - Time: a job still running after `timeoutMs` is terminated. A worker may stop the clock by
 *   posting `{ type: 'clock', running: false }` (the import worker does, once it starts writing
 *   its transaction: a write is bounded by the rows already checked, and stopping it halfway
 *   would only leave the caller unsure whether it committed).
 * Either way the caller gets `AppError(tooComplexKey)`, a message the UI translates.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { AppError, type IpcError } from '@shared/ipc/errors';
import { transferListOf } from './transfer';

export interface WorkerLimits {
  /** The worker's V8 old-generation ceiling, in MB. */
  maxHeapMb: number;
  /**
   * The worker's young generation (V8's nursery), in MB; by default 16. Parsing makes many
   * short-lived objects: a small nursery keeps the peak low, and V8 grows it to this size.
   */
  youngGenerationMb?: number;
  /** After this long the worker is terminated (unless it stopped the clock). */
  timeoutMs: number;
}

/** What a worker posts back: the job's value, a typed error, or a clock signal. */
export type WorkerReply =
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: IpcError }
  | { type: 'clock'; running: boolean };

export interface WorkerTask {
  workerFile: string;
  workerData: unknown;
  limits: WorkerLimits;
  /** The error key for a job that needed more memory or time than allowed. */
  tooComplexKey: string;
  /** Parameters for that message (e.g. the file name). */
  params?: Record<string, string | number>;
  /** Buffers in `workerData` to move to the worker rather than copy (the sender loses them). */
  transfer?: ArrayBuffer[];
}

/** A small queue of worker jobs: at most `concurrency` workers at a time. */
export class WorkerPool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Workers started ahead of their job, by file and heap limit: one each, for the next job. */
  private readonly standby = new Map<string, Worker>();

  constructor(private readonly concurrency = 2) {}

  async run<T>(task: WorkerTask): Promise<T> {
    await this.turn();
    try {
      const key = standbyKey(task.workerFile, task.limits);
      const ready = this.standby.get(key);
      this.standby.delete(key);
      return (await runWorker(task, ready)) as T;
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /**
   * Starts a worker for the next job on `workerFile` now (when that job is likely to follow, such
   * as the commit of a file being analysed), so the job does not wait for a thread to start and
   * load its code. It still does one job only; until then it waits, holding no input, and does
   * not keep the process alive. The worker takes its input with `jobInput()`; `warmUp` tells it
   * what it may load meanwhile (`standbyWarmUp()`).
   */
  startAhead(workerFile: string, limits: WorkerLimits, warmUp?: string): void {
    const key = standbyKey(workerFile, limits);
    if (this.standby.has(key)) return;
    const worker = startWorker(workerFile, limits, { [STANDBY]: true, warmUp } satisfies Standby);
    worker.unref();
    const forget = () => {
      if (this.standby.get(key) === worker) this.standby.delete(key);
    };
    worker.once('error', forget);
    worker.once('exit', forget);
    this.standby.set(key, worker);
  }

  private turn(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running++;
        resolve();
      }),
    );
  }
}

/** What a worker started ahead of its job gets as `workerData`. */
const STANDBY = 'klantspiegelStandby';
interface Standby {
  [STANDBY]: true;
  warmUp?: string | undefined;
}

function isStandby(data: unknown): data is Standby {
  return typeof data === 'object' && data !== null && (data as Standby)[STANDBY] === true;
}

function standbyKey(workerFile: string, limits: WorkerLimits): string {
  return `${workerFile}\n${limits.maxHeapMb}\n${limits.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB}`;
}

const DEFAULT_YOUNG_GENERATION_MB = 16;

/** A worker with the memory ceiling; its job comes as `workerData` or as its first message. */
function startWorker(
  workerFile: string,
  limits: WorkerLimits,
  data?: unknown,
  transfer: ArrayBuffer[] = [],
): Worker {
  return new Worker(workerFile, {
    ...(data === undefined ? {} : { workerData: data, transferList: transfer }),
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxHeapMb,
      maxYoungGenerationSizeMb: limits.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB,
    },
  });
}

function runWorker(task: WorkerTask, standby?: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    if (standby) {
      worker = standby;
      worker.removeAllListeners();
      worker.ref();
      worker.postMessage(task.workerData, task.transfer ?? []);
    } else {
      worker = startWorker(task.workerFile, task.limits, task.workerData, task.transfer);
    }
    let settled = false;
    const tooComplex = () => new AppError(task.tooComplexKey, task.params ?? {});
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      // The job is done: end the worker now rather than when it gets round to exiting.
      void worker.terminate();
    };
    let timer = setTimeout(() => finish(() => reject(tooComplex())), task.limits.timeoutMs);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'clock') {
        clearTimeout(timer);
        if (reply.running) {
          timer = setTimeout(() => finish(() => reject(tooComplex())), task.limits.timeoutMs);
        }
      } else if (reply.type === 'done') {
        finish(() => resolve(reply.value));
      } else {
        const { key, params, issues } = reply.error;
        // A bug in the worker is logged by the dispatcher as any other, and not shown in detail.
        const failure =
          key === 'errors.internal'
            ? workerCrashed(new Error(String(params?.detail ?? 'unknown')))
            : new AppError(key, params ?? {}, issues);
        finish(() => reject(failure));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish(() =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : workerCrashed(error)),
      );
    });
    worker.on('exit', (code) => {
      finish(() => reject(workerCrashed(new Error(`worker stopped with exit code ${code}`))));
    });
  });
}

function workerCrashed(error: Error): Error {
  return new Error(`worker failed: ${error.message}`, { cause: error });
}

/**
 * The worker side: the job's input, given at the start (`workerData`) or, to a worker started
 * ahead of its job (WorkerPool.startAhead), as its first message.
 */
export function jobInput<T>(): Promise<T> {
  if (!isStandby(workerData)) return Promise.resolve(workerData as T);
  return new Promise((resolve) => parentPort?.once('message', (input) => resolve(input as T)));
}

/** In a worker started ahead of its job: what it may load while it waits (see startAhead). */
export function standbyWarmUp(): string | undefined {
  return isStandby(workerData) ? workerData.warmUp : undefined;
}

/** How a worker posts a reply: with the buffers to move rather than copy (see transfer.ts). */
export type PostReply = (reply: WorkerReply, transfer?: ArrayBuffer[]) => void;

/**
 * The worker side: runs `work` and posts its value (moving the buffers it is marked with,
 * `withTransfer`), or its failure as a typed error. A stack
 * overflow or an allocation V8 refuses (a RangeError, e.g. from a deeply nested document) is
 * the input's fault, not a bug, and is reported as `tooComplexKey`.
 */
export async function answerFromWorker(
  post: PostReply,
  work: () => Promise<unknown>,
  tooComplex: IpcError,
): Promise<void> {
  try {
    const value = await work();
    post({ type: 'done', value }, transferListOf(value));
  } catch (error) {
    if (error instanceof AppError) post({ type: 'failed', error: error.toIpcError() });
    else if (error instanceof RangeError) post({ type: 'failed', error: tooComplex });
    else
      post({
        type: 'failed',
        error: { key: 'errors.internal', params: { detail: String(error).slice(0, 500) } },
      });
  }
}
