/**
 * A translation outside the renderer (which has i18next): the main process's few messages before
 * any window exists, e.g. that the data folder is in use. Keys and texts are the renderer's.
 */
import type { Language } from '../questionnaire/instrument';
import { interpolate } from './interpolate';
import { translations } from './resources';

export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  let node: unknown = translations[language];
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  if (typeof node !== 'string') return key;
  return interpolate(node, params);
}

/** The language of a locale name such as `nl_NL.UTF-8` or `nl-BE`: Dutch, else English. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
