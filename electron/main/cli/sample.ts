/**
 * `klantspiegel sample --db <workspace.sqlite> [--language nl|en]`: creates the synthetic sample
 * engagement in a workspace (a new one when the file does not exist yet) and prints its id, so a
 * report or deck can be made from it on the command line.
 */
import type { Language } from '@shared/questionnaire/instrument';
import { createSampleEngagement } from '../core/sample/sample-engagement';
import { openWorkspaceFile } from './engagement-command';
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
  const workspace = openWorkspaceFile(db, { create: true });
  try {
    return createSampleEngagement(workspace, language as Language).id;
  } finally {
    workspace.close();
  }
}
