import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/ipc/errors';
import { APP_VERSION } from '../core/app-version';
import { readOption } from '../core/args';
import { createDispatcher } from '../core/dispatch';
import { createHandlers } from '../core/handlers';
import { defaultDataDir } from '../core/paths';
import { Workspace } from '../core/workspace';
import { startBrowserHost } from './server';

// `npm run start:browser`: the real handlers over loopback HTTP, for development and e2e tests.
async function main() {
  const args = process.argv.slice(2);
  const dataDir = readOption(args, 'data-dir') ?? defaultDataDir();
  const portOption = readOption(args, 'port');
  let workspace: Workspace;
  try {
    workspace = Workspace.open(dataDir);
  } catch (error) {
    if (error instanceof AppError && error.key === 'errors.workspaceTooNew') {
      console.error(
        `This workspace (${String(error.params.file)}) was written by a newer Klantspiegel ` +
          `(schema ${error.params.found}; this version knows up to ${error.params.supported}). ` +
          'Install the newer version; the file has not been changed.',
      );
      process.exit(2);
    }
    throw error;
  }
  const dispatch = createDispatcher(createHandlers(), {
    workspace,
    host: 'browser',
    appVersion: APP_VERSION,
  });
  const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  const host = await startBrowserHost({
    dispatch,
    staticDir,
    ...(portOption ? { port: Number(portOption) } : {}),
  });
  console.log(`Klantspiegel browser host (data: ${dataDir})`);
  console.log(`Open: ${host.url}`);
  const shutdown = () => {
    void host.close().finally(() => {
      workspace.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(
    'Klantspiegel browser host could not start:',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
