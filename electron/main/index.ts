import { app, dialog, Menu, session } from 'electron';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_VERSION } from './core/app-version';
import { createDispatcher } from './core/dispatch';
import { createHandlers } from './core/handlers';
import { hasFlag } from './core/args';
import { kioskSessionOf } from './core/kiosk/session';
import { readAppSettings } from './core/handlers/settings';
import { Workspace } from './core/workspace';
import { acquireWorkspaceLock, type WorkspaceLock } from './core/workspace-lock';
import { languageOfLocale } from '@shared/i18n/translate';
import { parseInWorkers } from './files/parse-jobs';
import { guardKioskClose } from './app/kiosk-close-guard';
import { WorkspaceHolder } from './core/workspace-holder';
import { startReadWorker } from './core/read-worker/client';
import { contextWithHolder } from './core/handlers/context';
import { startBackupSchedule } from './core/backup/backups';
import { describeOpenProblem } from './core/backup/open-problems';
import { workerImportRunner } from './core/import/run-import-worker';
import { LiveSessions } from './core/live/live-sessions';
import { registerIpcBridge } from './app/ipc-bridge';
import { installMenu } from './app/menu';
import { createMainWindow } from './app/window';
import { hardenApp, hardenSession } from './security/harden';
import { buildDirOf, builtFile } from './build-layout';
import type { BrowserWindow } from 'electron';

const outDir = buildDirOf(import.meta.url);
const rendererIndexUrl = pathToFileURL(builtFile(outDir, 'renderer')).href;
let mainWindow: BrowserWindow | null = null;
/** Read through the holder: restoring a backup replaces the open workspace. */
let workspaces: WorkspaceHolder | null = null;
let live: LiveSessions | null = null;
/** This app's claim on the data folder (one writer per folder), released at quit. */
let folderLock: WorkspaceLock | null = null;

// Tests (and consultants who keep data on an encrypted volume) can point the app elsewhere.
if (process.env.KLANTSPIEGEL_DATA_DIR) app.setPath('userData', process.env.KLANTSPIEGEL_DATA_DIR);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(app);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void live?.end();
    workspaces?.current.close();
    folderLock?.release();
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

function start() {
  hardenSession(session.defaultSession, rendererIndexUrl);
  try {
    // Another Klantspiegel (a browser host) may have the folder: refuse before opening anything.
    folderLock = acquireWorkspaceLock(app.getPath('userData'));
    workspaces = new WorkspaceHolder(Workspace.open(app.getPath('userData')));
  } catch (error) {
    fail(error);
    return;
  }
  const holder = workspaces;
  const openWorkspace = holder.current;
  startBackupSchedule(
    () => holder.current,
    (message, error) => console.error(message, error),
  );
  const osLanguage = app.getLocale().toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const uiLanguage = () => readAppSettings(holder.current).uiLanguage ?? osLanguage;
  installMenu(uiLanguage(), openWorkspace.dataDir);
  const kiosk = kioskSessionOf(openWorkspace);
  // The way back for a consultant who forgot the kiosk PIN: start once with --end-kiosk.
  if (hasFlag(process.argv, 'end-kiosk')) kiosk.forceEnd();
  // In kiosk mode the window fills the screen and the menu (data folder, reload) is gone.
  const setWindowKiosk = (active: boolean) => {
    if (active) Menu.setApplicationMenu(null);
    else installMenu(uiLanguage(), openWorkspace.dataDir);
    mainWindow?.setKiosk(active);
  };
  // Phones answer through a separate server that exists only while a session runs;
  // --live-loopback also offers 127.0.0.1 (development only: phones cannot reach it).
  live = new LiveSessions({
    workspace: () => holder.current,
    staticDir: dirname(builtFile(outDir, 'renderer')),
    allowLoopback: hasFlag(process.argv, 'live-loopback'),
  });
  holder.onReplace(() => void live?.end());
  const dispatch = createDispatcher(
    createHandlers(),
    contextWithHolder(holder, {
      host: 'electron',
      live,
      appVersion: APP_VERSION,
      onUiLanguageChanged: (language) => installMenu(language, openWorkspace.dataDir),
      onKioskChanged: setWindowKiosk,
      runImport: workerImportRunner(builtFile(outDir, 'importWorker')),
      parse: parseInWorkers(builtFile(outDir, 'parseWorker')),
      // Started now: it loads its code and warms up (off the main thread) while the list shows.
      reads: startReadWorker(holder, builtFile(outDir, 'readWorker'), {
        host: 'electron',
        appVersion: APP_VERSION,
      }),
    }),
  );
  registerIpcBridge(dispatch, rendererIndexUrl);
  mainWindow = createMainWindow(outDir);
  const window = mainWindow;
  // Participants cannot close the kiosk window; only the PIN ends it.
  guardKioskClose(
    window,
    () => kioskSessionOf(holder.current).active,
    () => window.focus(),
  );
  if (kiosk.active) setWindowKiosk(true);
  mainWindow.on('closed', () => (mainWindow = null));
}

function fail(error: unknown) {
  folderLock?.release();
  const message =
    describeOpenProblem(error, app.getPath('userData'), languageOfLocale(app.getLocale())) ??
    `Klantspiegel could not start: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Klantspiegel', message);
  app.exit(1);
}
