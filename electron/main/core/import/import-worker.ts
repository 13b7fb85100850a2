/**
 * Worker-thread entry for committing an import. Parsing and checking a large file allocates a
 * lot of short-lived objects; in a worker with a small young generation this neither blocks the
 * main process (which keeps answering the UI) nor inflates its memory. The worker opens its own
 * connection to the same workspace file (WAL allows it) and commits in one transaction.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '@shared/ipc/errors';
import type { ImportMapping } from '@shared/import';
import { EngagementRepository } from '../repositories/engagements';
import { InstrumentRepository } from '../repositories/instruments';
import { RespondentRepository } from '../repositories/respondents';
import { commitImport, type ImportRequest } from './survey-import';

interface WorkerInput {
  databasePath: string;
  request: ImportRequest & { mapping: ImportMapping };
}

async function run() {
  const { databasePath, request } = workerData as WorkerInput;
  const db = new Database(databasePath);
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const respondents = new RespondentRepository(db);
    const stores = {
      db,
      engagements: new EngagementRepository(db),
      instruments: new InstrumentRepository(db, respondents),
      respondents,
    };
    parentPort?.postMessage({ ok: true, value: await commitImport(stores, request) });
  } catch (error) {
    parentPort?.postMessage({
      ok: false,
      error:
        error instanceof AppError
          ? error.toIpcError()
          : { key: 'errors.internal', params: { detail: String(error) } },
    });
  } finally {
    db.close();
  }
}

void run();
