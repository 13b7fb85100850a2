import type { BackupInfo } from '@shared/ipc/data-safety';

export interface RotationPolicy {
  /** The newest backups of any kind, always kept (a manual backup, the one before a restore). */
  keepNewest: number;
  /** The newest backup of each of this many most recent days that have backups. */
  keepDaily: number;
  /** The newest backup of each of this many most recent ISO weeks that have backups. */
  keepWeekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepNewest: 5, keepDaily: 7, keepWeekly: 4 };

/**
 * Which backups to delete. Days and weeks are counted among those that have backups, not on the
 * calendar: after a month away the old backups are still there when the laptop is next opened.
 * Days and weeks are UTC, the same clock as the file names.
 */
export function backupsToDelete(
  backups: readonly BackupInfo[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): BackupInfo[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>(newestFirst.slice(0, policy.keepNewest).map((b) => b.fileName));
  keepNewestPerBucket(newestFirst, (b) => b.createdAt.slice(0, 10), policy.keepDaily, keep);
  keepNewestPerBucket(newestFirst, (b) => isoWeek(b.createdAt), policy.keepWeekly, keep);
  return newestFirst.filter((backup) => !keep.has(backup.fileName));
}

function keepNewestPerBucket(
  newestFirst: readonly BackupInfo[],
  bucketOf: (backup: BackupInfo) => string,
  buckets: number,
  keep: Set<string>,
): void {
  const seen = new Set<string>();
  for (const backup of newestFirst) {
    const bucket = bucketOf(backup);
    if (seen.has(bucket)) continue;
    if (seen.size >= buckets) break;
    seen.add(bucket);
    keep.add(backup.fileName);
  }
}

/** `2026-W19`: ISO 8601 week (Monday first; week 1 holds the year's first Thursday). */
export function isoWeek(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const thursdayYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(thursdayYear, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${thursdayYear}-W${String(week).padStart(2, '0')}`;
}
