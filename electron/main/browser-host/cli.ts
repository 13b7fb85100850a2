import { dirname } from 'node:path';
import { languageOfLocale } from '@shared/i18n/translate';
import { APP_VERSION } from '../core/app-version';
import { hasFlag, readOption } from '../core/args';
import type { Dispatch } from '../core/dispatch';
import { isFirstScreenCall } from '../core/handlers/first-screen-calls';
import { defaultDataDir } from '../core/paths';
import { Workspace } from '../core/workspace';
import { acquireWorkspaceLock, type WorkspaceLock } from '../core/workspace-lock';
import { WorkspaceHolder } from '../core/workspace-holder';
import { startBackupSchedule } from '../core/backup/backups';
import { describeOpenProblem } from '../core/backup/open-problems';
import { buildDirOf, builtFile } from '../build-layout';
import { startBrowserHost } from './server';

// `npm run start:browser`: the real handlers over loopback HTTP, for development and e2e tests.
/** Runs the host; `entryUrl` is the entry module's URL (out/main/browser-host.js). */
export async function runBrowserHost(entryUrl: string): Promise<void> {
  const buildDir = buildDirOf(entryUrl);
  const args = process.argv.slice(2);
  const dataDir = readOption(args, 'data-dir') ?? defaultDataDir();
  const portOption = readOption(args, 'port');
  const language = languageOfLocale(
    process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || undefined,
  );
  let lock: WorkspaceLock | undefined;
  let workspace: Workspace;
  try {
    // One writer per data folder: taken before the workspace is opened, held until exit.
    lock = acquireWorkspaceLock(dataDir);
    workspace = Workspace.open(dataDir);
  } catch (error) {
    lock?.release();
    const problem = describeOpenProblem(error, dataDir, language);
    if (problem) {
      console.error(problem);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  const heldLock = lock;
  // The way back for a consultant who forgot the kiosk PIN: start once with --end-kiosk.
  if (hasFlag(args, 'end-kiosk')) {
    (await import('../core/kiosk/session')).kioskSessionOf(workspace).forceEnd();
  }
  // Handlers read the workspace through the holder: restoring a backup replaces it.
  const holder = new WorkspaceHolder(workspace);
  // The daily backup is due before anything of this session is written (it is a copy of the
  // workspace as it was); it runs in steps, beside serving the page.
  startBackupSchedule(
    () => holder.current,
    (message, failure) => console.error(message, failure),
  );
  const staticDir = dirname(builtFile(buildDir, 'renderer'));
  // The handler table is most of the code (statistics, reports, live sessions): it loads once
  // the page's files are served, while the browser runs the page's script, or at the first call
  // that needs it (which waits for it). The first screen's own calls (the language, kiosk mode,
  // the engagement list) never wait for it: their own handlers answer them until it is loaded.
  let loaded: Promise<LoadedHandlers> | undefined;
  let tableReady = false;
  const load = () =>
    (loaded ??= loadHandlers(holder, buildDir, args).then((handlers) => {
      tableReady = true;
      return handlers;
    }));
  let firstScreen: Promise<Dispatch> | undefined;
  const dispatch: Dispatch = async (name, arg) => {
    if (!tableReady && isFirstScreenCall(name)) {
      firstScreen ??= loadFirstScreenDispatch(holder);
      return (await firstScreen)(name, arg);
    }
    return (await load()).dispatch(name, arg);
  };
  const host = await startBrowserHost({
    dispatch,
    staticDir,
    onPageServed: () => void load(),
    ...(portOption ? { port: Number(portOption) } : {}),
  });
  // Without a page (or one that never finishes), the table still loads soon after the start.
  setTimeout(() => void load(), LOAD_ANYWAY_MS).unref();
  console.log(`Klantspiegel browser host (data: ${dataDir})`);
  console.log(`Open: ${host.url}`);
  const shutdown = () => {
    void Promise.all([loaded?.then(({ live }) => live.end()), host.close()]).finally(() => {
      holder.current.close();
      heldLock.release();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** When the handler table loads even if no first screen was served. */
const LOAD_ANYWAY_MS = 5_000;

/** The dispatcher of the first screen's calls alone (see handlers/first-screen-calls.ts). */
async function loadFirstScreenDispatch(holder: WorkspaceHolder): Promise<Dispatch> {
  const [{ createDispatcher }, { firstScreenHandlers }, { contextWithHolder }] = await Promise.all([
    import('../core/dispatch'),
    import('../core/handlers/first-screen'),
    import('../core/handlers/context'),
  ]);
  return createDispatcher(
    firstScreenHandlers,
    contextWithHolder(holder, { host: 'browser', appVersion: APP_VERSION }),
  );
}

interface LoadedHandlers {
  dispatch: Dispatch;
  live: { end(): Promise<unknown> };
}

/** The handlers, the dispatcher and live sessions, loaded (dynamic imports) after the start. */
async function loadHandlers(
  holder: WorkspaceHolder,
  buildDir: string,
  args: string[],
): Promise<LoadedHandlers> {
  const staticDir = dirname(builtFile(buildDir, 'renderer'));
  const [
    { createDispatcher },
    { createHandlers },
    { contextWithHolder },
    { workerImportRunner },
    { LiveSessions },
    { parseInWorkers },
    { startReadWorker },
  ] = await Promise.all([
    import('../core/dispatch'),
    import('../core/handlers'),
    import('../core/handlers/context'),
    import('../core/import/run-import-worker'),
    import('../core/live/live-sessions'),
    import('../files/parse-jobs'),
    import('../core/read-worker/client'),
  ]);
  // Live sessions serve phones from their own server; --live-loopback also offers 127.0.0.1,
  // for tests and development only (phones cannot reach it).
  const live = new LiveSessions({
    workspace: () => holder.current,
    staticDir,
    allowLoopback: hasFlag(args, 'live-loopback'),
  });
  // A restored backup is another workspace: a session of the old one ends.
  holder.onReplace(() => void live.end());
  const dispatch = createDispatcher(
    createHandlers(),
    contextWithHolder(holder, {
      host: 'browser',
      appVersion: APP_VERSION,
      runImport: workerImportRunner(builtFile(buildDir, 'importWorker')),
      parse: parseInWorkers(builtFile(buildDir, 'parseWorker')),
      // The heavy reads run in their own thread, started (and warming up) with the handlers.
      reads: startReadWorker(holder, builtFile(buildDir, 'readWorker'), {
        host: 'browser',
        appVersion: APP_VERSION,
      }),
      live,
    }),
  );
  return { dispatch, live };
}
