import { join } from 'node:path';
import { AppError } from '@shared/ipc/errors';
import type { Language } from '@shared/questionnaire/instrument';
import { translate } from '@shared/i18n/translate';
import { DATABASE_FILE_NAME } from '../workspace';
import { backupDir } from './backup-files';

/**
 * The consultant-facing explanation when the workspace cannot be opened, or null for problems
 * that are not about the file. Shown before the UI and its language setting exist: the data
 * folder in use is said in the system's language, the rest in English.
 */
export function describeOpenProblem(
  error: unknown,
  dataDir: string,
  language: Language = 'en',
): string | null {
  if (!(error instanceof AppError)) return null;
  if (error.key === 'errors.workspaceLocked') {
    return translate(language, 'errors.workspaceLocked', { dataDir });
  }
  if (error.key === 'errors.workspaceTooNew') {
    return (
      `This workspace was written by a newer version of Klantspiegel (schema ` +
      `${error.params.found}; this version supports up to ${error.params.supported}). Please ` +
      'install the newer version. Your data has not been changed.'
    );
  }
  if (error.key === 'errors.workspaceCorrupt') {
    return (
      `The workspace file ${join(dataDir, DATABASE_FILE_NAME)} is damaged and cannot be opened. ` +
      'Klantspiegel has not changed it. Your backups are in ' +
      `${backupDir(dataDir)}: close Klantspiegel, move ${DATABASE_FILE_NAME} somewhere else ` +
      `and copy the newest backup into the data folder under the name ${DATABASE_FILE_NAME}.`
    );
  }
  return null;
}
