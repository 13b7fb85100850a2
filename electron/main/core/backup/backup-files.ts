import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE_PATTERN, type BackupInfo, type BackupReason } from '@shared/ipc/data-safety';
import { secureDataDir } from '../file-permissions';

export const BACKUP_FOLDER_NAME = 'backups';
/** Backups are written under this prefix and renamed when complete: a half backup is never listed. */
const PARTIAL_PREFIX = '.partial-';

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER_NAME);
}

/** `workspace-2026-05-12T10-15-30-123Z-manual.sqlite` for a backup made at `date`. */
export function backupFileName(reason: BackupReason, date: Date): string {
  return `workspace-${date.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.sqlite`;
}

/** The moment and reason a backup's name encodes, or null for any other file. */
export function parseBackupFileName(
  fileName: string,
): { createdAt: string; reason: BackupReason } | null {
  const match = BACKUP_FILE_PATTERN.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as BackupReason };
}

/** Every complete backup in the folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  const backups: BackupInfo[] = [];
  for (const fileName of readdirSync(dir)) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    try {
      backups.push({ fileName, ...parsed, sizeBytes: statSync(join(dir, fileName)).size });
    } catch {
      // Removed between listing and stat (rotation in another call): not a backup any more.
    }
  }
  return backups.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
  );
}

export function backupInfo(dataDir: string, fileName: string): BackupInfo {
  const parsed = parseBackupFileName(fileName);
  if (!parsed) throw new Error(`Not a backup file name: ${fileName}`);
  return { fileName, ...parsed, sizeBytes: statSync(join(backupDir(dataDir), fileName)).size };
}

/**
 * A free name and the temporary path to write it under. Two backups in the same millisecond
 * (a daily one at start-up and a click) get distinct names by moving the later one on by 1 ms.
 */
export function reserveBackup(
  dataDir: string,
  reason: BackupReason,
  now: Date,
): { fileName: string; finalPath: string; partialPath: string } {
  const dir = backupDir(dataDir);
  secureDataDir(dir);
  let moment = now.getTime();
  let fileName = backupFileName(reason, new Date(moment));
  while (existsSync(join(dir, fileName)) || existsSync(join(dir, PARTIAL_PREFIX + fileName))) {
    moment += 1;
    fileName = backupFileName(reason, new Date(moment));
  }
  return {
    fileName,
    finalPath: join(dir, fileName),
    partialPath: join(dir, PARTIAL_PREFIX + fileName),
  };
}

/** Flushes a finished file to disk and gives it its final name (atomic on the same volume). */
export function publishFile(partialPath: string, finalPath: string): void {
  fsyncPath(partialPath);
  renameSync(partialPath, finalPath);
  fsyncDirectory(join(finalPath, '..'));
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable; not every platform can open a folder for fsync, which is fine. */
export function fsyncDirectory(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Leftovers of backups that were interrupted (the app was killed while writing one). */
export function removePartialBackups(dataDir: string, olderThanMs: number, now: number): void {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return;
  for (const fileName of readdirSync(dir)) {
    if (!fileName.startsWith(PARTIAL_PREFIX)) continue;
    const path = join(dir, fileName);
    try {
      if (now - statSync(path).mtimeMs > olderThanMs) rmSync(path, { force: true });
    } catch {
      // Gone already.
    }
  }
}
