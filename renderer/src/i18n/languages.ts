import type { LocaleFiles } from '@shared/i18n/merge-locale';
import type { Language } from '@shared/questionnaire/instrument';

// Apart from i18next (index.ts): the start asks for the texts before the app's code is loaded.

export function osLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * Each language's texts are a module of their own: the start runs the UI language's only, and
 * switching language runs the other's (switchLanguage) before the screen changes to it. The page
 * names both as `modulepreload` (electron.vite.config.ts), so neither waits for a request then.
 */
const LOCALES: Record<Language, () => Promise<LocaleFiles>> = {
  nl: () => import('@shared/i18n/locales/nl').then((module) => module.NL_FILES),
  en: () => import('@shared/i18n/locales/en').then((module) => module.EN_FILES),
};
const loading = new Map<Language, Promise<LocaleFiles>>();

/** A language's texts, loaded once (the start may ask for them before i18next exists). */
export function loadLanguageTexts(language: Language): Promise<LocaleFiles> {
  let texts = loading.get(language);
  if (!texts) {
    texts = LOCALES[language]();
    loading.set(language, texts);
  }
  return texts;
}
