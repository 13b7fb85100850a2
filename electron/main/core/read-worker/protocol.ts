/**
 * The read worker's calls and messages, known to both sides (main and the worker thread).
 *
 * The calls are the reads that take tens of milliseconds on a large engagement (decoding and
 * scoring thousands of respondents, building the report): main validates them, then hands them to
 * the worker, which runs the very same handlers on its own read-only connection and answers with
 * the value already encoded as wire text.
 */
import type { CallName } from '@shared/ipc';
import type { IpcError } from '@shared/ipc/errors';

export const OFF_MAIN_CALLS = [
  'gaps.analyse',
  'report.get',
  'questionnaire.results',
  'respondents.list',
] as const satisfies readonly CallName[];

export type OffMainCall = (typeof OFF_MAIN_CALLS)[number];

const OFF_MAIN: ReadonlySet<string> = new Set(OFF_MAIN_CALLS);

export function isOffMainCall(name: string): name is OffMainCall {
  return OFF_MAIN.has(name);
}

/** What the worker is started with. */
export interface ReadWorkerData {
  host: 'electron' | 'browser';
  appVersion: string;
  /** The workspace file it reads (opened at once, to warm up on). */
  databasePath: string;
  /** How long after its start the worker warms up (see warm-up.ts). */
  warmUpDelayMs: number;
  /** How many recent engagements the warm-up decodes and analyses (default RECENT_ENGAGEMENTS). */
  warmUpEngagements?: number;
}

export type ReadRequest =
  | {
      type: 'call';
      id: number;
      /** The workspace file main has open now (a restore may have replaced it). */
      databasePath: string;
      name: OffMainCall;
      /** Already validated by main's dispatcher. */
      arg: unknown;
    }
  /** Close the connection: a restore is about to replace the file. */
  | { type: 'release'; id: number }
  /** Answer once the warm-up has run (bench and tests). */
  | { type: 'warmedUp'; id: number };

export type ReadReply =
  | { id: number; ok: true; text: string }
  | { id: number; ok: false; error: IpcError; internal?: string };
