/**
 * UI strings, one file per domain and language (locales/<lang>/<domain>.json), merged into one
 * i18next resource per language. Domains may add keys under shared top-level sections such as
 * `errors`; a key defined twice is a mistake the locales test catches.
 */
import enCommon from './locales/en/common.json';
import nlCommon from './locales/nl/common.json';
import enQuestionnaire from './locales/en/questionnaire.json';
import nlQuestionnaire from './locales/nl/questionnaire.json';
import type { Language } from '../questionnaire/instrument';

type Tree = { [key: string]: string | Tree };

export const LOCALE_FILES: Record<Language, Record<string, Tree>> = {
  nl: { common: nlCommon, questionnaire: nlQuestionnaire },
  en: { common: enCommon, questionnaire: enQuestionnaire },
};

export function mergeLocale(files: Record<string, Tree>): Tree {
  const merged: Tree = {};
  for (const tree of Object.values(files)) mergeInto(merged, tree);
  return merged;
}

function mergeInto(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') mergeInto(existing, value);
    else target[key] = typeof value === 'object' ? structuredClone(value) : value;
  }
}

export const translations: Record<Language, Tree> = {
  nl: mergeLocale(LOCALE_FILES.nl),
  en: mergeLocale(LOCALE_FILES.en),
};
