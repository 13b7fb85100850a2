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
