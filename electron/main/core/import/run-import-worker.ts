import { Worker } from 'node:worker_threads';
import { AppError, type IpcError } from '@shared/ipc/errors';
import type { ImportMapping } from '@shared/import';
import type { ImportRequest, ImportResult } from './survey-import';

export type ImportRunner = (
  databasePath: string,
  request: ImportRequest & { mapping: ImportMapping },
) => Promise<ImportResult>;

/**
 * Runs imports in the worker at `workerFile` (the built import-worker.js). The young generation is
 * kept small: imports create many short-lived objects, and a large nursery only raises the peak.
 */
export function workerImportRunner(workerFile: string): ImportRunner {
  return (databasePath, request) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, {
        workerData: { databasePath, request },
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
      });
      worker.once(
        'message',
        (message: { ok: true; value: ImportResult } | { ok: false; error: IpcError }) => {
          if (message.ok) resolve(message.value);
          else
            reject(
              new AppError(message.error.key, message.error.params ?? {}, message.error.issues),
            );
        },
      );
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`import worker stopped with exit code ${code}`));
      });
    });
}
