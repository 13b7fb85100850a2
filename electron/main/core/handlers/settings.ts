import type { settingsCalls, AppSettings, CsvSeparator } from '@shared/ipc/settings';
import type { Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';
import type { Workspace } from '../workspace';
import { csvDelimiter } from '@shared/i18n/format';

type SettingsHandlers = Pick<Handlers<HandlerContext>, keyof typeof settingsCalls>;

const CSV_SEPARATOR_KEY = 'csvSeparator';

export function readAppSettings(workspace: Workspace): AppSettings {
  const uiLanguage = workspace.settings.get<AppSettings['uiLanguage']>('uiLanguage', null);
  const remembered = workspace.settings.get<CsvSeparator | null>(CSV_SEPARATOR_KEY, null);
  return { uiLanguage, csvSeparator: remembered ?? csvDelimiter(uiLanguage ?? 'nl') };
}

/**
 * The separator a CSV export uses: the one the consultant picked next to the export button, else
 * the remembered one. Not the engagement's language: the consultant's spreadsheet decides.
 */
export function csvSeparatorFor(workspace: Workspace, requested?: CsvSeparator): CsvSeparator {
  return requested ?? readAppSettings(workspace).csvSeparator;
}

export const settingsHandlers: SettingsHandlers = {
  'settings.get': (_arg, { workspace }) => readAppSettings(workspace),
  'settings.setUiLanguage': ({ language }, { workspace, onUiLanguageChanged }) => {
    workspace.settings.set('uiLanguage', language);
    onUiLanguageChanged?.(language);
    return readAppSettings(workspace);
  },
  'settings.setCsvSeparator': ({ separator }, { workspace }) => {
    workspace.settings.set(CSV_SEPARATOR_KEY, separator);
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
