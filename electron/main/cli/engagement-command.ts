/**
 * What `report` and `export` share: a command on one engagement of a workspace file. Kept apart
 * from both so that neither loads the other's writer (docx, REFI-QDA).
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

/** A workspace folder's own database opens as the app opens it; any other file by its path. */
export function openWorkspaceFile(db: string): Workspace {
  const path = resolve(db);
  if (!existsSync(path)) throw new InputError(`${db}: no such workspace database.`);
  return basename(path) === DATABASE_FILE_NAME
    ? Workspace.open(dirname(path))
    : Workspace.openFile(path);
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
  let workspace: Workspace;
  try {
    workspace = openWorkspaceFile(db);
  } catch (error) {
    if (error instanceof AppError) throw new InputError(`${db}: ${error.key}`);
    throw error;
  }
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
