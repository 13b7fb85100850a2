/**
 * Worker-thread entry for committing an import. Parsing and checking a large file allocates a
 * lot of short-lived objects; in a worker with a small young generation and a memory ceiling
 * this neither blocks the main process (which keeps answering the UI) nor inflates its memory,
 * and a hostile file costs only this thread. The worker opens its own connection to the same
 * workspace file (WAL allows it) and commits in one transaction.
 *
 * Inside that transaction, with the write lock held, it checks that the workspace path still
 * names the file main had open when the import started: a restore renames another file over it,
 * and rows written into the replaced file would be acknowledged and then be nowhere.
 */
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { AppError } from '@shared/ipc/errors';
import { answerFromWorker, jobInput, type PostReply } from '@main/files/worker-pool';
import { fileIdentity, sameFile } from '../db/file-identity';
import { configureImportConnection } from '../db/open-workspace';
import { EngagementRepository } from '../repositories/engagements';
import { InstrumentRepository } from '../repositories/instruments';
import { RespondentRepository } from '../repositories/respondents';
import { RespondentBatchRepository } from '../repositories/respondent-batches';
import type { ImportWorkerInput } from './run-import-worker';
import { commitImport } from './survey-import';

const post: PostReply = (reply, transfer) => parentPort?.postMessage(reply, transfer);

async function run({ target, request }: ImportWorkerInput) {
  const db = new Database(target.databasePath, { fileMustExist: true });
  try {
    configureImportConnection(db);
    const respondents = new RespondentRepository(db);
    return await commitImport(
      {
        db,
        engagements: new EngagementRepository(db),
        instruments: new InstrumentRepository(db, respondents),
        respondents,
        batches: new RespondentBatchRepository(db),
        onWriting: () => post({ type: 'clock', running: false }),
        checkTarget: () => {
          if (!sameFile(fileIdentity(target.databasePath), target.fileIdentity)) {
            throw new AppError('import.workspaceReplaced');
          }
        },
      },
      request,
    );
  } finally {
    // Closed before the answer is posted: main ends the thread as soon as it has the answer.
    db.close();
  }
}

// The input comes at the start or, when main started this worker ahead of the commit (while the
// file was being analysed), as the first message.
void jobInput<ImportWorkerInput>().then((input) =>
  answerFromWorker(post, () => run(input), {
    key: 'import.tooComplex',
    params: { fileName: input.request.file.fileName },
  }),
);
