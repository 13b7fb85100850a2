import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RestoreResult } from '@shared/ipc/data-safety';
import { AppError } from '@shared/ipc/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { Workspace } from '../workspace';
import type { WorkspaceHolder } from '../workspace-holder';
import {
  backupDir,
  backupInfo,
  fsyncDirectory,
  fsyncPath,
  parseBackupFileName,
} from './backup-files';
import { createBackup, rotateBackups } from './backups';
import { inspectDatabaseFile } from './file-check';
import { secureFile } from '../file-permissions';

/**
 * Replaces the workspace by one of its backups:
 * 1. the backup is checked (a SQLite file that passes `quick_check`, not from a newer app);
 * 2. the current state is backed up ("pre-restore"), so the restore itself can be undone;
 * 3. other connections to the file (the read worker's) are closed;
 * 4. synchronously from here, so no other call runs against a closed database: the workspace is
 *    closed, the backup copied next to it, flushed, and renamed over `workspace.sqlite`;
 * 5. the workspace is opened again (migrating an older backup, after a backup of its own) and
 *    handed to the holder every handler reads through.
 * If reopening fails, the pre-restore copy is put back, so the app always has a workspace.
 *
 * All of it runs with nothing else in flight (WorkspaceHolder.exclusively): it first waits for
 * running calls (an import committing in its worker, an archive being imported) to finish, and
 * refuses with `backup.busy` when they take longer than `waitMs`; calls arriving meanwhile wait
 * for the restored workspace. Another process cannot write to the folder: it is locked
 * (workspace-lock.ts).
 */
export async function restoreBackup(
  holder: WorkspaceHolder,
  fileName: string,
  open: (dataDir: string) => Workspace = (dataDir) => Workspace.open(dataDir),
  waitMs = RESTORE_WAIT_MS,
): Promise<RestoreResult> {
  return holder.exclusively(() => restoreAlone(holder, fileName, open), waitMs);
}

/**
 * How long a restore waits for running calls. A 10,000-row import commits within a few seconds;
 * calls arriving meanwhile wait too, so the wait is kept short and a longer one is refused.
 */
export const RESTORE_WAIT_MS = 15_000;

async function restoreAlone(
  holder: WorkspaceHolder,
  fileName: string,
  open: (dataDir: string) => Workspace,
): Promise<RestoreResult> {
  const { dataDir, databasePath } = holder.current;
  const source = join(backupDir(dataDir), fileName);
  if (!parseBackupFileName(fileName) || !existsSync(source)) {
    throw new AppError('backup.notFound', { fileName });
  }
  const verdict = inspectDatabaseFile(source);
  if (!verdict.ok) throw new AppError('backup.unreadable', { fileName });
  if (verdict.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('backup.tooNew', { fileName });
  }
  const restored = backupInfo(dataDir, fileName);
  const safetyBackup = await createBackup(holder.current, 'pre-restore');
  // The read worker's connection closes first: it must neither keep the old file's WAL nor
  // read the old file after the swap (it opens the restored one at its next call).
  await holder.releaseOtherConnections();

  // --- synchronous from here on ---
  const current = holder.current;
  // Another connection (an import worker) still writing would keep its WAL: refuse, do not race.
  const checkpoint = current.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (checkpoint[0]?.busy) throw new AppError('backup.busy');
  current.close();
  try {
    replaceDatabaseFile(databasePath, source);
    holder.replace(open(dataDir));
  } catch (error) {
    replaceDatabaseFile(databasePath, join(backupDir(dataDir), safetyBackup.fileName));
    holder.replace(open(dataDir));
    const failure = new AppError('backup.restoreFailed', { fileName });
    failure.cause = error;
    throw failure;
  }
  rotateBackups(dataDir);
  return { restored, safetyBackup };
}

/** Copies `source` over the closed database file, atomically and durably. */
function replaceDatabaseFile(databasePath: string, source: string): void {
  const incoming = `${databasePath}.restoring`;
  copyFileSync(source, incoming);
  secureFile(incoming);
  fsyncPath(incoming);
  // The closed connection checkpointed and removed its WAL; leftovers would be replayed onto
  // the restored file, so they go.
  rmSync(`${databasePath}-wal`, { force: true });
  rmSync(`${databasePath}-shm`, { force: true });
  renameSync(incoming, databasePath);
  fsyncDirectory(join(databasePath, '..'));
}
