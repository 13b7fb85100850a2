import { app, dialog, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../../shared/ipc/errors';
import { APP_VERSION } from './core/app-version';
import { createDispatcher } from './core/dispatch';
import { createHandlers } from './core/handlers';
import { readAppSettings } from './core/handlers/settings';
import { Workspace } from './core/workspace';
import { registerIpcBridge } from './app/ipc-bridge';
import { installMenu } from './app/menu';
import { createMainWindow } from './app/window';
import { hardenApp, hardenSession } from './security/harden';
import type { BrowserWindow } from 'electron';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;

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
  app.on('will-quit', () => workspace?.close());
  app.whenReady().then(start, (error: unknown) => fail(error));
}

function start() {
  hardenSession(session.defaultSession);
  try {
    workspace = Workspace.open(app.getPath('userData'));
  } catch (error) {
    fail(error);
    return;
  }
  const openWorkspace = workspace;
  const osLanguage = app.getLocale().toLowerCase().startsWith('nl') ? 'nl' : 'en';
  installMenu(readAppSettings(openWorkspace).uiLanguage ?? osLanguage, openWorkspace.dataDir);
  const dispatch = createDispatcher(createHandlers(), {
    workspace: openWorkspace,
    host: 'electron',
    appVersion: APP_VERSION,
    onUiLanguageChanged: (language) => installMenu(language, openWorkspace.dataDir),
  });
  registerIpcBridge(dispatch, pathToFileURL(join(outDir, 'renderer', 'index.html')).href);
  mainWindow = createMainWindow(outDir);
  mainWindow.on('closed', () => (mainWindow = null));
}

function fail(error: unknown) {
  const message =
    error instanceof AppError && error.key === 'errors.workspaceTooNew'
      ? `This workspace was written by a newer version of Klantspiegel (schema ${error.params.found}; ` +
        `this version supports up to ${error.params.supported}). Please install the newer version. ` +
        'Your data has not been changed.'
      : `Klantspiegel could not start: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Klantspiegel', message);
  app.exit(1);
}
