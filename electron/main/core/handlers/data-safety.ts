import type { Handlers } from '@shared/ipc';
import type { dataSafetyCalls } from '@shared/ipc/data-safety';
import { AppError } from '@shared/ipc/errors';
import { exportArchive, exportArchiveAndRemove, importArchive } from '../archive/archives';
import { backupDir, listBackups } from '../backup/backup-files';
import { createBackup, rotateBackups } from '../backup/backups';
import { restoreBackup } from '../backup/restore';
import { parserOf, type HandlerContext } from './context';

type DataSafetyHandlers = Pick<Handlers<HandlerContext>, keyof typeof dataSafetyCalls>;

export const dataSafetyHandlers: DataSafetyHandlers = {
  'backups.list': (_arg, { workspace }) => ({
    folder: backupDir(workspace.dataDir),
    backups: listBackups(workspace.dataDir),
  }),
  'backups.create': async (_arg, { workspace }) => {
    const made = await createBackup(workspace, 'manual');
    rotateBackups(workspace.dataDir);
    return made;
  },
  'backups.restore': ({ fileName }, { workspaces }) => {
    // Only hosts that can swap the workspace under the handlers (Electron, browser host) pass
    // a holder; anything else cannot restore while running.
    if (!workspaces) throw new AppError('backup.restoreUnavailable');
    return restoreBackup(workspaces, fileName);
  },

  'archives.export': ({ engagementId, passphrase }, { workspace, appVersion }) =>
    exportArchive(workspace, engagementId, { appVersion, passphrase }),
  'archives.exportAndRemove': (
    { engagementId, passphrase, plain, backups },
    { workspace, appVersion },
  ) => exportArchiveAndRemove(workspace, engagementId, { appVersion, passphrase, plain, backups }),
  'archives.import': ({ fileName, bytes, passphrase }, context) =>
    importArchive(context.workspace, bytes, passphrase, parserOf(context), fileName),
};
