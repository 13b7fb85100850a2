/**
 * `klantspiegel export --engagement <id> --db <workspace.sqlite> --out <file.qdpx|file.qdc>`:
 * writes an engagement's interviews, codebook, coded passages and memos as a REFI-QDA project
 * (.qdpx), or its codebook alone (.qdc), for MAXQDA, ATLAS.ti, NVivo and the like.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { AppError } from '@shared/ipc/errors';
import { exportExchangeFile } from '../core/refi-qda/files';
import { APP_VERSION } from '../core/app-version';
import type { Workspace } from '../core/workspace';
import { InputError } from './analyze';
import { openWorkspaceFile } from './report';

export const EXPORT_USAGE =
  'klantspiegel export --engagement <id> --db <workspace.sqlite> --out <file.qdpx|file.qdc>';

export function runExport(command: {
  engagement: string | undefined;
  db: string | undefined;
  out: string | undefined;
}): string {
  const { engagement, db, out } = command;
  if (!engagement || !db || !out) {
    throw new InputError(`export needs --engagement, --db and --out.\nUsage: ${EXPORT_USAGE}`);
  }
  const engagementId = Number(engagement);
  if (!Number.isInteger(engagementId) || engagementId <= 0) {
    throw new InputError('--engagement must be the number of an engagement.');
  }
  const format = extname(out).toLowerCase().slice(1);
  if (format !== 'qdpx' && format !== 'qdc') {
    throw new InputError('--out must end in .qdpx (whole project) or .qdc (codebook).');
  }
  let workspace: Workspace;
  try {
    workspace = openWorkspaceFile(db);
  } catch (error) {
    if (error instanceof AppError) throw new InputError(`${db}: ${error.key}`);
    throw error;
  }
  try {
    const file = exportExchangeFile(workspace, engagementId, format, APP_VERSION);
    writeFileSync(out, file.bytes);
    return `Wrote ${out} (${Math.max(1, Math.round(file.bytes.length / 1024))} KB).`;
  } catch (error) {
    if (error instanceof AppError && error.key === 'errors.notFound') {
      throw new InputError(`There is no engagement ${engagementId} in ${db}.`);
    }
    throw error;
  } finally {
    workspace.close();
  }
}
