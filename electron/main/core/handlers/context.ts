import type { Language } from '../../../../shared/questionnaire/instrument';
import type { Workspace } from '../workspace';

/** What every handler gets besides its validated argument. */
export interface HandlerContext {
  workspace: Workspace;
  host: 'electron' | 'browser';
  appVersion: string;
  /** Lets the Electron shell rebuild its native menu in the new language. */
  onUiLanguageChanged?: (language: Language) => void;
}
