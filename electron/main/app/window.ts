import { BrowserWindow } from 'electron';
import { hardenWebContents } from '../security/harden';
import { SECURE_WEB_PREFERENCES } from '../security/web-preferences';
import { builtFile } from '../build-layout';

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
      preload: builtFile(outDir, 'preload'),
    },
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(builtFile(outDir, 'renderer'));
  return window;
}
