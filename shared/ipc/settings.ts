import { z } from 'zod';
import { defineCall } from './define';
import type { Language } from '../questionnaire/instrument';

export interface AppSettings {
  /** Null until the consultant picks one; the UI then follows the OS locale. */
  uiLanguage: Language | null;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  host: 'electron' | 'browser';
}

export const settingsCalls = {
  'settings.get': defineCall(z.object({}).strict()).returns<AppSettings>(),
  'settings.setUiLanguage': defineCall(
    z.object({ language: z.enum(['nl', 'en']) }).strict(),
  ).returns<AppSettings>(),
  'app.info': defineCall(z.object({}).strict()).returns<AppInfo>(),
};
