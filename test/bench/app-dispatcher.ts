/**
 * The app's dispatcher as the bench calls it: the real handlers, with surveys parsed in the app's
 * parse worker and committed in its import worker (their memory and time limits included).
 */
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { workerImportRunner } from '@main/core/import/run-import-worker';
import type { Workspace } from '@main/core/workspace';
import { parseInWorkers } from '@main/files/parse-jobs';
import { appBuildFile } from './measure';

export function appDispatcher(workspace: Workspace) {
  return createDispatcher(createHandlers(), {
    workspace,
    host: 'browser',
    appVersion: 'bench',
    parse: parseInWorkers(appBuildFile('parse-worker.js')),
    runImport: workerImportRunner(appBuildFile('import-worker.js')),
  });
}
