/**
 * `klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx|file.pptx>`:
 * writes an engagement's Word report (.docx) or workshop deck (.pptx) with its saved settings and
 * the workspace's house style, as the app does.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { AppError } from '@shared/ipc/errors';
import { generateDeliverable } from '../core/report/generate';
import { DATABASE_FILE_NAME, Workspace } from '../core/workspace';
import { InputError } from './input-error';

export interface ReportCommand {
  engagement: string | undefined;
  db: string | undefined;
  out: string | undefined;
}

export const REPORT_USAGE =
  'klantspiegel report --engagement <id> --db <workspace.sqlite> --out <file.docx|file.pptx>';

/** A workspace folder's own database opens as the app opens it; any other file by its path. */
export function openWorkspaceFile(db: string): Workspace {
  const path = resolve(db);
  if (!existsSync(path)) throw new InputError(`${db}: no such workspace database.`);
  return basename(path) === DATABASE_FILE_NAME
    ? Workspace.open(dirname(path))
    : Workspace.openFile(path);
}

export async function runReport(command: ReportCommand): Promise<string> {
  const { engagement, db, out } = command;
  if (!engagement || !db || !out) {
    throw new InputError(`report needs --engagement, --db and --out.\nUsage: ${REPORT_USAGE}`);
  }
  const format = /\.pptx$/i.test(out) ? 'pptx' : /\.docx$/i.test(out) ? 'docx' : null;
  if (!format)
    throw new InputError('--out must end in .docx (the report) or .pptx (the workshop deck).');
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
    const file = await generateDeliverable(workspace, engagementId, format);
    writeFileSync(out, file.bytes);
    return `Wrote ${out} (${Math.round(file.bytes.length / 1024)} KB).`;
  } catch (error) {
    if (error instanceof AppError && error.key === 'errors.notFound') {
      throw new InputError(`There is no engagement ${engagementId} in ${db}.`);
    }
    throw error;
  } finally {
    workspace.close();
  }
}
