/**
 * A message for the data screen that outlives a navigation (archive and remove leaves the
 * engagement's page) or a reload (a restore reloads the app): kept for this tab only.
 */
import type { BackupCleanup } from '@shared/ipc/data-safety';

const KEY = 'klantspiegel.dataSafety.flash';

export type DataFlash =
  | { kind: 'restored'; createdAt: string }
  | {
      kind: 'removed';
      name: string;
      path: string;
      cleanup: BackupCleanup;
      /** Backups the engagement was removed from (purge) or that were deleted. */
      cleaned: number;
      /** Backups that held it but could not be changed. */
      failed: string[];
    };

export function setDataFlash(flash: DataFlash): void {
  sessionStorage.setItem(KEY, JSON.stringify(flash));
}

/** The pending message, if any; it stays until `clearDataFlash` (render must stay pure). */
export function peekDataFlash(): DataFlash | null {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as DataFlash;
  } catch {
    return null;
  }
}

export function clearDataFlash(): void {
  sessionStorage.removeItem(KEY);
}
