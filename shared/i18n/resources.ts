/**
 * UI strings, one file per domain and language (locales/<lang>/<domain>.json), merged into one
 * i18next resource per language. Domains may add keys under shared top-level sections such as
 * `errors`; a key defined twice is a mistake the locales test catches. Each language's files are
 * listed in locales/<lang>.ts (the renderer loads only the one it shows); besides the UI's words
 * they hold the deliverables' own (reportDocument, reportText, deck, paper), the words in files
 * the main process writes (output, nativeMenu) and the small words of shared models (labels).
 */
import type { Language } from '../questionnaire/instrument';
import { EN_FILES } from './locales/en';
import { NL_FILES } from './locales/nl';
import { mergeLocale, type LocaleFiles, type Tree } from './merge-locale';

export { mergeLocale };

export const LOCALE_FILES: Record<Language, LocaleFiles> = { nl: NL_FILES, en: EN_FILES };

export const translations: Record<Language, Tree> = {
  nl: mergeLocale(LOCALE_FILES.nl),
  en: mergeLocale(LOCALE_FILES.en),
};

/**
 * One string by its dotted key, for main-process output (file names, texts in files) in the
 * engagement's language. Throws on a missing key: the locales test keeps both languages equal.
 */
export function localeText(language: Language, key: string): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      translations[language],
    );
  if (typeof value !== 'string') throw new Error(`No ${language} text for ${key}`);
  return value;
}
