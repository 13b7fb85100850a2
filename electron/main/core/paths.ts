import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Klantspiegel';

/**
 * The folder Electron's `app.getPath('userData')` gives, computed without Electron so the
 * browser host and the command line find the same workspace as the desktop app.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env.KLANTSPIEGEL_DATA_DIR) return env.KLANTSPIEGEL_DATA_DIR;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/**
 * The folder for caches the app can always rebuild (the report's font metrics): the platform's
 * cache folder (Electron's `app.getPath('cache')` + the product name), or $KLANTSPIEGEL_CACHE_DIR.
 */
export function defaultCacheDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env.KLANTSPIEGEL_CACHE_DIR) return env.KLANTSPIEGEL_CACHE_DIR;
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), PRODUCT_NAME, 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', PRODUCT_NAME);
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), PRODUCT_NAME);
}
