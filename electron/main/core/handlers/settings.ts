import type { settingsCalls, AppSettings } from '@shared/ipc/settings';
import type { Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';
import type { Workspace } from '../workspace';

type SettingsHandlers = Pick<Handlers<HandlerContext>, keyof typeof settingsCalls>;

export function readAppSettings(workspace: Workspace): AppSettings {
  return { uiLanguage: workspace.settings.get<AppSettings['uiLanguage']>('uiLanguage', null) };
}

export const settingsHandlers: SettingsHandlers = {
  'settings.get': (_arg, { workspace }) => readAppSettings(workspace),
  'settings.setUiLanguage': ({ language }, { workspace, onUiLanguageChanged }) => {
    workspace.settings.set('uiLanguage', language);
    onUiLanguageChanged?.(language);
    return readAppSettings(workspace);
  },
  'app.info': (_arg, { workspace, host, appVersion }) => ({
    version: appVersion,
    dataDir: workspace.dataDir,
    databasePath: workspace.databasePath,
    schemaVersion: workspace.schemaVersion,
    host,
  }),
};
