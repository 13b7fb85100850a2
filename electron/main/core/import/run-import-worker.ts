import { SURVEY_YOUNG_GENERATION_MB } from '@main/files/parse-jobs';
import { WorkerPool, type WorkerLimits } from '@main/files/worker-pool';
import type { FileIdentity } from '../db/file-identity';
import type { CommitRequest, ImportResult } from './survey-import';
import { preparedBuffers } from './prepared-rows';

/** Where an import writes: the workspace file, and which file that must still be. */
export interface ImportTarget {
  databasePath: string;
  fileIdentity: FileIdentity;
}

export type { CommitRequest } from './survey-import';

export type ImportRunner = ((
  target: ImportTarget,
  request: CommitRequest,
) => Promise<ImportResult>) & {
  /** A commit is likely to follow (a file is being analysed): get its worker ready now. */
  startAhead?: () => void;
};

export interface ImportWorkerInput {
  target: ImportTarget;
  request: CommitRequest;
}

/**
 * Reading and checking the file gets the same limits as the analysis (parse-jobs.ts); the clock
 * stops once the worker starts its transaction.
 */
const IMPORT_LIMITS: WorkerLimits = {
  maxHeapMb: 2048,
  timeoutMs: 120_000,
  youngGenerationMb: SURVEY_YOUNG_GENERATION_MB,
};

/**
 * Runs imports in the worker at `workerFile` (the built import-worker.js), one worker per
 * import, with a memory ceiling and a time limit for reading the file (see worker-pool.ts).
 * `startAhead` starts the next import's worker ahead, while its file is analysed: the commit then
 * does not wait for a thread to start and load the storage code.
 */
export function workerImportRunner(
  workerFile: string,
  limits: Partial<WorkerLimits> = {},
): ImportRunner {
  const pool = new WorkerPool();
  const workerLimits = { ...IMPORT_LIMITS, ...limits };
  const run: ImportRunner = ({ databasePath, fileIdentity }, request) =>
    pool.run<ImportResult>({
      workerFile,
      // Only these two travel: the target may be the whole Workspace.
      workerData: { target: { databasePath, fileIdentity }, request } satisfies ImportWorkerInput,
      limits: workerLimits,
      tooComplexKey: 'import.tooComplex',
      params: { fileName: request.file.fileName },
      // The analysed rows move to the worker: main has taken them for this one commit.
      transfer: request.prepared ? preparedBuffers(request.prepared) : [],
    });
  run.startAhead = () => pool.startAhead(workerFile, workerLimits);
  return run;
}
