import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { hardenWebContents } from '../security/harden';
import { SECURE_WEB_PREFERENCES } from '../security/web-preferences';

export { SECURE_WEB_PREFERENCES };

export function createMainWindow(outDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Klantspiegel',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: join(outDir, 'preload', 'index.cjs'),
    },
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(join(outDir, 'renderer', 'index.html'));
  return window;
}
