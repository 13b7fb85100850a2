import type { BatchRemoval } from '@shared/questionnaire/batches';
import { createBackup, rotateBackups } from '../backup/backups';
import type { Workspace } from '../workspace';

/**
 * Removes one batch of responses (an import, a kiosk or a live session): first a backup of the
 * whole workspace, so the removal can be undone by restoring it, then exactly the batch's
 * respondents and the batch, in one transaction. Rows typed into the grid, other batches and
 * other engagements are untouched.
 */
export async function removeBatch(
  workspace: Workspace,
  engagementId: number,
  batchId: number,
): Promise<BatchRemoval> {
  // Refuses an unknown batch (or one of another engagement) before anything is written.
  workspace.batches.get(engagementId, batchId);
  const backup = await createBackup(workspace, 'pre-removal');
  rotateBackups(workspace.dataDir);
  const removedRespondents = workspace.respondents.deleteBatch(engagementId, batchId);
  return { removedRespondents, backupFileName: backup.fileName };
}
