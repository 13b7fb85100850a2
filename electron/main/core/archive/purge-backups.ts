/**
 * After "Archive and remove", the engagement still lies in the backups made before: up to four
 * weeks of them. On the consultant's choice it is removed from each of them as securely as from
 * the workspace (secure delete, search indexes optimised, VACUUM), or the backups holding it are
 * deleted. A backup holds it when it has an engagement with the same id and the same creation
 * moment: ids are reused after a delete, creation moments are not.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCleanup } from '@shared/ipc/data-safety';
import { backupDir, listBackups } from '../backup/backup-files';
import { readDatabaseFile } from '../backup/file-check';
import { configureConnection } from '../db/open-workspace';
import { secureFile } from '../file-permissions';
import { removeEngagementSecurely } from './secure-remove';

export interface RemovedEngagement {
  id: number;
  createdAt: string;
}

export interface BackupCleanupResult {
  cleanup: BackupCleanup;
  cleaned: string[];
  failed: string[];
}

export function cleanEngagementFromBackups(
  dataDir: string,
  engagement: RemovedEngagement,
  cleanup: BackupCleanup,
): BackupCleanupResult {
  const result: BackupCleanupResult = { cleanup, cleaned: [], failed: [] };
  if (cleanup === 'keep') return result;
  for (const backup of listBackups(dataDir)) {
    const path = join(backupDir(dataDir), backup.fileName);
    try {
      if (!holdsEngagement(path, engagement)) continue;
      if (cleanup === 'delete') {
        rmSync(path, { force: true });
        for (const side of ['-wal', '-shm', '-journal']) rmSync(`${path}${side}`, { force: true });
      } else {
        purge(path, engagement.id);
      }
      result.cleaned.push(backup.fileName);
    } catch {
      // A damaged backup cannot be cleaned; the consultant is told which one it is.
      result.failed.push(backup.fileName);
    }
  }
  return result;
}

function holdsEngagement(path: string, engagement: RemovedEngagement): boolean {
  return readDatabaseFile(
    path,
    (db) =>
      db
        .prepare('SELECT 1 FROM engagements WHERE id = ? AND created_at = ?')
        .get(engagement.id, engagement.createdAt) !== undefined,
  );
}

/** One transaction plus VACUUM: the backup is whole before and after, never half purged. */
function purge(path: string, engagementId: number): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    configureConnection(db);
    removeEngagementSecurely(db, engagementId);
  } finally {
    db.close();
  }
  secureFile(path);
}
