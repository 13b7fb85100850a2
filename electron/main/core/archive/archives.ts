/**
 * Engagement archives: one `.klantspiegel` file with everything of one engagement, to hand over,
 * keep on a USB stick, or take out of the workspace when the engagement is done.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARCHIVE_EXTENSION,
  type ArchiveImportResult,
  type ArchiveRemoveResult,
  type BackupCleanup,
} from '@shared/ipc/data-safety';
import { AppError } from '@shared/ipc/errors';
import { fileNameSlug } from '@shared/util/file-name';
import type { FileDownload } from '@shared/ipc/files';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { ARCHIVE_FOLDER_NAME, type Workspace } from '../workspace';
import { fsyncDirectory, fsyncPath } from '../backup/backup-files';
import { PRIVATE_FILE_MODE, secureDataDir, secureFile } from '../file-permissions';
import { collectEngagement } from './collect';
import { openArchive, sealArchive, type ScryptCost } from './container';
import { parseArchiveContent, type ArchiveContent } from './content';
import { importEngagementContent } from './restore-content';
import { removeEngagementSecurely } from './secure-remove';
import { cleanEngagementFromBackups } from './purge-backups';
import { parseInThisThread, type FileParser } from '@main/files/parse-jobs';

export { ARCHIVE_FOLDER_NAME };
const ARCHIVE_MIME = 'application/octet-stream';

export interface ArchiveOptions {
  appVersion: string;
  passphrase?: string | undefined;
  now?: Date;
  /** Tests use a cheaper key derivation; the app always the default. */
  scrypt?: ScryptCost;
}

export interface RemoveOptions extends ArchiveOptions {
  /** A plain (unencrypted) archive and kept copy: only when the consultant chose it. */
  plain?: true | undefined;
  backups: BackupCleanup;
}

export async function exportArchive(
  workspace: Workspace,
  engagementId: number,
  options: ArchiveOptions,
): Promise<FileDownload> {
  const content = collectEngagement(workspace.db, engagementId, options);
  return {
    fileName: archiveFileName(content, options.now),
    mimeType: ARCHIVE_MIME,
    bytes: await sealArchive(content, options.passphrase, options.scrypt),
  };
}

/**
 * For a closed engagement: the archive, checked by reading it back, kept in the data folder's
 * `archives/` (the browser download or save dialog may still be cancelled), and only then the
 * engagement removed securely; then, as the consultant chose, also from the existing backups.
 * The archive is encrypted unless the consultant explicitly chose a plain one: the kept copy
 * would otherwise leave the client's text readable in the data folder after all.
 */
export async function exportArchiveAndRemove(
  workspace: Workspace,
  engagementId: number,
  options: RemoveOptions,
): Promise<ArchiveRemoveResult> {
  if (options.passphrase === undefined && options.plain !== true) {
    throw new AppError('archive.passphraseNeeded');
  }
  const engagement = workspace.engagements.get(engagementId);
  if (engagement.status === 'active') throw new AppError('archive.notClosed');
  const content = collectEngagement(workspace.db, engagementId, options);
  const bytes = await sealArchive(content, options.passphrase, options.scrypt);
  const readBack = await openArchive(bytes, options.passphrase);
  parseArchiveContent(readBack, LATEST_SCHEMA_VERSION);
  if (JSON.stringify(readBack) !== JSON.stringify(content)) {
    throw new AppError('archive.verifyFailed');
  }
  // From here on synchronous: the engagement cannot change between this check and the delete.
  const current = collectEngagement(workspace.db, engagementId, {
    ...options,
    now: new Date(content.exportedAt),
  });
  if (JSON.stringify(current) !== JSON.stringify(content)) {
    throw new AppError('archive.changedMeanwhile');
  }
  const fileName = archiveFileName(content, options.now);
  const keptCopy = keepCopy(workspace.dataDir, fileName, bytes);
  removeEngagementSecurely(workspace.db, engagementId);
  const backups = cleanEngagementFromBackups(
    workspace.dataDir,
    { id: engagementId, createdAt: engagement.createdAt },
    options.backups,
  );
  return {
    file: { fileName, mimeType: ARCHIVE_MIME, bytes },
    keptCopy,
    encrypted: options.passphrase !== undefined,
    backups,
  };
}

/**
 * Reads an archive completely and checks it before anything is written (in the app: in a worker
 * with memory and time limits, see parse-jobs.ts); then one transaction.
 */
export async function importArchive(
  workspace: Workspace,
  bytes: Uint8Array,
  passphrase?: string,
  parse: FileParser = parseInThisThread,
  fileName = 'archive',
): Promise<ArchiveImportResult> {
  const content = await parse('archive', { fileName, bytes, passphrase });
  return importEngagementContent(workspace.db, content);
}

function archiveFileName(content: ArchiveContent, now: Date = new Date()): string {
  const client = fileNameSlug(content.engagement.clientName, 'engagement');
  return `${client}-${now.toISOString().slice(0, 10)}${ARCHIVE_EXTENSION}`;
}

function keepCopy(dataDir: string, fileName: string, bytes: Uint8Array): string {
  const dir = join(dataDir, ARCHIVE_FOLDER_NAME);
  secureDataDir(dir);
  const base = fileName.slice(0, -ARCHIVE_EXTENSION.length);
  let path = join(dir, fileName);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${base}-${n}${ARCHIVE_EXTENSION}`);
  writeFileSync(path, bytes, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  secureFile(path);
  fsyncPath(path);
  fsyncDirectory(dir);
  return path;
}
