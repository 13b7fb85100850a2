/**
 * Backups of the workspace database into `<dataDir>/backups/`.
 *
 * - Online backups (start-up, "make a backup now", before a restore) use SQLite's backup API
 *   through better-sqlite3's `db.backup()`: a consistent copy while the app keeps working. It is
 *   asynchronous (it copies pages between turns of the event loop); none of our transactions
 *   await, so a backup never sees half of one.
 * - The backup before migrations is synchronous: `openWorkspaceDb` calls its `beforeMigrate` hook
 *   synchronously, before the migration transaction. `VACUUM INTO` writes a consistent, compact
 *   copy from the same connection, and no other connection exists yet at that point.
 *
 * Every backup is written under a temporary name, flushed and then renamed, so the list never
 * shows a half-written file; rotation then keeps the newest few plus 7 daily and 4 weekly.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '@shared/ipc/data-safety';
import type { WorkspaceDb } from '../db/open-workspace';
import { createPrivateFile } from '../file-permissions';
import {
  backupDir,
  backupInfo,
  listBackups,
  publishFile,
  removePartialBackups,
  reserveBackup,
} from './backup-files';
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from './rotation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a backup needs of the workspace (kept narrow so this module does not import it). */
export interface BackupSource {
  db: WorkspaceDb;
  dataDir: string;
}

/** A consistent copy of the open workspace, made while the app keeps running. */
export async function createBackup(
  source: BackupSource,
  reason: BackupReason,
  now: Date = new Date(),
): Promise<BackupInfo> {
  const { fileName, finalPath, partialPath } = reserveBackup(source.dataDir, reason, now);
  try {
    // Created private, then filled: the copy is never readable by others, not even half made.
    createPrivateFile(partialPath);
    await source.db.backup(partialPath);
    publishFile(partialPath, finalPath);
  } catch (error) {
    rmSync(partialPath, { force: true });
    throw error;
  }
  return backupInfo(source.dataDir, fileName);
}

/** The same, synchronously, from the connection that is about to migrate (see above). */
export function createBackupSync(
  db: WorkspaceDb,
  dataDir: string,
  reason: BackupReason,
  now: Date = new Date(),
): BackupInfo {
  const { fileName, finalPath, partialPath } = reserveBackup(dataDir, reason, now);
  try {
    createPrivateFile(partialPath);
    db.prepare('VACUUM INTO ?').run(partialPath);
    publishFile(partialPath, finalPath);
  } catch (error) {
    rmSync(partialPath, { force: true });
    throw error;
  }
  return backupInfo(dataDir, fileName);
}

/**
 * The `beforeMigrate` hook of `openWorkspaceDb`: backs the file up before its schema changes. A
 * new, empty workspace (version 0) has nothing to lose and gets no backup.
 */
export function backupBeforeMigrate(dataDir: string) {
  return (db: WorkspaceDb, fromVersion: number): void => {
    if (fromVersion === 0) return;
    createBackupSync(db, dataDir, 'pre-migration');
    rotateBackups(dataDir);
  };
}

/** Deletes the backups the rotation policy no longer keeps; returns their names. */
export function rotateBackups(
  dataDir: string,
  policy: RotationPolicy = DEFAULT_ROTATION,
  now: Date = new Date(),
): string[] {
  removePartialBackups(dataDir, DAY_MS, now.getTime());
  const doomed = backupsToDelete(listBackups(dataDir), policy);
  for (const backup of doomed) rmSync(join(backupDir(dataDir), backup.fileName), { force: true });
  return doomed.map((backup) => backup.fileName);
}

/** Makes a daily backup when the newest one is older than a day (or there is none). */
export async function ensureRecentBackup(
  source: BackupSource,
  now: Date = new Date(),
): Promise<BackupInfo | null> {
  const newest = listBackups(source.dataDir)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  const made = await createBackup(source, 'daily', now);
  rotateBackups(source.dataDir, DEFAULT_ROTATION, now);
  return made;
}

/**
 * Checks at start-up and then every hour (the app may stay open for days) whether a daily backup
 * is due. `current` is read each time, so a restored workspace is the one backed up.
 */
export function startBackupSchedule(
  current: () => BackupSource,
  log: (message: string, error: unknown) => void,
  intervalMs = 60 * 60 * 1000,
): () => void {
  let running = false;
  const check = () => {
    if (running) return;
    running = true;
    ensureRecentBackup(current())
      .catch((error: unknown) => log('Automatic backup failed', error))
      .finally(() => (running = false));
  };
  check();
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
