/**
 * `klantspiegel sample --db <workspace.sqlite> [--language nl|en]`: creates the synthetic sample
 * engagement in a workspace (a new one when the file does not exist yet) and prints its id, so a
 * report or deck can be made from it on the command line.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { AppError } from '@shared/ipc/errors';
import type { Language } from '@shared/questionnaire/instrument';
import { createSampleEngagement } from '../core/sample/sample-engagement';
import { DATABASE_FILE_NAME, Workspace } from '../core/workspace';
import { InputError } from './input-error';

export interface SampleCommand {
  db: string | undefined;
  language: string | undefined;
}

export const SAMPLE_USAGE = 'klantspiegel sample --db <workspace.sqlite> [--language nl|en]';

export function runSample(command: SampleCommand): number {
  const { db } = command;
  if (!db) throw new InputError(`sample needs --db.\nUsage: ${SAMPLE_USAGE}`);
  const language = command.language ?? 'nl';
  if (language !== 'nl' && language !== 'en') {
    throw new InputError('--language must be nl or en.');
  }
  const path = resolve(db);
  if (!existsSync(dirname(path))) throw new InputError(`${db}: the folder does not exist.`);
  let workspace: Workspace;
  try {
    workspace =
      basename(path) === DATABASE_FILE_NAME
        ? Workspace.open(dirname(path))
        : Workspace.openFile(path);
  } catch (error) {
    if (error instanceof AppError) throw new InputError(`${db}: ${error.key}`);
    throw error;
  }
  try {
    return createSampleEngagement(workspace, language as Language).id;
  } finally {
    workspace.close();
  }
}
