import { z } from 'zod';
import { defineCall } from './define';
import { settingsGetArg } from './first-screen-args';
import { csvSeparatorSchema, type CsvSeparator } from './files';
import type { Language } from '../questionnaire/instrument';

export type { CsvSeparator } from './files';

export interface AppSettings {
  /** Null until the consultant picks one; the UI then follows the OS locale. */
  uiLanguage: Language | null;
  /**
   * The separator of every CSV the app writes: the consultant's last choice, until then `;` for
   * a Dutch interface (what Dutch Excel expects) and `,` otherwise.
   */
  csvSeparator: CsvSeparator;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  host: 'electron' | 'browser';
}

export const settingsCalls = {
  'settings.get': defineCall(settingsGetArg).returns<AppSettings>(),
  'settings.setUiLanguage': defineCall(
    z.object({ language: z.enum(['nl', 'en']) }).strict(),
  ).returns<AppSettings>(),
  /** Remembers the separator for CSV exports (offered wherever a CSV is exported). */
  'settings.setCsvSeparator': defineCall(
    z.object({ separator: csvSeparatorSchema }).strict(),
  ).returns<AppSettings>(),
  'app.info': defineCall(z.object({}).strict()).returns<AppInfo>(),
};
