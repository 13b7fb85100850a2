/**
 * The app's dispatcher as the bench calls it: the real handlers, with surveys parsed in the app's
 * parse worker, committed in its import worker (their memory and time limits included) and the
 * heavy reads run in its read worker — all three the files the app ships (out/main).
 */
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { workerImportRunner } from '@main/core/import/run-import-worker';
import { ReadWorker } from '@main/core/read-worker/client';
import type { Workspace } from '@main/core/workspace';
import { parseInWorkers } from '@main/files/parse-jobs';
import { appBuildFile } from './measure';

export interface AppDispatcherOptions {
  /**
   * The read worker's warm-up delay; by default none (-1): a bench that does not measure reads
   * (an import) is not disturbed by it.
   */
  warmUpDelayMs?: number;
  /** How many recent engagements its warm-up decodes ahead (default: the app's). */
  warmUpEngagements?: number;
}

export function appDispatcher(workspace: Workspace, options: AppDispatcherOptions = {}) {
  return appDispatcherWithReads(workspace, options).dispatch;
}

/** The dispatcher and its read worker (to wait for its warm-up, or to stop it). */
export function appDispatcherWithReads(workspace: Workspace, options: AppDispatcherOptions = {}) {
  const reads = new ReadWorker(appBuildFile('read-worker.js'), {
    host: 'browser',
    appVersion: 'bench',
    databasePath: workspace.databasePath,
    warmUpDelayMs: options.warmUpDelayMs ?? -1,
    ...(options.warmUpEngagements === undefined
      ? {}
      : { warmUpEngagements: options.warmUpEngagements }),
  }).start();
  const dispatch = createDispatcher(createHandlers(), {
    workspace,
    host: 'browser',
    appVersion: 'bench',
    parse: parseInWorkers(appBuildFile('parse-worker.js')),
    runImport: workerImportRunner(appBuildFile('import-worker.js')),
    reads,
  });
  return { dispatch, reads };
}
