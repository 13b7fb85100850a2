import { dirname } from 'node:path';
import { APP_VERSION } from '../core/app-version';
import { hasFlag, readOption } from '../core/args';
import type { Dispatch } from '../core/dispatch';
import { isFirstScreenCall } from '../core/handlers/first-screen-calls';
import { defaultDataDir } from '../core/paths';
import { acquireWorkspaceLock } from '../core/workspace-lock';
import type { WorkspaceHolder } from '../core/workspace-holder';
import { buildDirOf, builtFile } from '../build-layout';
import { startBrowserHost, type RequestWatch } from './server';

// `npm run start:browser`: the real handlers over loopback HTTP, for development and e2e tests.
/** Runs the host; `entryUrl` is the entry module's URL (out/main/browser-host.js). */
export async function runBrowserHost(entryUrl: string): Promise<void> {
  const buildDir = buildDirOf(entryUrl);
  const args = process.argv.slice(2);
  const dataDir = readOption(args, 'data-dir') ?? defaultDataDir();
  const portOption = readOption(args, 'port');
  let heldLock;
  try {
    // One writer per data folder: taken before anything else, held until exit. A second host
    // on the same folder stops here, before it offers an address.
    heldLock = acquireWorkspaceLock(dataDir);
  } catch (error) {
    await reportOpenProblem(error, dataDir);
    return;
  }
  const lock = heldLock;
  // The page comes first: the workspace opens (its modules, its checks, the day's backup
  // started) once the page has been sent, while the browser parses it and asks for its files and
  // runs its script, which takes it about as long. Opening holds the host in steps, between which
  // it serves those files. A call starts the open as well (and waits for it), and without a page
  // the workspace opens shortly after the start. Every call waits for the open workspace, so none
  // sees a half-opened one.
  let wantOpen!: () => void;
  const openWanted = new Promise<void>((resolve) => (wantOpen = resolve));
  let resolveOpened!: (holder: WorkspaceHolder) => void;
  let rejectOpened!: (reason: unknown) => void;
  const opened = new Promise<WorkspaceHolder>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  opened.catch(() => undefined); // reported where it fails (below); calls get an internal error
  const staticDir = dirname(builtFile(buildDir, 'renderer'));
  // The handler table is most of the code (statistics, reports, live sessions). The first
  // screen's own calls (the language, kiosk mode, the engagement list) never wait for it: their
  // own handlers answer them, and the table loads once the first screen is up (loading it blocks
  // the host for a while: not while the page still needs its files and answers, nor while the
  // browser parses the page's script), at the first call that needs it (which waits for it), or
  // soon after the start without a page.
  let loaded: Promise<LoadedHandlers> | undefined;
  let tableReady = false;
  const load = () =>
    (loaded ??= opened
      .then((holder) => loadHandlers(holder, buildDir, args))
      .then((handlers) => {
        tableReady = true;
        return handlers;
      }));
  let firstScreen: Promise<Dispatch> | undefined;
  const firstScreenDispatch = () => (firstScreen ??= opened.then(loadFirstScreenDispatch));
  const firstScreenUp = new FirstScreenWatch(() => void load(), wantOpen);
  const dispatch: Dispatch = async (name, arg) => {
    wantOpen();
    if (!tableReady && isFirstScreenCall(name)) {
      const result = await (await firstScreenDispatch())(name, arg);
      if (name === 'engagements.list') firstScreenUp.answeredList();
      return result;
    }
    return (await load()).dispatch(name, arg);
  };
  const host = await startBrowserHost({
    dispatch,
    staticDir,
    requests: firstScreenUp,
    ...(portOption ? { port: Number(portOption) } : {}),
  });
  // Without a page (or one that never finishes), the workspace opens and the table loads soon
  // after the start.
  setTimeout(wantOpen, OPEN_ANYWAY_MS).unref();
  setTimeout(() => void load(), LOAD_ANYWAY_MS).unref();
  console.log(`Klantspiegel browser host (data: ${dataDir})`);
  console.log(`Open: ${host.url}`);
  let holder: WorkspaceHolder | undefined;
  const shutdown = () => {
    void Promise.all([loaded?.then(({ live }) => live.end()), host.close()])
      .catch(() => undefined)
      .finally(() => {
        holder?.current.close();
        lock.release();
        process.exit(0);
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await openWanted;
  try {
    holder = await openWorkspace(dataDir, args);
  } catch (error) {
    rejectOpened(error);
    await host.close();
    lock.release();
    await reportOpenProblem(error, dataDir);
    return;
  }
  resolveOpened(holder);
  // The first screen's handlers are ready before the browser asks (it is still running the
  // page's script); loading them is one more step, after the files asked for meanwhile.
  await nextTurn();
  void firstScreenDispatch();
}

/** Lets the host serve what was asked meanwhile (files, calls) before the next step of a start. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Opens the workspace, ends a kiosk session on request, starts the backup schedule. */
async function openWorkspace(dataDir: string, args: string[]): Promise<WorkspaceHolder> {
  const [{ WorkspaceHolder }, { startBackupSchedule }] = await Promise.all([
    import('../core/workspace-holder'),
    import('../core/backup/backups'),
  ]);
  await nextTurn();
  const { Workspace } = await import('../core/workspace');
  await nextTurn();
  const workspace = Workspace.open(dataDir);
  await nextTurn();
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
  return holder;
}

/** A clear message (exit code 2) for a data folder that cannot be opened; anything else throws. */
async function reportOpenProblem(error: unknown, dataDir: string): Promise<void> {
  const [{ describeOpenProblem }, { languageOfLocale }] = await Promise.all([
    import('../core/backup/open-problems'),
    import('@shared/i18n/translate'),
  ]);
  const language = languageOfLocale(
    process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || undefined,
  );
  const problem = describeOpenProblem(error, dataDir, language);
  if (!problem) throw error;
  console.error(problem);
  process.exitCode = 2;
}

/**
 * Tells once when the first screen is up: its list answered and then no request (file or call)
 * for a moment (QUIET_MS), so the page has drawn it, its texts and images at hand.
 */
class FirstScreenWatch implements RequestWatch {
  private inFlight = 0;
  private listAnswered = false;
  private done = false;
  private quiet: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onUp: () => void,
    /** Told that the page has been sent (the workspace opens then). */
    readonly pageServed: () => void,
  ) {}

  started(): void {
    clearTimeout(this.quiet);
    this.inFlight++;
  }

  ended(): void {
    this.inFlight--;
    this.waitForQuiet();
  }

  /** The first screen's list has been answered (a page on another screen makes other calls). */
  answeredList(): void {
    this.listAnswered = true;
    this.waitForQuiet();
  }

  private waitForQuiet(): void {
    if (this.done || !this.listAnswered || this.inFlight > 0) return;
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => {
      if (this.inFlight > 0 || this.done) return;
      this.done = true;
      this.onUp();
    }, QUIET_MS);
  }
}

/**
 * How long the page asks for nothing before its first screen counts as up. The page's code is
 * all at hand before the list is answered (the app's chunks are preloaded), so the page asks for
 * nothing while it builds and draws the list, which takes it a few hundred milliseconds; the
 * table's load (a third of a second of the host) must not compete with that.
 */
const QUIET_MS = 400;

/**
 * When the workspace opens if no page was asked for and no call made (someone who opens the
 * address later finds it open; a damaged one is reported).
 */
const OPEN_ANYWAY_MS = 250;

/** When the handler table loads even if no first screen was answered. */
const LOAD_ANYWAY_MS = 5_000;

/** The dispatcher of the first screen's calls alone (see handlers/first-screen-calls.ts). */
async function loadFirstScreenDispatch(holder: WorkspaceHolder): Promise<Dispatch> {
  // One module at a time, serving what was asked for in between (see nextTurn). The calls are
  // validated with their own schemas: the whole contract is not built yet.
  const { createFirstScreenDispatcher } = await import('../core/handlers/first-screen');
  await nextTurn();
  const { contextWithHolder } = await import('../core/handlers/context');
  return createFirstScreenDispatcher(
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
