/**
 * What `report` and `export` share: a command on one engagement of a workspace file, and the
 * workspace opener every command uses. Kept apart so that none loads another's writer (docx,
 * REFI-QDA).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { AppError } from '@shared/ipc/errors';
import { DATABASE_FILE_NAME, Workspace } from '../core/workspace';
import { InputError } from './input-error';

export interface EngagementCommand {
  engagement: string | undefined;
  db: string | undefined;
  out: string | undefined;
}

/**
 * A workspace folder's own database opens as the app opens it; any other file by its path. With
 * `create` (sample) a file that does not exist yet is made, in a folder that must exist. A
 * workspace that cannot be opened (newer, damaged, in use) is a clear message, not a stack.
 */
export function openWorkspaceFile(db: string, options: { create?: boolean } = {}): Workspace {
  const path = resolve(db);
  if (options.create && !existsSync(dirname(path))) {
    throw new InputError(`${db}: the folder does not exist.`);
  }
  if (!options.create && !existsSync(path)) {
    throw new InputError(`${db}: no such workspace database.`);
  }
  try {
    return basename(path) === DATABASE_FILE_NAME
      ? Workspace.open(dirname(path))
      : Workspace.openFile(path);
  } catch (error) {
    if (error instanceof AppError) throw new InputError(`${db}: ${error.key}`);
    throw error;
  }
}

/**
 * The frame of a command on one engagement of a workspace file (report, export): checks the
 * options, opens the workspace, runs `write` and turns a missing engagement into a clear message.
 */
export async function onEngagement(
  command: EngagementCommand,
  name: string,
  usage: string,
  write: (workspace: Workspace, engagementId: number, out: string) => Promise<number> | number,
): Promise<string> {
  const { engagement, db, out } = command;
  if (!engagement || !db || !out) {
    throw new InputError(`${name} needs --engagement, --db and --out.\nUsage: ${usage}`);
  }
  const engagementId = Number(engagement);
  if (!Number.isInteger(engagementId) || engagementId <= 0) {
    throw new InputError('--engagement must be the number of an engagement.');
  }
  const workspace = openWorkspaceFile(db);
  try {
    const bytes = await write(workspace, engagementId, out);
    return `Wrote ${out} (${Math.max(1, Math.round(bytes / 1024))} KB).`;
  } catch (error) {
    if (error instanceof AppError && error.key === 'errors.notFound') {
      throw new InputError(`There is no engagement ${engagementId} in ${db}.`);
    }
    throw error;
  } finally {
    workspace.close();
  }
}
